// `npm run bench:gen -- --count N --out DIR`: N synthetic raw article files whose text has the
// statistics of news, so that the benchmark measures what users will see:
// - words drawn Zipf-style from a vocabulary that grows with the archive as Heaps' law says
//   (`lexicon.ts`), recurring people, places and organisations with a long tail, numbers, money,
//   dates and quotes in the text;
// - page furniture of many kinds around a headline, a date in one of many written forms (some
//   undated), bylines, datelines, sub-headings, lists, related links and comment prompts, a few
//   files in legacy encodings;
// - about one article in ten in another language;
// - a few percent rewrites of an earlier article by another outlet (another headline, some sentences
//   changed, same or next day): story clusters with a ground truth.
// Article i is the same bytes whatever the count (each is drawn from a generator seeded by its number).
// Writes DIR/articles/ (in sub-folders of 1,000, as large archives are kept) and DIR/truth.tsv: one
// row per file with its language, date, publisher and, for a rewrite, the file it rewrites.
import iconv from 'iconv-lite';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { seededRandom } from '../helpers/random.ts';
import { english, englishNames, hash, NAME_SHAPE, OTHER_LANGUAGES, PLACE_SHAPE, zipfRank, type Language, type Names, type Rand } from './lexicon.ts';

/**
 * Distinct words (lower-cased runs of letters) that news text of these many articles holds, by
 * Heaps' law fitted to news corpora: what the generated archives aim at (tested within a band).
 */
export const NEWS_DISTINCT_WORDS: Record<number, number> = { 5_000: 90_000, 10_000: 120_000 };
/** Share of articles that rewrite an earlier one; how far back (in articles) their original lies. */
export const REWRITE_SHARE = 0.04;
const REWRITE_WINDOW = 300;
/** Share of a rewritten story's sentences kept word for word, and changed (the rest are dropped). */
const KEEP_SENTENCE = 0.6;
const CHANGE_SENTENCE = 0.3;

