// Small, language-neutral measures of a line of text that the ingest rules share.
import { CAPITALS_NAME_MIN_RUN, HEADING_MAX_WORDS, SENTENCE_MIN_WORDS } from './settings.ts';

const SPACE_RUN = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;
/** Something normalizeSpace changes: white space other than a single space between words. */
const ODD_SPACE = /[^\S ]|[\u200b\ufeff]| {2}|^ | $/;

/** Collapses every run of white space (NBSP and friends included) to one space and trims. */
export function normalizeSpace(line: string): string {
  return ODD_SPACE.test(line) ? line.replace(SPACE_RUN, ' ').trim() : line; // most lines need nothing
}

const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

/** The code points below `end` of which `test` holds, as a regular-expression class body (`\u0030-\u0039…`). */
function rangesOf(end: number, test: (c: string) => boolean): string {
  const u = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
  let ranges = '';
  for (let c = 0, start = -1; c <= end; c++) {
    if (c < end && test(String.fromCharCode(c))) {
      if (start < 0) start = c;
    } else if (start >= 0) {
      ranges += start === c - 1 ? u(start) : `${u(start)}-${u(c - 1)}`;
      start = -1;
    }
  }
  return ranges;
}

/**
 * WORD for Latin text (letters up to Latin Extended-B, with general punctuation such as curly quotes
 * and dashes around them): the same classes as plain ranges, which match several times faster than
 * Unicode properties.
 */
const LATIN_LETTERS = rangesOf(0x250, (c) => /[\p{L}\p{N}]/u.test(c));
const LATIN_WORD = new RegExp(`[${LATIN_LETTERS}]+(?:['’\\-][${LATIN_LETTERS}]+)*`, 'g');
const NOT_LATIN = /[^\u0000-\u024f\u2000-\u206f]/;

/** The word pattern for a line: the plain-range one when the line is Latin text (most news is). */
function wordPattern(line: string): RegExp {
  return NOT_LATIN.test(line) ? WORD : LATIN_WORD;
}

/**
 * How many times a global pattern matches, counting no further than `limit`: rules that only ask
 * "more than N words?" then cost nothing on a 2 MB line.
 */
function countMatches(pattern: RegExp, text: string, limit: number): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (n < limit && pattern.test(text)) n++; // test: no match array to allocate
  pattern.lastIndex = 0;
  return n;
}

/**
 * Every rule asks about the same lines again and again: the answers for lines up to MEMO_MAX_CHARS
 * long are remembered (the latest MEMO_MAX_LINES of them: a few articles' lines; a larger memo is
 * slower, its lines no longer in the processor's cache). Longer lines are measured each time.
 */
const MEMO_MAX_CHARS = 2000;
const MEMO_MAX_LINES = 1_000;

/** `measure`, remembering its answers for lines up to MEMO_MAX_CHARS long. */
export function memoized<T>(measure: (line: string) => T): (line: string) => T {
  const known = new Map<string, T>();
  return (line) => {
    if (line.length > MEMO_MAX_CHARS) return measure(line);
    let answer = known.get(line);
    if (answer === undefined && !known.has(line)) {
      if (known.size >= MEMO_MAX_LINES) known.clear();
      answer = measure(line);
      known.set(line, answer);
    }
    return answer as T;
  };
}

/** A count, remembered in full for short lines; long lines are counted only as far as the rule asks. */
function memo(count: (line: string, limit: number) => number): (line: string, limit?: number) => number {
  const full = memoized((line) => count(line, Infinity));
  return (line, limit = Infinity) => (line.length > MEMO_MAX_CHARS ? count(line, limit) : Math.min(full(line), limit));
}

/**
 * Words in lower case (every rule compares them case-blind): runs of letters or digits
 * (apostrophes and hyphens inside a word keep it whole). The line is lower-cased whole, which is
 * faster than word by word: lower case keeps letters letters and others not, so the words stay
 * where they were unless the length changes (Turkish İ becomes i + a combining dot).
 */
export const words: (line: string) => readonly string[] = memoized((line) => {
  const lower = line.toLowerCase();
  if (lower.length === line.length) return lower.match(wordPattern(lower)) ?? [];
  return (line.match(wordPattern(line)) ?? []).map((w) => w.toLowerCase());
});

/** The number of words, or `limit` when there are at least that many. */
export function countWords(line: string, limit = Infinity): number {
  return line.length > MEMO_MAX_CHARS ? countMatches(wordPattern(line), line, limit) : Math.min(words(line).length, limit);
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
  const n = countWords(line, HEADING_MAX_WORDS + 1);
  return n > HEADING_MAX_WORDS || (n >= SENTENCE_MIN_WORDS && (endsSentence(line) || /[:;]$/.test(line)));
}

const stopwordCounters = new WeakMap<Set<string>, (line: string) => number>();

/**
 * How many of a line's words are stop words (`stopwords` in lower case). Remembered per line and
 * list: the lines the language is told from are measured again when they are classified.
 */
export function countStopwords(line: string, stopwords: Set<string>): number {
  let count = stopwordCounters.get(stopwords);
  if (!count) {
    count = memoized((l) => {
      let n = 0;
      for (const w of words(l)) if (stopwords.has(w)) n++;
      return n;
    });
    stopwordCounters.set(stopwords, count);
  }
  return count(line);
}

/** A crude, language-neutral stem of a word in lower case: no possessive, at most five letters. */
export function stem(word: string): string {
  return (word.endsWith("'s") || word.endsWith('’s') ? word.slice(0, -2) : word).slice(0, 5);
}

/** The distinct stems of a text's longer words (short words are mostly function words). */
export function contentStems(text: string): Set<string> {
  return new Set(words(text).filter((w) => w.length > 3).map(stem));
}

const UNSPACED_CHARS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;
/** The blocks those scripts are written in (and a little more): a line without these characters has none of them. */
const UNSPACED_BLOCKS = /[\u0e00-\u0e7f\u2e80-\u9fff\uf900-\ufaff\uff66-\uff9d\ud800-\udbff]/;

/** Characters of scripts written without spaces in `text`, counting no further than `limit`. */
function countUnspaced(text: string, limit: number): number {
  return UNSPACED_BLOCKS.test(text) ? countMatches(UNSPACED_CHARS, text, limit) : 0;
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

/** Joining words a name may hold in lower case ("Bank of England", "Ludwig van Beethoven", "Kirka and Lawless"). */
export const NAME_PARTICLES = /^(of|the|de|del|der|al|el|bin|ibn|von|van|for|and|da|di|du|la|le)$/u;

const CAPITALS_RUN = new RegExp(`\\p{Lu}{${CAPITALS_NAME_MIN_RUN}}`, 'u');

/**
 * A name written in capitals (a dateline's "NEW YORK", a byline's "DANICA KIRKA and JILL LAWLESS")
 * in title case, as the same name is written elsewhere: each word's first letter, and the one after a
 * one-letter prefix ("O'Brien"), but particles after the first word. A name with a lower-case
 * letter outside its particles, or an initialism ("UK", "NYC", "U.S."), stays as written.
 */
export function titleCaseCapitals(name: string): string {
  const parts = name.split(' ');
  if (parts.some((part) => /\p{Ll}/u.test(part) && !NAME_PARTICLES.test(part)) || !CAPITALS_RUN.test(name)) return name;
  return parts
    .map((part) => part.toLowerCase())
    .map((part, i) => (i > 0 && NAME_PARTICLES.test(part) ? part : part.replace(/(?<![\p{L}'’])\p{L}|(?<=(?<!\p{L})\p{L}['’])\p{L}/gu, (letter) => letter.toUpperCase())))
    .join(' ');
}
