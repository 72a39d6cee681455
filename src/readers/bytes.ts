/** Plan bytes to text: what every text reader shares. */
import { InputError } from '../errors.js';

/**
 * Plans are UTF-8. A UTF-8 BOM is accepted; UTF-16 and binary content are refused with a reason
 * (discovery still finds such a plan, by decodeLeniently, so that it is reported and never skipped).
 */
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

/** Bytes decoded as well as they can be, for telling whether they hold a plan; never throws. */
export type LenientText = { text: string; encoding: 'utf-8' | 'utf-16' | 'latin-1' } | { binary: true };

/**
 * Decodes bytes by their BOM (UTF-16 LE or BE, UTF-8), else as UTF-8, else as Latin-1 (every
 * byte is a Latin-1 character). Discovery uses it to find plans the YAML reader would refuse:
 * a plan saved as UTF-16 by Excel or in Latin-1 is still a plan, and must be reported, not skipped.
 */
export function decodeLeniently(bytes: Uint8Array): LenientText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16' };
  if (bytes.indexOf(0) !== -1) return { binary: true };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('latin1').decode(bytes), encoding: 'latin-1' };
  }
}
