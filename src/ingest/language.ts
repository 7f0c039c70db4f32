// The language of an article's text, and its stop words: the measure of running prose that works
// across languages (jusText's insight: boilerplate has few function words, prose many).
import { franc } from 'franc-min';
import { iso6393To1 } from 'iso-639-3';
import * as stopwordLists from 'stopword';

/** Characters of scripts written without spaces between words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;

export interface Language {
  /** ISO 639-3, as franc and the stop-word lists name it. */
  code: string;
  /** ISO 639-1, for the article's metadata (undefined where the language has none). */
  iso1?: string;
}

/** The text's language, or undefined when it cannot be told. */
export function detectLanguage(text: string): Language | undefined {
  const code = franc(text.slice(0, 20_000), { minLength: 20 });
  return code === 'und' ? undefined : { code, iso1: iso6393To1[code] };
}

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

/** True for text in a script written without spaces (Chinese, Japanese, Thai). */
export function isUnspaced(text: string): boolean {
  return (text.match(UNSPACED)?.length ?? 0) > text.length / 3;
}
