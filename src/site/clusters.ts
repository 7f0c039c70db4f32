// Story clusters: the same story told by several outlets, found from the articles' fingerprints
// (MinHash, src/ingest/fingerprint.ts). Candidate pairs come from locality-sensitive hashing (articles
// sharing a band of fingerprint values), so the cost follows the archive's size, not its square; a
// pair is kept when its estimated similarity and its distance in time say it is the same story.
// A rebuild starts from the pairs the previous build found and compares only new articles (updatePairs).
import { fingerprintValues } from '../ingest/fingerprint.ts';
import { CLUSTER_BAND_VALUES, CLUSTER_BUCKET_MAX, CLUSTER_MAX_DAYS, CLUSTER_MIN_SIMILARITY, CLUSTER_RESCAN_MAX } from './settings.ts';

export interface Printed {
  /** What the article is made from (its raw file's SHA-256): the same id, the same fingerprint. */
  id: string;
  url: string;
  fingerprint: string;
  date?: string;
}

type Fingerprinted = Pick<Printed, 'fingerprint'>;

export interface Pair {
  /** Indexes of the two articles, a < b. */
  a: number;
  b: number;
  similarity: number;
}

/** What a build found, for the next build to start from (updatePairs). */
export interface PairsFound {
  /** Each article's id, in the order the pairs' indexes refer to. */
  ids: string[];
  pairs: Pair[];
  /** The band values shared by more than CLUSTER_BUCKET_MAX articles, each as its band and its values. */
  crowded: number[][];
}

const DAY_MS = 86_400_000;

/** Whether two articles appeared close enough in time to tell one story (an undated one may). */
export function closeInTime(a?: string, b?: string): boolean {
  return !a || !b || Math.abs(Date.parse(a) - Date.parse(b)) <= CLUSTER_MAX_DAYS * DAY_MS;
}

/** Whether two fingerprints agree on a whole band before band `band` (the pair was met there already). */
function metBefore(a: Uint32Array, b: Uint32Array, band: number, bandValues: number): boolean {
  for (let j = 0; j < band; j++) {
    let same = true;
    for (let k = j * bandValues; k < (j + 1) * bandValues && same; k++) same = a[k] === b[k];
    if (same) return true;
  }
  return false;
}

/** A band of a fingerprint as a string of its values' 16-bit halves: a map key, exact and cheap to make. */
function bandKey(values: Uint32Array, band: number, bandValues: number): string {
  const halves: number[] = [];
  for (let k = band * bandValues; k < (band + 1) * bandValues; k++) halves.push(values[k]! & 0xffff, values[k]! >>> 16);
  return String.fromCharCode(...halves);
}

/**
 * Every pair of articles whose fingerprints share a band, of estimated similarity `minSimilarity` or
 * more. A band value shared by more than CLUSTER_BUCKET_MAX articles is a common phrase, not a story.
 */
export function similarPairs(articles: Fingerprinted[], minSimilarity: number, bandValues = CLUSTER_BAND_VALUES): Pair[] {
  return findPairs(articles, minSimilarity, bandValues).pairs;
}

/** The fingerprints' values, undefined for an article too short to have one. */
function valuesOf(articles: Fingerprinted[]): Array<Uint32Array | undefined> {
  return articles.map((a) => (a.fingerprint ? fingerprintValues(a.fingerprint) : undefined));
}

/** A test of two fingerprints' similarity that gives up (undefined) once it cannot reach `minSimilarity`. */
function similarityAtLeast(size: number, minSimilarity: number): (a: Uint32Array, b: Uint32Array) => number | undefined {
  // Most pairs a band brings together share little else: once more values differ than a pair
  // similar enough may, it is dropped without reading the rest.
  let needed = 0;
  while (needed < size && needed / size < minSimilarity) needed++;
  const differentMax = size - needed;
  return (a, b) => {
    let different = 0;
    for (let k = 0; k < size; k++) if (a[k] !== b[k] && ++different > differentMax) return undefined;
    return (size - different) / size;
  };
}

/** The pairs of similarPairs, and the crowded band values it passed over. */
function findPairs(articles: Fingerprinted[], minSimilarity: number, bandValues: number): Omit<PairsFound, 'ids'> {
  const values = valuesOf(articles);
  const pairs: Pair[] = [];
  const crowded: number[][] = [];
  const size = values.find((v) => v)?.length ?? 0;
  const bands = Math.floor(size / bandValues);
  const similar = similarityAtLeast(size, minSimilarity);
  for (let band = 0; band < bands; band++) {
    const buckets = new Map<string, number[]>();
    values.forEach((v, i) => {
      if (!v) return;
      const key = bandKey(v, band, bandValues);
      (buckets.get(key) ?? buckets.set(key, []).get(key)!).push(i);
    });
    for (const bucket of buckets.values()) {
      if (bucket.length > CLUSTER_BUCKET_MAX) {
        crowded.push([band, ...values[bucket[0]!]!.subarray(band * bandValues, (band + 1) * bandValues)]);
        continue;
      }
      for (let x = 0; x < bucket.length; x++) {
        const a = values[bucket[x]!]!;
        for (let y = x + 1; y < bucket.length; y++) {
          const b = values[bucket[y]!]!;
          const s = similar(a, b);
          if (s !== undefined && s >= minSimilarity && !metBefore(a, b, band, bandValues)) pairs.push({ a: bucket[x]!, b: bucket[y]!, similarity: s });
        }
      }
    }
  }
  return { pairs, crowded };
}

