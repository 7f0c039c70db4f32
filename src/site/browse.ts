// What a reader browses by besides time: topics, sources, related articles and each article's
// neighbours, computed from every article's metadata (never their bodies) once per build.
import type { ArticleMeta, TopicKind } from '../article.ts';
import { storyClusters, updatePairs, type PairsFound } from './clusters.ts';
import { ALSO_REPORTED_MAX, RELATED_HALF_LIFE_DAYS, RELATED_MAX, RELATED_NEAREST_PER_TOPIC, TOPIC_PAGE_MIN_ARTICLES } from './settings.ts';
import { byDateDescending, listedOf, type Listed } from './timeline.ts';
import { nameSlug, sourceUrl, topicUrl } from './urls.ts';

/** A topic or a source with its articles, newest first. */
export interface Named {
  name: string;
  slug: string;
  /** Its page, when it has one (a topic needs TOPIC_PAGE_MIN_ARTICLES). */
  url?: string;
  kind?: TopicKind;
  articles: Listed[];
}

/** What an article's page shows of the rest of the archive. */
export interface ArticleContext {
  /** The article before it and after it in time. */
  older?: Listed;
  newer?: Listed;
  related: Listed[];
  /** The same story told by other outlets (story clusters). */
  alsoReported: Listed[];
  topics: Array<Pick<Named, 'name' | 'kind' | 'url'>>;
  sources: Array<Pick<Named, 'name' | 'url'>>;
}

export interface Browse {
  /** Every topic, most covered first. */
  topics: Named[];
  /** Every publisher and agency, most covered first. */
  sources: Named[];
  /** By article URL. */
  contexts: Map<string, ArticleContext>;
  /** The story pairs, for the next build (updatePairs). */
  pairs: PairsFound;
}

export interface Entry {
  article: ArticleMeta;
  url: string;
}

/** Groups articles (each with its listing) under names, with distinct slugs; most covered first, then by name. */
function group(entries: Listing[], namesOf: (a: ArticleMeta) => Array<{ name: string; kind?: TopicKind }>): Named[] {
  const byName = new Map<string, { name: string; articles: Listed[]; kinds: Map<TopicKind, number> }>();
  for (const { entry, listed } of entries) {
    for (const { name, kind } of namesOf(entry.article)) {
      const named = byName.get(name) ?? { name, articles: [], kinds: new Map<TopicKind, number>() };
      named.articles.push(listed);
      if (kind) named.kinds.set(kind, (named.kinds.get(kind) ?? 0) + 1);
      byName.set(name, named);
    }
  }
  const taken = new Set<string>();
  return [...byName.values()]
    .sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name))
    .map(({ kinds, ...named }) => {
      const base = nameSlug(named.name);
      let slug = base;
      for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
      taken.add(slug);
      // A name tagged as different kinds in different articles takes the kind it has most often.
      const kind = [...kinds].sort((a, b) => b[1] - a[1])[0]?.[0];
      return { ...named, slug, kind, articles: named.articles.sort(byDateDescending) };
    });
}

const DAY_MS = 86_400_000;

/**
 * What finds an article's related articles: up to RELATED_MAX sharing topics with it, each shared
 * topic weighing by how rare it is (log N/df), the sum by closeness in time. Candidates are each
 * shared topic's articles nearest in time. Articles are numbered and scored in typed arrays: at
 * 100,000 articles there are tens of millions of candidates per build.
 */
function relatedFinder(listings: Listing[], topicArticles: Map<string, Listed[]>): (listing: Listing) => Listed[] {
  const listed = listings.map((l) => l.listed);
  const number = new Map(listed.map((l, i) => [l, i]));
  // Each topic's articles, newest first, with their numbers.
  const byTopic = new Map([...topicArticles].map(([name, articles]) => [name, { articles, numbers: Int32Array.from(articles, (l) => number.get(l)!) }]));
  const times = Float64Array.from(listed, (l) => (l.date ? Date.parse(l.date) : NaN));
  const score = new Float64Array(listed.length);
  const scoredFor = new Int32Array(listed.length).fill(-1); // the article whose candidate each one last was
  return ({ entry, listed: self }) => {
    const me = number.get(self)!;
    const candidates: number[] = []; // in the order first found: equal candidates stay in it
    for (const { name } of entry.article.topics) {
      const topic = byTopic.get(name);
      if (!topic || topic.articles.length < 2) continue;
      const { articles, numbers } = topic;
      const weight = Math.log(1 + listed.length / articles.length);
      const [from, to] = nearest(articles, entry.article.date, RELATED_NEAREST_PER_TOPIC);
      for (let i = from; i < to; i++) {
        const k = numbers[i]!;
        if (k === me) continue;
        if (scoredFor[k] !== me) {
          scoredFor[k] = me;
          score[k] = 0;
          candidates.push(k);
        }
        score[k]! += weight;
      }
    }
    const at = entry.article.date ? times[me]! : undefined;
    const closeness = (k: number) => (at === undefined || !listed[k]!.date ? 0.5 : 0.5 ** (Math.abs(at - times[k]!) / DAY_MS / RELATED_HALF_LIFE_DAYS));
    for (const k of candidates) score[k] = score[k]! * (1 + closeness(k));
    return firstOf(candidates, RELATED_MAX, (a, b) => score[b]! - score[a]! || byDateDescending(listed[a]!, listed[b]!)).map((k) => listed[k]!);
  };
}

