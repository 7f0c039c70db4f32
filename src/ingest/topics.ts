// Topics: the people, places and organisations an article names, found by compromise's tagger in
// its headline and lead, under one canonical name each. The topic table (templates/config/
// topic-aliases.json, data a user extends) teaches the tagger names it does not know and merges the
// spellings of one name; fragments and noise are dropped here.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import type { Topic, TopicKind } from '../article.ts';
import { TOPIC_LEAD_WORDS, TOPIC_NOISE_WORDS, TOPICS_PER_ARTICLE_MAX } from './settings.ts';
import { wordCount } from './text.ts';

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

const TAGS: Record<TopicKind, string> = { person: 'Person', place: 'Place', organization: 'Organization' };
const key = (name: string) => name.toLowerCase();

function learn(table: TopicTable): Names {
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
  shipped ??= learn(JSON.parse(readFileSync(TOPIC_TABLE_FILE, 'utf8')) as TopicTable);
  return shipped;
}

/** The headline and the opening sentences, up to the first sentence end after TOPIC_LEAD_WORDS words. */
function lead(title: string, paragraphs: string[]): string {
  const taken = [title];
  let words = 0;
  for (const p of paragraphs) {
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

/** A match's name without its punctuation and possessive: `Azerbaijan’s` → `Azerbaijan`. */
function cleanName(text: string): string {
  return text
    .trim()
    .replace(/[’']s$/u, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .replace(/\s+/g, ' ');
}

/** Joining words a name may hold in lower case ("Bank of England", "Ibn al Khattab"). */
const NAME_PARTICLES = /^(of|the|de|del|der|al|el|bin|ibn|von|van|for|and|da|di|du|la|le)$/u;

/** A name whose words are capitalised and that neither opens nor closes with a noise word. */
function isName(name: string): boolean {
  const words = name.split(' ');
  const noise = (w: string) => TOPIC_NOISE_WORDS.has(w.toLowerCase().replace(/\.$/, ''));
  return (
    /\p{Lu}/u.test(name) &&
    name.length > 1 &&
    words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || NAME_PARTICLES.test(w)) &&
    !noise(words[0]!) &&
    !noise(words.at(-1)!)
  );
}

interface Found {
  kind: TopicKind;
  count: number;
  first: number;
}

/** Folds `from` into `into`: its mentions count for the other name. */
function fold(found: Map<string, Found>, from: string, into: string): void {
  found.get(into)!.count += found.get(from)!.count;
  found.delete(from);
}

/**
 * Fragments of a longer name found beside it: a person's surname or first name alone, a place in a
 * compound of places ("Armenia-Azerbaijan"), an organisation cut before its "of the …".
 */
function foldFragments(found: Map<string, Found>, text: string): void {
  const names = [...found.keys()];
  for (const name of names) {
    const entry = found.get(name);
    if (!entry) continue;
    const longer =
      entry.kind === 'person' && !name.includes(' ')
        ? names.find((other) => other !== name && found.get(other)?.kind === 'person' && other.split(' ').includes(name))
        : entry.kind === 'organization'
          ? names.find((other) => other !== name && found.has(other) && new RegExp(`${escape(name)} of (the )?${escape(other)}`, 'u').test(text))
          : undefined;
    if (longer) fold(found, name, longer);
  }
  for (const name of [...found.keys()]) {
    const parts = name.split(/[-–]/u);
    if (parts.length > 1 && parts.every((p) => found.has(p) || found.get(name)!.kind === 'place') && parts.some((p) => found.has(p))) {
      const kept = parts.find((p) => found.has(p))!;
      fold(found, name, kept);
    }
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
      const cleaned = cleanName(match);
      if (names.ignored.has(key(cleaned))) continue;
      const known = names.canonical.get(key(cleaned));
      if (!known && !isName(cleaned)) continue;
      const name = known?.name ?? cleaned;
      const entry = found.get(name) ?? { kind: known?.kind ?? kind, count: 0, first: found.size };
      entry.count++;
      found.set(name, entry);
    }
  }
  foldFragments(found, text);
  return [...found]
    .sort(([, a], [, b]) => b.count - a.count || a.first - b.first)
    .slice(0, TOPICS_PER_ARTICLE_MAX)
    .map(([name, { kind }]) => ({ name, kind }));
}

/** Names as a given table has them (tests and a user's own table). */
export function topicNames(table: TopicTable): Names {
  return learn(table);
}
