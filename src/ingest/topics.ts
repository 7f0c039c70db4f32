// Topics: the people, places and organisations an article names, found by compromise's tagger in
// its headline and lead, under one canonical name each. The topic table (templates/config/
// topic-aliases.json, data a user extends) teaches the tagger names it does not know and merges the
// spellings of one name; fragments and noise are dropped here.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import type { Topic, TopicKind } from '../article.ts';
import {
  TITLE_CASE_MIN_LENGTH,
  TITLE_CASE_MIN_WORDS,
  TITLE_CASE_SHARE,
  TOPIC_LEAD_WORDS,
  TOPIC_NOISE_WORDS,
  TOPIC_TITLE_WORDS,
  TOPIC_TAGGER_RULE_TAGS,
  TOPICS_PER_ARTICLE_MAX,
} from './settings.ts';
import { NAME_PARTICLES, titleCaseCapitals, wordCount } from './text.ts';

/** The topic table as its file holds it. */
export interface TopicTable {
  topics: Record<string, { kind: TopicKind; aliases: string[] }>;
  ignore: string[];
}

export const TOPIC_TABLE_FILE = fileURLToPath(new URL('../../templates/config/topic-aliases.json', import.meta.url));

/** What the tagger is told and how its names are mapped, made once per table. */
interface Names {
  canonical: Map<string, { name: string; kind: TopicKind }>;
  ignored: Set<string>;
}

/**
 * compromise tuned to names, before its first parse (its second pass builds its rule index then):
 * only the rules about names (TOPIC_TAGGER_RULE_TAGS), and no chunking into phrases, which topics
 * never read. Only topics use compromise, so the rest of ingest sees no change.
 */
function tuneTagger(): void {
  const world = nlp.world() as unknown as {
    hooks: string[];
    model: { two: { matches: Array<{ match: string; tag?: unknown; unTag?: unknown }> } };
  };
  const namesRule = new RegExp(TOPIC_TAGGER_RULE_TAGS.join('|'), 'u');
  world.model.two.matches = world.model.two.matches.filter((rule) =>
    namesRule.test(`${rule.match} ${String(rule.tag ?? '')} ${String(rule.unTag ?? '')}`),
  );
  world.hooks = world.hooks.filter((hook) => hook !== 'chunks');
}
tuneTagger();

const TAGS: Record<TopicKind, string> = { person: 'Person', place: 'Place', organization: 'Organization' };
const key = (name: string) => name.toLowerCase();

/** What the tagger is told and how names are mapped, for a table (the shipped one, a test's or a user's own). */
export function topicNames(table: TopicTable): Names {
  const canonical = new Map<string, { name: string; kind: TopicKind }>();
  const lexicon: Record<string, string> = {};
  for (const [name, { kind, aliases }] of Object.entries(table.topics)) {
    for (const spelling of [name, ...aliases]) {
      canonical.set(key(spelling), { name, kind });
      lexicon[key(spelling)] = TAGS[kind];
    }
  }
  nlp.addWords(lexicon);
  return { canonical, ignored: new Set(table.ignore.map(key)) };
}

let shipped: Names | undefined;
/** The project's topic table, read once. */
function shippedNames(): Names {
  shipped ??= topicNames(JSON.parse(readFileSync(TOPIC_TABLE_FILE, 'utf8')) as TopicTable);
  return shipped;
}

/** Most words capitalised, as in "Mobile Owners Will Use Social Networks": the tagger cannot tell names there. */
export function isTitleCase(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => w.replace(/\P{L}/gu, '').length >= TITLE_CASE_MIN_LENGTH);
  const capitalised = words.filter((w) => /^\P{L}*\p{Lu}/u.test(w)).length;
  return !/[.!?]["”’)]*$/u.test(line.trim()) && words.length >= TITLE_CASE_MIN_WORDS && capitalised >= TITLE_CASE_SHARE * words.length;
}

