// Story clusters: the same story told by several outlets, found from the articles' fingerprints
// (MinHash, src/ingest/fingerprint.ts). Candidate pairs come from locality-sensitive hashing (articles
// sharing a band of fingerprint values), so the cost follows the archive's size, not its square; a
// pair is kept when its estimated similarity and its distance in time say it is the same story.
import { fingerprintValues } from '../ingest/fingerprint.ts';
import { CLUSTER_BAND_VALUES, CLUSTER_BUCKET_MAX, CLUSTER_MAX_DAYS, CLUSTER_MIN_SIMILARITY } from './settings.ts';

export interface Printed {
  url: string;
  fingerprint: string;
  date?: string;
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
export function similarPairs(articles: Printed[], minSimilarity: number, bandValues = CLUSTER_BAND_VALUES): Array<{ a: number; b: number; similarity: number }> {
  const values = articles.map((a) => (a.fingerprint ? fingerprintValues(a.fingerprint) : undefined));
  const pairs: Array<{ a: number; b: number; similarity: number }> = [];
  const size = values.find((v) => v)?.length ?? 0;
  const bands = Math.floor(size / bandValues);
  // Most pairs a band brings together share little else: once more values differ than a pair
  // similar enough may, it is dropped without reading the rest.
  let needed = 0;
  while (needed < size && needed / size < minSimilarity) needed++;
  const differentMax = size - needed;
  const similar = (a: Uint32Array, b: Uint32Array): number | undefined => {
    let different = 0;
    for (let k = 0; k < size; k++) if (a[k] !== b[k] && ++different > differentMax) return undefined;
    return (size - different) / size;
  };
  for (let band = 0; band < bands; band++) {
    const buckets = new Map<string, number[]>();
    values.forEach((v, i) => {
      if (!v) return;
      const key = bandKey(v, band, bandValues);
      (buckets.get(key) ?? buckets.set(key, []).get(key)!).push(i);
    });
    for (const bucket of buckets.values()) {
      if (bucket.length > CLUSTER_BUCKET_MAX) continue;
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
  return pairs;
}

/** For each article (by URL), the others that tell its story, most similar first. */
export function storyClusters(articles: Printed[], minSimilarity = CLUSTER_MIN_SIMILARITY): Map<string, string[]> {
  const others = new Map<string, Array<{ url: string; similarity: number }>>();
  for (const { a, b, similarity: s } of similarPairs(articles, minSimilarity)) {
    const [x, y] = [articles[a]!, articles[b]!];
    if (!closeInTime(x.date, y.date)) continue;
    (others.get(x.url) ?? others.set(x.url, []).get(x.url)!).push({ url: y.url, similarity: s });
    (others.get(y.url) ?? others.set(y.url, []).get(y.url)!).push({ url: x.url, similarity: s });
  }
  return new Map([...others].map(([url, list]) => [url, list.sort((p, q) => q.similarity - p.similarity).map((o) => o.url)]));
}
