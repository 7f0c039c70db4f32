// Story clusters: fingerprints (src/ingest/fingerprint.ts) and the pairs they make (src/site/clusters.ts),
// shown on an article as "Also reported by" (src/site/browse.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ArticleMeta } from '../src/article.ts';
import { fingerprint, fingerprintValues, similarity } from '../src/ingest/fingerprint.ts';
import { browse } from '../src/site/browse.ts';
import { storyClusters } from '../src/site/clusters.ts';
import { CLUSTER_MAX_DAYS, CLUSTER_MIN_SIMILARITY } from '../src/site/settings.ts';

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
    const meta = (title: string, lines: string[], publisher: string): ArticleMeta => ({
      sourceFile: `${title}.txt`, sha256: title, title, titleDerived: false, date: '2021-05-01', publisher, summary: '', topics: [], wordCount: 50,
      fingerprint: fingerprint(lines), confidence: { body: 1, title: 1 }, warnings: [],
    });
    const { contexts } = browse([
      { article: meta('Bridge', STORY, 'The Chicopee Herald'), url: '/bridge/' },
      { article: meta('Bridge again', REWRITE, 'Valley News'), url: '/bridge-again/' },
      { article: meta('Bridge copy', STORY, 'The Chicopee Herald'), url: '/bridge-copy/' },
    ]);
    assert.deepEqual(contexts.get('/bridge/')!.alsoReported.map((a) => a.url), ['/bridge-again/']);
    assert.deepEqual(contexts.get('/bridge-again/')!.alsoReported.map((a) => a.url).sort(), ['/bridge-copy/', '/bridge/']);
  });
});
