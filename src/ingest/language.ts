// The language of an article's text, and its stop words: the measure of running prose that works
// across languages (jusText's insight: boilerplate has few function words, prose many).
import { franc } from 'franc';
import { iso6393To1 } from 'iso-639-3';
import * as stopwordLists from 'stopword';
import { ENGLISH_MIN_WORDS, ENGLISH_STOPWORD_SHARE } from './settings.ts';
import { countStopwords, words } from './text.ts';

export interface Language {
  /** ISO 639-3, as franc and the stop-word lists name it. */
  code: string;
  /** ISO 639-1, for the article's metadata (undefined where the language has none). */
  iso1?: string;
}

/** Characters of text franc is given: plenty to tell a language, and franc's time grows with it. */
const SAMPLE_CHARS = 2000;

/** The language of a text's lines, told from its longest ones (prose, not menus); undefined when unclear. */
export function detectLanguage(lines: string[]): Language | undefined {
  let sample = '';
  let sampleWords = 0;
  let englishStopwords = 0;
  const english = stopwords({ code: 'eng' });
  for (const line of [...lines].sort((a, b) => b.length - a.length)) {
    if (sample.length >= SAMPLE_CHARS) break;
    const piece = line.slice(0, SAMPLE_CHARS);
    sample += `${piece}\n`;
    sampleWords += words(piece).length;
    englishStopwords += countStopwords(piece, english);
  }
  // Most archives are English: a text whose words are largely English function words is English,
  // without asking franc (the costliest step of ingest).
  if (sampleWords >= ENGLISH_MIN_WORDS && englishStopwords >= ENGLISH_STOPWORD_SHARE * sampleWords) return { code: 'eng', iso1: 'en' };
  const found = franc(sample, { minLength: 20 });
  if (found === 'und') return undefined;
  const code = MACROLANGUAGE[found] ?? found;
  return { code, iso1: iso6393To1[code] };
}

/**
 * franc names individual languages where stop-word lists (and ISO 639-1) name their macrolanguage:
 * Standard Malay is Malay, Mandarin is Chinese, Standard Arabic is Arabic …
 */
const MACROLANGUAGE: Record<string, string> = { zlm: 'msa', cmn: 'zho', arb: 'ara', pes: 'fas', ekk: 'est', lvs: 'lav', swh: 'swa' };

const cache = new Map<string, Set<string>>();
const lists = stopwordLists as unknown as Record<string, string[] | undefined>;

/** The language's stop words (lower case); an empty set when none are known. */
export function stopwords(language: Language | undefined): Set<string> {
  const key = language?.code ?? '';
  let set = cache.get(key);
  if (!set) {
    set = new Set((lists[key] ?? []).map((w) => w.toLowerCase()));
    cache.set(key, set);
  }
  return set;
}
