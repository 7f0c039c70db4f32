// Small, language-neutral measures of a line of text that the ingest rules share.
import { HEADING_MAX_WORDS, SENTENCE_MIN_WORDS } from './settings.ts';

/** Collapses every run of white space (NBSP and friends included) to one space and trims. */
export function normalizeSpace(line: string): string {
  return line.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g, ' ').trim();
}

const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;
/** WORD for ASCII text, where it finds the same words several times faster than the Unicode pattern. */
const ASCII_WORD = /[A-Za-z0-9]+(?:['\-][A-Za-z0-9]+)*/g;
const NOT_ASCII = /[^\x00-\x7f]/;

/** The word pattern for a line: the ASCII one when the line is ASCII (most English text is). */
function wordPattern(line: string): RegExp {
  return NOT_ASCII.test(line) ? WORD : ASCII_WORD;
}

/** Words: runs of letters or digits (apostrophes and hyphens inside a word keep it whole). */
export function words(line: string): string[] {
  return line.match(wordPattern(line)) ?? [];
}

/**
 * How many times a global pattern matches, counting no further than `limit`: rules that only ask
 * "more than N words?" then cost nothing on a 2 MB line.
 */
function countMatches(pattern: RegExp, text: string, limit: number): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (n < limit && pattern.exec(text)) n++;
  pattern.lastIndex = 0;
  return n;
}

/**
 * Every rule asks for the words of the same lines again and again: the counts of lines up to
 * MEMO_MAX_CHARS long are remembered (the latest MEMO_MAX_LINES of them). Longer lines are counted
 * each time, only as far as the rule asks.
 */
const MEMO_MAX_CHARS = 2000;
const MEMO_MAX_LINES = 100_000;

function memo(count: (line: string, limit: number) => number): (line: string, limit?: number) => number {
  const known = new Map<string, number>();
  return (line, limit = Infinity) => {
    if (line.length > MEMO_MAX_CHARS) return count(line, limit);
    let n = known.get(line);
    if (n === undefined) {
      if (known.size >= MEMO_MAX_LINES) known.clear();
      n = count(line, Infinity);
      known.set(line, n);
    }
    return Math.min(n, limit);
  };
}

/** The number of words, or `limit` when there are at least that many. */
export const countWords = memo((line, limit) => countMatches(wordPattern(line), line, limit));

/** Ends like a sentence: . ! ? … (possibly followed by a closing quote or bracket). */
export function endsSentence(line: string): boolean {
  return /[.!?…。！？][”"’'»)\]]*$/u.test(line);
}

/**
 * Running text rather than a headline, label or menu entry: a sentence (or a clause introducing a
 * quote or list, ending in a colon), or a line longer than any headline.
 */
export function isProse(line: string): boolean {
  const n = countWords(line, HEADING_MAX_WORDS + 1);
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
/** Thai, the first of those scripts, starts at U+0E00: a line without such characters has none of them. */
const FROM_THAI_UP = /[\u0e00-\uffff]/;

/** Characters of scripts written without spaces in `text`, counting no further than `limit`. */
function countUnspaced(text: string, limit: number): number {
  return FROM_THAI_UP.test(text) ? countMatches(UNSPACED_CHARS, text, limit) : 0;
}

/**
 * Words, counting two characters of a script written without spaces (Chinese, Japanese) as one;
 * at most about `limit`.
 */
export const wordCount = memo((line, limit) => {
  const unspaced = countUnspaced(line, 2 * limit);
  return (unspaced ? countWords(line.replace(UNSPACED_CHARS, ' '), limit) : countWords(line, limit)) + Math.ceil(unspaced / 2);
});

/** True for text in a script written without spaces (Chinese, Japanese, Thai). */
export function isUnspaced(text: string): boolean {
  const needed = Math.floor(text.length / 3) + 1;
  return countUnspaced(text, needed) >= needed;
}
