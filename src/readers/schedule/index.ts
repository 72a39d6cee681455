/**
 * Schedule files from other tools: which kind a file is (by content, never by its name), how
 * its bytes decode, and one entry point that reads either kind into the intermediate model.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { InputError } from '../../errors.js';
import { MSPDI_NAMESPACE, readMspdi } from './mspdi.js';
import { readXer } from './xer.js';

export type * from './model.js';
export { MSPDI_NAMESPACE, readMspdi } from './mspdi.js';
export { decodeXer, readXer } from './xer.js';

/** How much of a file the sniffer looks at: the root element of any real export is well inside it. */
const SNIFF_BYTES = 64 * 1024;

type XmlEncoding = { label: string; skip: number };

/** The encoding of XML bytes: a BOM, else the UTF-16 shape of `<?`, else the declaration, else UTF-8. */
function xmlEncoding(bytes: Uint8Array): XmlEncoding {
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return { label: 'utf-8', skip: 3 };
  if (a === 0xff && b === 0xfe) return { label: 'utf-16le', skip: 2 };
  if (a === 0xfe && b === 0xff) return { label: 'utf-16be', skip: 2 };
  if (a === 0x3c && b === 0x00) return { label: 'utf-16le', skip: 0 };
  if (a === 0x00 && b === 0x3c) return { label: 'utf-16be', skip: 0 };
  // The declaration is ASCII in every ASCII-compatible encoding.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const m = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
  if (m) {
    try {
      new TextDecoder(m[1]);
      return { label: m[1]!, skip: 0 };
    } catch {
      // An encoding TextDecoder does not know: UTF-8 is the XML default.
    }
  }
  return { label: 'utf-8', skip: 0 };
}

/** Decodes XML bytes to text by the rules XML itself gives (BOM, then the declaration, else UTF-8). */
export function decodeXml(bytes: Uint8Array): string {
  const { label, skip } = xmlEncoding(bytes);
  return new TextDecoder(label).decode(bytes.subarray(skip));
}

/** The root element's local name and namespace, or undefined when the text has none (yet). */
function rootElement(text: string): { local: string; uri: string } | undefined {
  const parser = new SaxesParser({ xmlns: true });
  let root: { local: string; uri: string } | undefined;
  const stop = new Error('root found');
  parser.on('opentag', (tag: SaxesTagNS) => {
    root = { local: tag.local, uri: tag.uri };
    throw stop;
  });
  parser.on('error', () => {
    throw stop;
  });
  try {
    parser.write(text);
  } catch (e) {
    if (e !== stop) throw e;
  }
  return root;
}

/**
 * Which schedule format the bytes hold, by content: XER starts with `ERMHDR`; MSPDI is XML
 * whose root is `Project` in the MS Project namespace (UTF-8, UTF-16 or a declared encoding,
 * with or without a BOM). Undefined for anything else.
 */
export function detectSchedule(bytes: Uint8Array): 'mspdi' | 'xer' | undefined {
  const head = bytes.subarray(0, SNIFF_BYTES);
  let start = 0;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) start = 3;
  const ermhdr = [0x45, 0x52, 0x4d, 0x48, 0x44, 0x52];
  if (ermhdr.every((b, i) => head[start + i] === b)) return 'xer';
  const { label, skip } = xmlEncoding(head);
  let text: string;
  try {
    text = new TextDecoder(label).decode(head.subarray(skip));
  } catch {
    return undefined;
  }
  if (!/^\s*</.test(text)) return undefined;
  const root = rootElement(text);
  return root?.local === 'Project' && root.uri === MSPDI_NAMESPACE ? 'mspdi' : undefined;
}

/**
 * Reads an MS Project XML or P6 XER file, whichever the content is. XML that is not MSPDI
 * gets the MSPDI reader's precise refusal; anything else is refused as neither format.
 */
export function readSchedule(bytes: Uint8Array, file: string) {
  const kind = detectSchedule(bytes);
  if (kind === 'xer') return readXer(bytes, file);
  const text = decodeXml(bytes);
  if (kind === 'mspdi' || /^\uFEFF?\s*</.test(text)) return readMspdi(text, file);
  if (bytes.length === 0 || text.trim() === '') throw new InputError('the file is empty', { file, line: 1, column: 1 });
  throw new InputError(
    bytes.subarray(0, SNIFF_BYTES).includes(0)
      ? 'the file holds binary data, not an MS Project XML or P6 XER export'
      : 'not a schedule pmcheck can read: neither MS Project XML (MSPDI) nor a P6 XER export',
    { file, line: 1, column: 1 },
  );
}
