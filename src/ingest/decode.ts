// Raw bytes → text. Scraped files arrive in whatever encoding the scraper saved them in.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { ENCODING_SAMPLE_BYTES, MAX_CONTROL_CHAR_RATIO, MAX_FILE_BYTES, MAX_REPLACEMENT_CHAR_RATIO } from './settings.ts';

export type Decoded = { ok: true; text: string; warnings: string[] } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Control characters other than tab, LF, FF and CR; many of them mean the file is not text. */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const controls = text.match(/[\u0001-\u0008\u000B\u000E-\u001F\u007F]/g)?.length ?? 0;
  return controls > text.length * MAX_CONTROL_CHAR_RATIO;
}

/** The file's lines that hold non-ASCII bytes, up to ENCODING_SAMPLE_BYTES: what tells its encoding. */
function encodingSample(bytes: Uint8Array): Uint8Array {
  const lines: Uint8Array[] = [];
  let size = 0;
  for (let start = 0; start < bytes.length && size < ENCODING_SAMPLE_BYTES; ) {
    let end = bytes.indexOf(0x0a, start);
    end = end < 0 ? bytes.length : end + 1;
    const line = bytes.subarray(start, end);
    if (line.some((b) => b > 0x7f)) {
      lines.push(line);
      size += line.length;
    }
    start = end;
  }
  return Buffer.concat(lines).subarray(0, ENCODING_SAMPLE_BYTES);
}

function decodeBytes(bytes: Uint8Array): { text: string; warnings: string[] } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeBytes(bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warnings: [] };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warnings: [] };
  try {
    return { text: utf8.decode(bytes), warnings: [] };
  } catch {
    // Not UTF-8: a legacy single-byte encoding (Windows-1252, ISO-8859-x, KOI8-R …) or damaged UTF-8.
    const guess = chardet.detect(encodingSample(bytes));
    if (guess && !/^UTF/i.test(guess) && iconv.encodingExists(guess)) {
      return { text: iconv.decode(Buffer.from(bytes), guess), warnings: [`decoded as ${guess} (not valid UTF-8)`] };
    }
    return {
      text: new TextDecoder('utf-8').decode(bytes),
      warnings: ['invalid UTF-8 byte sequences were replaced with U+FFFD'],
    };
  }
}

/** Decodes a raw article file; line ends become LF. Rejects oversized, binary and empty files. */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_FILE_BYTES) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return { ok: false, reason: `file is ${mb(bytes.length)}, over the ${mb(MAX_FILE_BYTES)} limit for one article` };
  }
  const { text, warnings } = decodeBytes(bytes);
  if (looksBinary(text)) return { ok: false, reason: 'binary file, not text' };
  // A few damaged bytes are replaced (with a warning); a text made mostly of them cannot be read.
  const replaced = text.match(/\uFFFD/g)?.length ?? 0;
  if (replaced > text.length * MAX_REPLACEMENT_CHAR_RATIO) {
    return { ok: false, reason: `undecodable: ${replaced} of ${text.length} characters are not valid in any text encoding` };
  }
  if (text.trim() === '') return { ok: false, reason: 'empty file (nothing but whitespace)' };
  return { ok: true, text: text.replace(/\r\n?/g, '\n'), warnings };
}