const lexicon = (nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;
/** The tags the tagger's dictionary gives a word; none when it does not know the word. */
const dictionaryTags = (word: string): string[] => [lexicon[word.toLowerCase()] ?? []].flat();
/** Tags of the tagger's dictionary that mark a word as (part of) a name. */
const NAME_WORD_TAGS = new Set([...TOPIC_TAGGER_RULE_TAGS, 'MaleName', 'FemaleName', 'Address']);

/** A word the tagger's dictionary knows only as something other than a name ("Engaged", "Major"). */
function isCommonWord(word: string): boolean {
  const tags = dictionaryTags(word);
  return tags.length > 0 && !tags.some((tag) => NAME_WORD_TAGS.has(tag));
}

/**
 * A title-case line in sentence case: its common words are lowered ("Miley Cyrus Engaged" → "Miley
 * Cyrus engaged"); names and words the tagger does not know keep their capital ("Jenny Slate", "Wall Street").
 */
function sentenceCase(line: string): string {
  return line.replace(/\p{Lu}[\p{L}’'-]*/gu, (word) => (isCommonWord(word) ? word.toLowerCase() : word));
}

const readable = (line: string) => (isTitleCase(line) ? sentenceCase(line) : line);

/**
 * The headline and the opening sentences, up to the first sentence end after TOPIC_LEAD_WORDS words;
 * lines in title case put in sentence case.
 */
function lead(title: string, paragraphs: string[]): string {
  const taken = [readable(title)];
  let words = 0;
  for (const raw of paragraphs) {
    const p = readable(raw);
    const n = wordCount(p);
    if (words + n <= TOPIC_LEAD_WORDS) {
      taken.push(p);
      words += n;
      continue;
    }
    // Whole sentences of the paragraph until the lead is long enough.
    const sentences = p.match(/[^.!?]+(?:[.!?]+["”’)]*\s*|$)/gu) ?? [p];
    for (const sentence of sentences) {
      if (words >= TOPIC_LEAD_WORDS) break;
      taken.push(sentence.trim());
      words += wordCount(sentence);
    }
    break;
  }
  // A headline has no full stop: without one the tagger reads it into the first sentence.
  return taken.join('.\n');
}

/** Whether a word at a name's end is no part of it: noise always, a title unless the name is an organisation's. */
function isNoise(word: string, kind: TopicKind): boolean {
  const bare = word.toLowerCase().replace(/\.$/, '');
  return TOPIC_NOISE_WORDS.has(bare) || (kind !== 'organization' && TOPIC_TITLE_WORDS.has(bare));
}

/** Punctuation off both ends of a name, but the full stop of an initialism ("U.S.", "Washington D.C."), which the topic table spells with it. */
function trimPunctuation(name: string): string {
  const trimmed = name.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  return /\p{Lu}\.\p{Lu}$/u.test(trimmed) && name.startsWith(`${trimmed}.`, name.indexOf(trimmed)) ? `${trimmed}.` : trimmed;
}

/**
 * A match's name without its punctuation, possessive and the titles or noise words at its ends:
 * `Azerbaijan’s` → `Azerbaijan`, `President Macron` → `Macron`, `State Antony` → `Antony`; a name
 * never runs past a quotation's end (`Hills.” The`).
 */
function cleanName(text: string, kind: TopicKind): string {
  const words = trimPunctuation(
    text
      .split(/[.!?]["”’]\s/u)[0]!
      .trim()
      .replace(/[’']s$/u, ''),
  ).split(/\s+/);
  while (words.length && isNoise(words[0]!, kind)) words.shift();
  while (words.length && isNoise(words.at(-1)!, kind)) words.pop();
  return trimPunctuation(words.join(' '));
}

/** A name: more than a letter, every word capitalised but its particles. */
function isName(name: string): boolean {
  return name.length > 1 && /\p{Lu}/u.test(name) && name.split(' ').every((w) => /^[\p{Lu}\p{N}]/u.test(w) || NAME_PARTICLES.test(w));
}

const firstNames = new Map<string, boolean>();
/**
 * A first name on its own (the tagger's lexicon knows it): tagged as a place or organisation, it is
 * a person's name cut short by a title before it ("Secretary of State Anthony Blinken").
 */
function isFirstName(word: string): boolean {
  if (word.includes(' ')) return false;
  let known = firstNames.get(word);
  if (known === undefined) firstNames.set(word, (known = nlp(word).has('#FirstName')));
  return known;
}

/** Tags by which the tagger's dictionary knows a surname or a name of one word ("Obama", "Clinton"). */
const SURNAME_TAGS = new Set(['LastName', 'Person']);

/**
 * A person named by one word is a surname: one the tagger's dictionary knows as such, or a word it
 * does not know ("Obama", "Kalin"). A first name, title or common word alone ("Michael", "Prof",
 * "Major") is a fragment of a name the lead never gives in full, or no name.
 */
function isSurname(word: string): boolean {
  const tags = dictionaryTags(word);
  return !isFirstName(word) && (tags.length === 0 || tags.some((tag) => SURNAME_TAGS.has(tag)));
}

interface Found {
  kind: TopicKind;
  /** Named by the topic table: a topic whatever it looks like. */
  listed: boolean;
  count: number;
  /** Where the name first stands in the text: ties in mentions go in reading order. */
  first: number;
}

/** Folds the names `parts` into the name `into` (new, or one of them): their mentions count for it. */
function fold(found: Map<string, Found>, parts: string[], into: string): void {
  const entries = parts.map((p) => found.get(p)!);
  const merged = found.get(into) ?? { kind: entries[0]!.kind, listed: false, count: 0, first: Math.min(...entries.map((e) => e.first)) };
  for (const part of parts) if (part !== into) merged.count += found.get(part)!.count;
  for (const part of parts) found.delete(part);
  found.set(into, merged);
}

/**
 * Fragments of a longer name found beside them: a person's surname or first name alone, an
 * organisation the tagger cut at its "of the …" (both halves make one name), a compound of places
 * ("Armenia-Azerbaijan") one of which stands alone too.
 */
function foldFragments(found: Map<string, Found>, text: string): void {
  for (const name of [...found.keys()]) {
    const entry = found.get(name);
    if (!entry) continue;
    const others = [...found.keys()].filter((other) => other !== name && found.get(other)!.kind === entry.kind);
    if (entry.kind === 'person' && !name.includes(' ')) {
      const full = others.find((other) => other.split(' ').includes(name));
      if (full) fold(found, [name, full], full);
    } else if (entry.kind === 'organization') {
      for (const other of others) {
        const whole = new RegExp(`${escape(name)} of (the )?${escape(other)}`, 'u').exec(text)?.[0];
        if (whole) {
          fold(found, [name, other], whole);
          break;
        }
      }
    }
  }
  for (const name of [...found.keys()]) {
    const alone = name.split(/[-–]/u).find((part) => part !== name && found.has(part));
    if (alone && found.get(name)?.kind === 'place') fold(found, [name, alone], alone);
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The people, places and organisations an article's headline and lead name, under their canonical
 * names, most-mentioned first (at most TOPICS_PER_ARTICLE_MAX).
 */
export function findTopics(title: string, paragraphs: string[], names: Names = shippedNames()): Topic[] {
  const text = lead(title, paragraphs);
  const doc = nlp(text);
  const found = new Map<string, Found>();
  const views: Array<[TopicKind, { out: (format: 'array') => unknown }]> = [
    ['person', doc.people()],
    ['place', doc.places()],
    ['organization', doc.organizations()],
  ];
  for (const [kind, view] of views) {
    // A list of names comes as one match ("Russia, Germany, France").
    for (const match of (view.out('array') as string[]).flatMap((m) => m.split(/[,()]\s*|\s+and\s+/u))) {
      const cleaned = cleanName(match, kind);
      if (!cleaned || names.ignored.has(key(cleaned))) continue;
      const known = names.canonical.get(key(cleaned));
      if (!known && (!isName(cleaned) || (kind !== 'person' && isFirstName(cleaned)))) continue;
      // An organisation's name in capitals is its own spelling ("NASA", "BBC NEWS"); not a person's or a place's.
      const name = known?.name ?? (kind === 'organization' ? cleaned : titleCaseCapitals(cleaned));
      const entry = found.get(name) ?? { kind: known?.kind ?? kind, listed: !!known, count: 0, first: text.indexOf(cleaned) };
      entry.count++;
      found.set(name, entry);
    }
  }
  foldFragments(found, text);
  for (const [name, entry] of found) if (entry.kind === 'person' && !entry.listed && !name.includes(' ') && !isSurname(name)) found.delete(name);
  return [...found]
    .sort(([, a], [, b]) => b.count - a.count || a.first - b.first)
    .slice(0, TOPICS_PER_ARTICLE_MAX)
    .map(([name, { kind }]) => ({ name, kind }));
}
