// Small, language-neutral measures of a line of text that the ingest rules share.
import { HEADING_MAX_WORDS, SENTENCE_MIN_WORDS } from './settings.ts';

/** Collapses every run of white space (NBSP and friends included) to one space and trims. */
export function normalizeSpace(line: string): string {
  return line.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g, ' ').trim();
}

/** Words: runs of letters or digits (apostrophes and hyphens inside a word keep it whole). */
export function words(line: string): string[] {
  return line.match(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Ends like a sentence: . ! ? … (possibly followed by a closing quote or bracket). */
export function endsSentence(line: string): boolean {
  return /[.!?…。！？][”"’'»)\]]*$/u.test(line);
}

/**
 * Running text rather than a headline, label or menu entry: a sentence (or a clause introducing a
 * quote or list, ending in a colon), or a line longer than any headline.
 */
export function isProse(line: string): boolean {
  const n = words(line).length;
  return n > HEADING_MAX_WORDS || (n >= SENTENCE_MIN_WORDS && (endsSentence(line) || /[:;]$/.test(line)));
}

/** A crude, language-neutral stem: lower case, no possessive, at most five letters. */
export function stem(word: string): string {
  return word.toLowerCase().replace(/['’]s$/u, '').slice(0, 5);
}

/** The distinct stems of a text's longer words (short words are mostly function words). */
export function contentStems(text: string): Set<string> {
  return new Set(words(text).filter((w) => w.length > 3).map(stem));
}

const UNSPACED_CHARS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;

/** Words, counting two characters of a script written without spaces (Chinese, Japanese) as one. */
export function wordCount(line: string): number {
  const unspaced = line.match(UNSPACED_CHARS)?.length ?? 0;
  return words(line.replace(UNSPACED_CHARS, ' ')).length + Math.ceil(unspaced / 2);
}