/** Whether `values` has `band`'s values of `crowd` ([band, ...values]). */
function inBand(values: Uint32Array, crowd: number[], bandValues: number): boolean {
  const band = crowd[0]!;
  for (let k = 0; k < bandValues; k++) if (values[band * bandValues + k] !== crowd[k + 1]) return false;
  return true;
}

/** How many of the articles `printed` have each band value of `crowds`, counted in one pass. */
function bandCounts(values: Array<Uint32Array | undefined>, printed: number[], crowds: number[][], bandValues: number): number[] {
  const counts = crowds.map(() => 0);
  for (const i of printed) {
    const v = values[i]!;
    for (let c = 0; c < crowds.length; c++) if (inBand(v, crowds[c]!, bandValues)) counts[c]!++;
  }
  return counts;
}

/** Whether two band values ([band, ...values]) are one. */
function sameBand(x: number[], y: number[]): boolean {
  return x.length === y.length && x.every((value, k) => value === y[k]);
}

/**
 * The pairs similarPairs finds (in another order), from those `previous` build found: its pairs of
 * articles still here are kept, and each new article is compared with every other, a cost of (new
 * articles × archive) instead of the whole archive's bands and crowded buckets (6 s at 100,000).
 * Found anew when there is no previous, when more than CLUSTER_RESCAN_MAX articles are new, and when
 * a band value crossed CLUSTER_BUCKET_MAX (its pairs were passed over and now count, or the reverse).
 */
export function updatePairs(articles: Printed[], previous: PairsFound | undefined, minSimilarity = CLUSTER_MIN_SIMILARITY, bandValues = CLUSTER_BAND_VALUES): PairsFound {
  const ids = articles.map((a) => a.id);
  const anew = (): PairsFound => ({ ids, ...findPairs(articles, minSimilarity, bandValues) });
  const before = new Set(previous?.ids);
  const added = articles.flatMap((a, i) => (before.has(a.id) || !a.fingerprint ? [] : [i]));
  if (!previous || added.length > CLUSTER_RESCAN_MAX) return anew();
  const values = valuesOf(articles);
  const printed = values.flatMap((v, i) => (v ? [i] : []));
  const size = values[printed[0] ?? -1]?.length ?? 0;
  const bands = Math.floor(size / bandValues);
  // A crowded band value that thinned out: its pairs count now.
  if (bandCounts(values, printed, previous.crowded, bandValues).some((n) => n <= CLUSTER_BUCKET_MAX)) return anew();
  const now = new Map(ids.map((id, i) => [id, i]));
  const pairs: Pair[] = [];
  for (const p of previous.pairs) {
    const [a, b] = [now.get(previous.ids[p.a]!), now.get(previous.ids[p.b]!)];
    if (a !== undefined && b !== undefined) pairs.push({ a: Math.min(a, b), b: Math.max(a, b), similarity: p.similarity });
  }
  const similar = similarityAtLeast(size, minSimilarity);
  const isNew = new Set(added);
  for (const a of added) {
    const mine = values[a]!;
    const own = Array.from({ length: bands }, (_, band) => [band, ...mine.subarray(band * bandValues, (band + 1) * bandValues)]);
    const counts = bandCounts(values, printed, own, bandValues);
    // A band value that became crowded: pairs on it were found and now are not.
    if (own.some((band, k) => counts[k]! > CLUSTER_BUCKET_MAX && !previous.crowded.some((c) => sameBand(c, band)))) return anew();
    const pairable = own.filter((_, k) => counts[k]! <= CLUSTER_BUCKET_MAX);
    for (const b of printed) {
      if (b === a || (isNew.has(b) && b < a)) continue;
      const s = similar(mine, values[b]!);
      if (s !== undefined && s >= minSimilarity && pairable.some((band) => inBand(values[b]!, band, bandValues))) pairs.push({ a: Math.min(a, b), b: Math.max(a, b), similarity: s });
    }
  }
  return { ids, pairs, crowded: previous.crowded };
}

/** For each article (by URL), the others that tell its story (of `pairs`), most similar first. */
export function storyClusters(articles: Array<Omit<Printed, 'id'>>, pairs = similarPairs(articles, CLUSTER_MIN_SIMILARITY)): Map<string, string[]> {
  const others = new Map<string, Array<{ url: string; similarity: number }>>();
  for (const { a, b, similarity: s } of pairs) {
    const [x, y] = [articles[a]!, articles[b]!];
    if (!closeInTime(x.date, y.date)) continue;
    (others.get(x.url) ?? others.set(x.url, []).get(x.url)!).push({ url: y.url, similarity: s });
    (others.get(y.url) ?? others.set(y.url, []).get(y.url)!).push({ url: x.url, similarity: s });
  }
  return new Map([...others].map(([url, list]) => [url, list.sort((p, q) => q.similarity - p.similarity || (p.url < q.url ? -1 : 1)).map((o) => o.url)]));
}
