/** Plan bytes to text: what every text reader shares. */
import { InputError } from '../errors.js';

/** Plans are UTF-8. A UTF-8 BOM is accepted; UTF-16 and binary content are refused with a reason. */
export function decodePlanBytes(bytes: Uint8Array, file: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError('the file is UTF-16 text; save it as UTF-8 and try again', { file, line: 1, column: 1 });
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new InputError('the file looks binary (it contains a NUL byte), not a YAML plan', { file });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError('the file is not valid UTF-8; save it as UTF-8 and try again', { file });
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
