// Story clusters: fingerprints (src/ingest/fingerprint.ts) and the pairs they make (src/site/clusters.ts),
// shown on an article as "Also reported by" (src/site/browse.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fingerprint, fingerprintValues, similarity } from '../src/ingest/fingerprint.ts';
import { browse } from '../src/site/browse.ts';
import { storyClusters, updatePairs, type PairsFound, type Printed } from '../src/site/clusters.ts';
import { FINGERPRINT_HASHES } from '../src/ingest/settings.ts';
import { CLUSTER_BUCKET_MAX, CLUSTER_MAX_DAYS, CLUSTER_MIN_SIMILARITY } from '../src/site/settings.ts';
import { articleMeta } from './helpers/articles.ts';

const STORY = [
  'The council of Chicopee voted on Tuesday to extend the river bridge works until the spring of next year.',
  'Mayor Lisa Schmuhl said the delay would cost the city about two million dollars, most of it in overtime.',
  'Residents who live near the bridge have complained for months about the noise and the closed roads.',
  'The works began in March after an inspection found cracks in two of the old stone piers.',
  'A spokesman for the state transport agency said federal money would cover part of the extra cost.',
];
const OTHER = [
  'Heavy snow closed the mountain pass on Sunday, leaving dozens of trucks stranded overnight near the border.',
  'Rescue teams reached the drivers by morning and brought them food, fuel and blankets.',
  'Forecasters expect more snow later in the week, and the authorities asked people to avoid travelling.',
];
/** Another outlet's telling: a new opening, one sentence changed, the rest kept. */
const REWRITE = ['Chicopee will wait longer for its bridge, the council decided this week in a close vote.', ...STORY.slice(1, 3), 'The works began in the spring after inspectors found cracks in the old piers.', STORY[4]!];

const values = (lines: string[]) => fingerprintValues(fingerprint(lines));

describe('story clusters', () => {
  it('gives one text one fingerprint, and estimates its similarity to itself as 1 and to another story as about 0', () => {
    assert.equal(fingerprint(STORY), fingerprint(STORY));
    assert.equal(similarity(values(STORY), values(STORY)), 1);
    assert.ok(similarity(values(STORY), values(OTHER)) < 0.1);
  });

  it('estimates a rewrite of the story above the threshold', () => {
    assert.ok(similarity(values(STORY), values(REWRITE)) >= CLUSTER_MIN_SIMILARITY, String(similarity(values(STORY), values(REWRITE))));
  });

  it(`pairs a story's tellings within CLUSTER_MAX_DAYS of each other, and not farther apart`, () => {
    const far = new Date(Date.parse('2021-05-01') + (CLUSTER_MAX_DAYS + 1) * 86_400_000).toISOString().slice(0, 10);
    const clusters = storyClusters([
      { url: '/a/', fingerprint: fingerprint(STORY), date: '2021-05-01' },
      { url: '/b/', fingerprint: fingerprint(REWRITE), date: '2021-05-02' },
      { url: '/c/', fingerprint: fingerprint(OTHER), date: '2021-05-01' },
      { url: '/d/', fingerprint: fingerprint(STORY), date: far },
    ]);
    assert.deepEqual(clusters.get('/a/'), ['/b/']);
    assert.deepEqual(clusters.get('/b/')?.sort(), ['/a/', '/d/']);
    assert.equal(clusters.get('/c/'), undefined);
  });

  it('shows on an article the same story from other outlets, not a copy on its own site', () => {
    const meta = (title: string, lines: string[], publisher: string) => articleMeta(title, { date: '2021-05-01', publisher, fingerprint: fingerprint(lines) });
    const { contexts } = browse([
      { article: meta('Bridge', STORY, 'The Chicopee Herald'), url: '/bridge/' },
      { article: meta('Bridge again', REWRITE, 'Valley News'), url: '/bridge-again/' },
      { article: meta('Bridge copy', STORY, 'The Chicopee Herald'), url: '/bridge-copy/' },
    ]);
    assert.deepEqual(contexts.get('/bridge/')!.alsoReported.map((a) => a.url), ['/bridge-again/']);
    assert.deepEqual(contexts.get('/bridge-again/')!.alsoReported.map((a) => a.url).sort(), ['/bridge-copy/', '/bridge/']);
  });

  describe('a rebuild updates the previous build\'s pairs to what a fresh search finds', () => {
    let seed = 1;
    const random = () => (seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0);
    const print = (values: number[]) => Buffer.from(new Uint32Array(values).buffer).toString('base64');
    const article = (id: string, values: number[]): Printed => ({ id, url: `/${id}/`, fingerprint: print(values) });
    const randomValues = () => Array.from({ length: FINGERPRINT_HASHES }, random);
    /** Pairs by the articles' ids, whatever their order. */
    const byId = (found: PairsFound) => found.pairs.map((p) => `${found.ids[p.a]} ${found.ids[p.b]} ${p.similarity}`).sort();
    const assertUpdated = (articles: Printed[], previous: PairsFound) => assert.deepEqual(byId(updatePairs(articles, previous)), byId(updatePairs(articles, undefined)));

    it('after articles are added and removed', () => {
      const base = Array.from({ length: 200 }, (_, i) => randomValues().map((v, k) => (i % 10 === 0 || k % 3 ? v : i)));
      // Retellings: most values of another article kept.
      const articles = base.map((values, i) => article(`a${i}`, i % 4 === 1 ? values.map((v, k) => (k % 5 ? base[i - 1]![k]! : v)) : values));
      const some = articles.filter((_, i) => i % 7 !== 2);
      assert.ok(updatePairs(articles, undefined).pairs.length > 10);
      assertUpdated(articles, updatePairs(some, undefined));
      assertUpdated(some, updatePairs(articles, undefined));
      assertUpdated([...some.slice(5), ...articles.filter((_, i) => i % 7 === 2)], updatePairs(some, undefined));
      // New articles that retell each other.
      assertUpdated(articles, updatePairs(articles.slice(10), undefined));
    });

    it(`when a band value grows past CLUSTER_BUCKET_MAX articles, and when it shrinks back`, () => {
      // Two articles alike only in the band they share with CLUSTER_BUCKET_MAX − 2 others (band 0:
      // values 0 and 1) and in one value of each of the next bands, enough to be a pair.
      const crowdBand = (values: number[]) => values.map((v, k) => (k < 2 ? 7 : v));
      const p = crowdBand(randomValues());
      const q = p.map((v, k) => (k < 2 || (k % 2 === 0 && k < 2 * Math.ceil(CLUSTER_MIN_SIMILARITY * FINGERPRINT_HASHES)) ? v : random()));
      const crowd = Array.from({ length: CLUSTER_BUCKET_MAX - 2 }, (_, i) => article(`c${i}`, crowdBand(randomValues())));
      const atMax = [article('p', p), article('q', q), ...crowd];
      const pastMax = [...atMax, article('one-more', crowdBand(randomValues()))];
      assert.deepEqual(byId(updatePairs(atMax, undefined)).map((pair) => pair.split(' ').slice(0, 2).join(' ')), ['p q']);
      assert.deepEqual(byId(updatePairs(pastMax, undefined)), []);
      assertUpdated(pastMax, updatePairs(atMax, undefined));
      assertUpdated(atMax, updatePairs(pastMax, undefined));
    });
  });
});