const AGENCIES = ['AP', 'Reuters', 'AFP', 'Interfax', 'Turan', 'Armenpress', 'APA', 'TASS', 'Anadolu', 'dpa', 'EFE'];
const MASTHEADS = ['Times', 'Herald', 'Post', 'Courier', 'Ledger', 'Observer', 'Tribune', 'Gazette', 'Daily', 'Chronicle', 'Monitor', 'Review', 'Telegraph', 'Journal'];
const ROLES = ['the head', 'a spokesman', 'a spokeswoman', 'the chairman', 'the director', 'the deputy head', 'a senior adviser', 'the secretary general', 'a member', 'the founder', 'the chief executive', 'a lawyer'];
const TIMES = ['on Monday', 'on Tuesday', 'late on Wednesday', 'on Thursday morning', 'on Friday', 'over the weekend', 'earlier this month', 'last year', 'after midnight', 'this week', 'on Sunday evening'];
const PAST = ['announced', 'rejected', 'welcomed', 'criticised', 'postponed', 'approved', 'discussed', 'confirmed', 'denied', 'signed', 'suspended', 'reviewed', 'opened', 'blocked', 'praised', 'launched', 'proposed', 'cancelled', 'investigated', 'questioned', 'defended', 'expanded', 'cut', 'raised', 'doubled', 'halted', 'resumed', 'condemned', 'backed', 'delayed'];
const BASE = ['approve', 'reject', 'review', 'expand', 'reduce', 'support', 'block', 'delay', 'end', 'extend', 'fund', 'investigate', 'reopen', 'replace', 'protect'];
const FUNCTION = ['the', 'of', 'and', 'to', 'in', 'for', 'on', 'with', 'that', 'by', 'from', 'as', 'at', 'its', 'their', 'over', 'after', 'about', 'against', 'between', 'under', 'into', 'more', 'than', 'which', 'while', 'despite'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MENU = ['Home', 'World', 'Politics', 'Business', 'Culture', 'Sport', 'Opinion', 'Video', 'Podcasts'];

/** The people, places, organisations and words one story is about: each recurs through its text. */
interface Cast {
  people: string[];
  places: string[];
  organisations: string[];
  topic: string[];
}

/** What a story is before it is laid out on a page: the part a rewrite shares with its original. */
interface Story {
  language: Language | undefined;
  cast: Cast;
  date: { year: number; month: number; day: number };
  /** Paragraphs of sentences. */
  paragraphs: string[][];
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The small random choices every writer needs, over one seeded generator. */
function helpers(rand: Rand) {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const chance = (p: number) => rand() < p;
  return { pick, int, chance };
}

function castOf(rand: Rand, names: Names, topicWord: () => string): Cast {
  const { int } = helpers(rand);
  const draw = (name: (r: number) => string, n: number) => Array.from({ length: n }, () => name(zipfRank(rand, NAME_SHAPE)));
  return {
    people: draw(names.person, int(1, 4)),
    places: Array.from({ length: int(1, 3) }, () => names.place(zipfRank(rand, PLACE_SHAPE))),
    organisations: draw(names.organisation, int(1, 2)),
    topic: Array.from({ length: 8 }, topicWord),
  };
}

/** Sentences of English news: frames of function words around the story's cast and Zipf-drawn words. */
function englishWriter(rand: Rand, cast: Cast, year: number) {
  const { pick, int, chance } = helpers(rand);
  const person = () => (chance(0.85) ? pick(cast.people) : englishNames.person(zipfRank(rand, NAME_SHAPE)));
  const place = () => (chance(0.8) ? pick(cast.places) : englishNames.place(zipfRank(rand, PLACE_SHAPE)));
  const org = () => (chance(0.8) ? pick(cast.organisations) : englishNames.organisation(zipfRank(rand, NAME_SHAPE)));
  const word = () => (chance(0.3) ? pick(cast.topic) : english.content.draw(rand));
  const noun = () => (chance(0.4) ? pick(cast.topic) : english.nouns.draw(rand));
  const adjective = () => english.adjectives.draw(rand);
  const number = () => (chance(0.5) ? String(int(2, 99)) : int(100, 250_000).toLocaleString('en'));
  const money = () => pick([`$${int(1, 900)} million`, `€${int(1, 99)}.${int(1, 9)}bn`, `${int(2, 500)} million manats`, `£${number()}`]);
  const date = () => (chance(0.5) ? `${pick(MONTHS)} ${int(1, 28)}` : `${int(1, 28)} ${pick(MONTHS)}`);
  /** A phrase of content words joined by function words: "the harvest of Ganja and its railway". */
  const phrase = () => {
    let out = `${chance(0.5) ? 'the ' : ''}${word()}`;
    for (let n = int(1, 4); n > 0; n--) out += ` ${pick(FUNCTION)} ${chance(0.3) ? 'the ' : ''}${chance(0.15) ? place() : word()}`;
    return out;
  };
  const frames: Array<() => string> = [
    () => `${person()}, ${pick(ROLES)} of the ${org()}, said ${pick(TIMES)} that the ${noun()} would ${pick(BASE)} ${phrase()}.`,
    () => `“${cap(phrase())} is not ${phrase()},” ${person()} told reporters in ${place()}.`,
    () => `According to the ${org()}, ${number()} people were affected in ${place()} ${pick(TIMES)}, up from ${number()} a year earlier.`,
    () => `The ${adjective()} ${noun()} comes after the ${org()} ${pick(PAST)} ${phrase()} on ${date()}.`,
    () => `Officials in ${place()} said the ${noun()} had cost about ${money()}, and that ${phrase()} would take ${int(2, 30)} months.`,
    () => `${person()}, ${int(28, 81)}, has led the ${org()} since ${int(year - 20, year)}.`,
    () => `In a statement on ${date()}, the ${org()} said it was ${adjective()} about ${phrase()}.`,
    () => `The ${noun()} in ${place()} has ${pick(PAST)} ${phrase()}, and ${int(5, 95)} percent of residents said so in a survey.`,
    () => `“We will not ${pick(BASE)} the ${noun()},” said ${person()}, adding that ${phrase()} was ${adjective()}.`,
    () => `Critics, including ${person()} of the ${org()}, argue that ${phrase()} ${pick(PAST)} ${phrase()}.`,
    () => `The ${noun()} is expected to ${pick(BASE)} ${phrase()} by ${pick(MONTHS)} ${year + int(0, 1)}, when the ${org()} meets in ${place()}.`,
    () => `${person()} and ${person()} met in ${place()} ${pick(TIMES)} to discuss ${phrase()}.`,
    () => `Since ${int(year - 15, year)}, more than ${number()} ${noun()} ${pick(['projects', 'cases', 'families', 'workers', 'complaints'])} have been ${pick(PAST)} across ${place()}, the ${org()} said.`,
    () => `It was not clear whether ${phrase()} would ${pick(BASE)} ${phrase()}.`,
    () => `The ${org()} did not respond to a request for comment on ${phrase()}.`,
    () => `${cap(phrase())} ${pick(PAST)} ${phrase()}, ${person()} wrote on ${date()}.`,
    () => `${cap(pick(TIMES))}, ${person()} ${pick(PAST)} ${phrase()} in ${place()}, where ${phrase()} remains ${adjective()}.`,
  ];
  return {
    sentence: () => pick(frames)(),
    headline: () =>
      cap(
        pick([
          () => `${person()} ${pick(PAST)} ${noun()} plan in ${place()}`,
          () => `${org()} to ${pick(BASE)} ${adjective()} ${noun()}`,
          () => `${place()}: ${adjective()} ${noun()} ${pick(PAST)} after ${word()} row`,
          () => `${cap(noun())} ${pick(PAST)} as ${place()} ${pick(['waits', 'grows', 'ends', 'resumes', 'stalls'])}`,
          () => `${number()} ${pick(['affected', 'displaced', 'hired', 'fined'])} as ${noun()} hits ${place()}`,
        ])(),
      ),
  };
}

/** Sentences of another language: its own words by frequency, with its names and numbers among them. */
function otherWriter(rand: Rand, language: Language, cast: Cast) {
  const { pick, int, chance } = helpers(rand);
  const token = () => {
    const r = rand();
    if (r < 0.04) return pick(cast.people);
    if (r < 0.07) return pick(cast.places);
    if (r < 0.085) return int(2, 5000).toLocaleString(language.locale);
    if (r < 0.16) return pick(cast.topic);
    return language.words.draw(rand);
  };
  const words = (n: number) => Array.from({ length: n }, token).join(' ');
  return {
    sentence: () => `${cap(words(int(6, 22)))}${chance(0.3) ? `, ${words(int(3, 9))}` : ''}.`,
    headline: () => cap(words(int(5, 10))),
  };
}

function storyOf(i: number, seed: number): Story {
  const rand = seededRandom(hash(seed, i, 1));
  const { int } = helpers(rand);
  let language: Language | undefined;
  let r = rand();
  for (const [other, share] of OTHER_LANGUAGES) {
    if (r < share) {
      language = other;
      break;
    }
    r -= share;
  }
  const names = language?.names ?? englishNames;
  const cast = castOf(rand, names, language ? () => language.words.draw(rand) : () => english.content.draw(rand));
  const date = { year: int(2005, 2024), month: int(1, 12), day: int(1, 28) };
  const write = language ? otherWriter(rand, language, cast) : englishWriter(rand, cast, date.year);
  const paragraphs = Array.from({ length: int(3, 18) }, () => Array.from({ length: int(2, 5) }, write.sentence));
  return { language, cast, date, paragraphs };
}

/** The article a rewrite takes from, or undefined when article i is an original. */
export function rewriteSource(i: number, seed: number): number | undefined {
  const rand = seededRandom(hash(seed, i, 2));
  if (i === 0 || rand() >= REWRITE_SHARE) return undefined;
  const source = i - 1 - Math.floor(rand() * Math.min(i, REWRITE_WINDOW));
  return rewriteSource(source, seed) ?? source;
}

/** The outlets of one language: a few large ones publish most, a long tail the rest. */
const PUBLISHER_SHAPE = { knee: 200, tailShare: 0.1, tailExponent: 2 };

/** Article i's outlet; a rewrite's is never its original's. */
function publisherOf(i: number, seed: number, names: Names, not?: string): string {
  const rand = seededRandom(hash(seed, i, 4));
  let name: string;
  do name = outlet(zipfRank(rand, PUBLISHER_SHAPE), names);
  while (name === not);
  return name;
}

function outlet(r: number, names: Names): string {
  const h = hash(r, 30);
  const place = names.place(h % 300);
  return [`The ${place} ${MASTHEADS[h % MASTHEADS.length]}`, `${place} Today`, `${place} News`, `${MASTHEADS[h % MASTHEADS.length]} of ${place}`][hash(r, 31) % 4]!;
}

export interface Generated {
  /** Path under the articles folder. */
  file: string;
  bytes: Uint8Array;
  /** The text before it was encoded. */
  text: string;
  language: string;
  date: string;
  publisher: string;
  /** The file this one rewrites. */
  rewriteOf?: string;
}

export const fileName = (i: number) => `${String(Math.floor(i / 1000)).padStart(3, '0')}/article-${String(i).padStart(6, '0')}.txt`;

/** Article i of the archive generated from `seed`: the same bytes whatever the archive's size. */
export function generateArticle(i: number, seed = 1): Generated {
  const source = rewriteSource(i, seed);
  const story = storyOf(source ?? i, seed);
  const rand = seededRandom(hash(seed, i, 3));
  const { pick, int, chance } = helpers(rand);
  const { language, cast } = story;
  const names = language?.names ?? englishNames;
  const write = language ? otherWriter(rand, language, cast) : englishWriter(rand, cast, story.date.year);
  let { year, month, day } = story.date;
  let paragraphs = story.paragraphs;
  const site = publisherOf(i, seed, names, source === undefined ? undefined : publisherOf(source, seed, names));
  if (source !== undefined) {
    // Another outlet's version of the story: same or next day, some sentences kept, some changed, some dropped.
    day += int(0, 1);
    paragraphs = paragraphs
      .slice(0, Math.max(2, Math.ceil(paragraphs.length * (0.6 + 0.4 * rand()))))
      .map((p) => p.flatMap((s) => (rand() < KEEP_SENTENCE ? [s] : rand() < CHANGE_SENTENCE / (1 - KEEP_SENTENCE) ? [write.sentence()] : [])))
      .filter((p) => p.length > 0);
  }
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const monthName = MONTHS[month - 1]!;
  const localDate = (style: 'long' | 'short') => new Intl.DateTimeFormat(language?.locale ?? 'en', { day: 'numeric', month: style, year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
  const dateForms = language
    ? [`${language.published}: ${localDate('long')}`, `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`, localDate('long'), iso]
    : [
        `Published: ${monthName} ${day}, ${year}`,
        `date ${iso}`,
        `${day} ${monthName.slice(0, 3)} ${year}`,
        `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`,
        `Updated: ${monthName} ${Math.min(day + 1, 28)}, ${year} | Published: ${monthName} ${day}, ${year}`,
        `${monthName} ${day}, ${year} at ${int(1, 12)}:${String(int(0, 59)).padStart(2, '0')} pm`,
      ];
  const menu = language?.menu ?? MENU;
  const byline = (name: string) => (language ? `${language.by} ${name}` : pick([`By ${name}`, `Written by ${name}`, `Author: ${name}`]));
  const lines: string[] = [];
  // The top of the page: the site's name, a menu, maybe a cookie notice.
  lines.push(site, '');
  if (chance(0.7)) lines.push(...menu.slice(0, int(4, menu.length)).map((m) => `* ${m}`), '');
  if (chance(0.3)) lines.push('We use cookies to improve your experience. By continuing you accept our cookie policy.', 'Accept cookies', '');
  lines.push(write.headline(), '');
  if (chance(0.75)) lines.push(byline(names.person(zipfRank(rand, NAME_SHAPE))), '');
  if (chance(0.92)) lines.push(pick(dateForms), '');
  if (chance(0.4)) lines.push('Share on Facebook', 'Share on Twitter', 'Share via Email', '');
  // The article: a dateline on the first paragraph sometimes, with furniture, sub-headings, a list
  // and a quote among the paragraphs.
  paragraphs.forEach((sentences, p) => {
    let text = sentences.join(' ');
    if (p === 0 && chance(0.3)) text = `${pick(cast.places).toUpperCase()} (${pick(AGENCIES)}) — ${text}`;
    lines.push(text, '');
    const r = rand();
    if (r < 0.08) lines.push('- Advertisement -', '');
    else if (r < 0.12) lines.push(cap(write.headline().split(' ').slice(0, int(2, 4)).join(' ')), '');
    else if (r < 0.15 && !language) lines.push('The main points:', '', ...Array.from({ length: int(2, 5) }, () => `* ${cap(english.adjectives.draw(rand))} ${english.nouns.draw(rand)} for ${pick(cast.places)}`), '');
    else if (r < 0.17) lines.push(`> ${write.sentence()}`, '');
    else if (r < 0.19) lines.push(`Photo: ${names.person(zipfRank(rand, NAME_SHAPE))} / ${pick(AGENCIES)}`, '');
  });
  // The foot of the page: related links, comment prompts, the copyright notice.
  if (chance(0.6)) lines.push(language?.readMore ?? pick(['You might also like', 'Related articles', 'Read more']), '', ...Array.from({ length: int(3, 6) }, write.headline), '');
  if (chance(0.4)) lines.push(language ? language.comments : 'Leave a Reply\nYour email address will not be published. Required fields are marked *\nComment\nName *\nEmail *', '');
  lines.push(`© ${year} ${site}. ${language?.rights ?? 'All rights reserved.'}`);
  const text = lines.join(chance(0.1) ? '\r\n' : '\n');
  return { file: fileName(i), text, bytes: encode(text, language?.code ?? 'en', rand()), language: language?.code ?? 'en', date: iso, publisher: site, rewriteOf: source === undefined ? undefined : fileName(source) };
}

/** A few files in the legacy encoding of their language, or UTF-16, as old archives hold them. */
function encode(text: string, language: string, r: number): Uint8Array {
  const legacy = language === 'en' && r < 0.03 ? 'win1252' : language === 'ru' && r < 0.25 ? 'win1251' : undefined;
  if (legacy) {
    const bytes = iconv.encode(text, legacy);
    if (iconv.decode(bytes, legacy) === text) return bytes; // only where every character has a byte
  }
  if (r > 0.99) return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  return Buffer.from(text);
}

export const TRUTH_COLUMNS = ['file', 'language', 'date', 'publisher', 'rewrite_of'];

/** What a generated archive holds, written beside it as stats.json and quoted by the benchmark. */
export interface Stats {
  articles: number;
  bytes: number;
  /** Running words and distinct words: lower-cased runs of letters. */
  words: number;
  distinctWords: number;
  languages: Record<string, number>;
  rewrites: number;
}

/**
 * Writes `count` raw article files into `out/articles/`, their ground truth into `out/truth.tsv`
 * and what they hold into `out/stats.json`.
 */
export function generate(count: number, out: string, seed = 1): Stats {
  const stats: Stats = { articles: count, bytes: 0, words: 0, distinctWords: 0, languages: {}, rewrites: 0 };
  const distinct = new Set<string>();
  const truth = [TRUTH_COLUMNS.join('\t')];
  for (let i = 0; i < count; i++) {
    const article = generateArticle(i, seed);
    const path = join(out, 'articles', article.file);
    if (i % 1000 === 0) mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, article.bytes);
    stats.bytes += article.bytes.length;
    for (const [word] of article.text.toLowerCase().matchAll(/\p{L}+/gu)) {
      stats.words++;
      distinct.add(word);
    }
    stats.languages[article.language] = (stats.languages[article.language] ?? 0) + 1;
    if (article.rewriteOf) stats.rewrites++;
    truth.push([article.file, article.language, article.date, article.publisher, article.rewriteOf ?? ''].join('\t'));
  }
  stats.distinctWords = distinct.size;
  writeFileSync(join(out, 'truth.tsv'), `${truth.join('\n')}\n`);
  writeFileSync(join(out, 'stats.json'), `${JSON.stringify(stats, null, 2)}\n`);
  return stats;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '1000' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } } });
  const count = Number(values.count);
  const out = values.out ?? `bench-data/${count}`;
  const stats = generate(count, out, Number(values.seed));
  console.log(`${count} articles, ${(stats.bytes / 1e6).toFixed(1)} MB, ${stats.distinctWords.toLocaleString('en')} distinct words in ${stats.words.toLocaleString('en')} → ${out}/articles; ground truth in ${out}/truth.tsv, counts in ${out}/stats.json`);
}
