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

/** Date.parse, remembered: an archive has only so many dates, and related articles ask each many times. */
function timeReader(): (date?: string) => number | undefined {
  const times = new Map<string, number>();
  return (date) => {
    if (!date) return undefined;
    let t = times.get(date);
    if (t === undefined) times.set(date, (t = Date.parse(date)));
    return t;
  };
}

/**
 * Up to RELATED_MAX articles sharing topics with `entry`: each shared topic weighs by how rare it is
 * (log N/df), the sum by closeness in time. Candidates are each shared topic's articles nearest in time.
 */
function relatedOf(entry: Entry, topicArticles: Map<string, Listed[]>, total: number, time: ReturnType<typeof timeReader>): Listed[] {
  const scores = new Map<Listed, number>();
  const at = time(entry.article.date);
  for (const { name } of entry.article.topics) {
    const articles = topicArticles.get(name) ?? [];
    if (articles.length < 2) continue;
    const weight = Math.log(1 + total / articles.length);
    const [from, to] = nearest(articles, entry.article.date, RELATED_NEAREST_PER_TOPIC);
    for (let i = from; i < to; i++) {
      const listed = articles[i]!;
      if (listed.url !== entry.url) scores.set(listed, (scores.get(listed) ?? 0) + weight);
    }
  }
  const closeness = (l: Listed) => {
    const other = time(l.date);
    return at === undefined || other === undefined ? 0.5 : 0.5 ** (Math.abs(at - other) / DAY_MS / RELATED_HALF_LIFE_DAYS);
  };
  return [...scores]
    .map(([listed, score]) => ({ listed, score: score * (1 + closeness(listed)) }))
    .sort((a, b) => b.score - a.score || byDateDescending(a.listed, b.listed))
    .slice(0, RELATED_MAX)
    .map(({ listed }) => listed);
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
  const time = timeReader();
  const contexts = new Map<string, ArticleContext>();
  ordered.forEach(({ entry }, i) => {
    const dated = !!entry.article.date;
    const newer = ordered[i - 1];
    const older = ordered[i + 1];
    contexts.set(entry.url, {
      newer: dated && newer ? newer.listed : undefined,
      older: dated && older?.entry.article.date ? older.listed : undefined,
      related: relatedOf(entry, topicArticles, entries.length, time),
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
