// A text's fingerprint for finding the same story told by several outlets: a MinHash signature of
// its word shingles (Broder 1997). The share of equal values in two fingerprints estimates the
// Jaccard similarity of the two texts' shingle sets, so a build compares fingerprints, never texts.
import { FINGERPRINT_HASHES, SHINGLE_WORDS } from './settings.ts';
import { words } from './text.ts';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SPACE = 0x20;

/** FNV-1a, 32 bits, of the shingle of SHINGLE_WORDS words from `start`, joined by spaces (as if joined: no string is made). */
function shingleHash(words: readonly string[], start: number): number {
  let h = FNV_OFFSET;
  for (let w = start; w < start + SHINGLE_WORDS; w++) {
    if (w > start) h = Math.imul(h ^ SPACE, FNV_PRIME);
    const word = words[w]!;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  }
  return h >>> 0;
}

/** MurmurHash3's finaliser: a 32-bit value mixed so that each seed gives an independent permutation. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const SEEDS = Array.from({ length: FINGERPRINT_HASHES }, (_, i) => mix(0x9e3779b9 * (i + 1)));

/** The MinHash of a text's lines, as base64 of FINGERPRINT_HASHES 32-bit values; empty for a text of too few words. */
export function fingerprint(lines: string[]): string {
  const all = lines.flatMap((line) => words(line));
  if (all.length < SHINGLE_WORDS) return '';
  const mins = new Uint32Array(FINGERPRINT_HASHES).fill(0xffffffff);
  const seen = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= all.length; i++) {
    const h = shingleHash(all, i);
    if (seen.has(h)) continue; // a shingle met before lowers no minimum
    seen.add(h);
    for (let k = 0; k < FINGERPRINT_HASHES; k++) {
      const v = mix(h ^ SEEDS[k]!);
      if (v < mins[k]!) mins[k] = v;
    }
  }
  return Buffer.from(mins.buffer).toString('base64');
}

/** The values of a fingerprint. */
export function fingerprintValues(print: string): Uint32Array {
  const bytes = Buffer.from(print, 'base64');
  return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
}

/** Estimated Jaccard similarity of the texts of two fingerprints: the share of equal values. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < a.length; k++) if (a[k] === b[k]) same++;
  return same / a.length;
}