/**
 * The first `n` of `items` as a stable sort by `compare` would order them, without sorting them
 * all: an article has hundreds of candidates for its few related ones.
 */
export function firstOf<T>(items: T[], n: number, compare: (a: T, b: T) => number): T[] {
  const first: T[] = [];
  if (n <= 0) return first;
  for (const item of items) {
    if (first.length === n && compare(first[n - 1]!, item) <= 0) continue;
    let i = first.length;
    while (i > 0 && compare(first[i - 1]!, item) > 0) i--; // after its equals: the order stays stable
    first.splice(i, 0, item);
    if (first.length > n) first.pop();
  }
  return first;
}

/** Where the `n` articles of a newest-first list nearest in time to `date` are (the newest when undated): [from, to). */
function nearest(articles: Listed[], date: string | undefined, n: number): [number, number] {
  if (articles.length <= n || !date) return [0, Math.min(n, articles.length)];
  // First index whose date is not after `date`.
  let lo = 0;
  let hi = articles.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((articles[mid]!.date ?? '') > date) lo = mid + 1;
    else hi = mid;
  }
  const from = Math.max(0, Math.min(articles.length - n, lo - (n >> 1)));
  return [from, from + n];
}

/** The names an article is published under: its publisher and the agency it relays. */
export function sourcesOf(article: Pick<ArticleMeta, 'publisher' | 'agency'>): Array<{ name: string }> {
  return [...new Set([article.publisher, article.agency].filter((s): s is string => !!s))].map((name) => ({ name }));
}

/** An article with what a listing shows of it, made once for every list it is in. */
interface Listing {
  entry: Entry;
  listed: Listed;
}

/** What the archive's pages show of the rest of it; `previousPairs`, the story pairs the previous build found, spares finding them all again. */
export function browse(entries: Entry[], previousPairs?: PairsFound): Browse {
  const listings: Listing[] = entries.map((entry) => ({ entry, listed: listedOf(entry.article, entry.url) }));
  const topics = group(listings, (a) => a.topics);
  for (const topic of topics) if (topic.articles.length >= TOPIC_PAGE_MIN_ARTICLES) topic.url = topicUrl(topic.slug);
  const sources = group(listings, sourcesOf);
  for (const source of sources) source.url = sourceUrl(source.slug);
  const topicByName = new Map(topics.map((t) => [t.name, t]));
  const sourceByName = new Map(sources.map((s) => [s.name, s]));
  const topicArticles = new Map(topics.map((t) => [t.name, t.articles]));

  const byUrl = new Map(entries.map((e) => [e.url, e]));
  const printed = entries.map(({ article, url }) => ({ id: article.sha256, url, fingerprint: article.fingerprint, date: article.date }));
  const pairs = updatePairs(printed, previousPairs);
  const clusters = storyClusters(printed, pairs.pairs);
  // Another outlet's: a copy on the same site is no second report (an unknown publisher may be another).
  const otherOutlet = (a: ArticleMeta, b: ArticleMeta) => !a.publisher || !b.publisher || a.publisher !== b.publisher;
  const alsoReported = (entry: Entry) =>
    (clusters.get(entry.url) ?? [])
      .map((url) => byUrl.get(url)!)
      .filter((other) => otherOutlet(entry.article, other.article))
      .slice(0, ALSO_REPORTED_MAX)
      .map((other) => listedOf(other.article, other.url));

  const ordered = [...listings].sort((a, b) => byDateDescending(a.listed, b.listed)); // newest first
  const relatedTo = relatedFinder(listings, topicArticles);
  const contexts = new Map<string, ArticleContext>();
  ordered.forEach((listing, i) => {
    const { entry } = listing;
    const dated = !!entry.article.date;
    const newer = ordered[i - 1];
    const older = ordered[i + 1];
    contexts.set(entry.url, {
      newer: dated && newer ? newer.listed : undefined,
      older: dated && older?.entry.article.date ? older.listed : undefined,
      related: relatedTo(listing),
      alsoReported: alsoReported(entry),
      topics: entry.article.topics.map(({ name }) => {
        const { kind, url } = topicByName.get(name)!;
        return { name, kind, url };
      }),
      sources: sourcesOf(entry.article).map(({ name }) => ({ name, url: sourceByName.get(name)!.url })),
    });
  });
  return { topics, sources, contexts, pairs };
}
