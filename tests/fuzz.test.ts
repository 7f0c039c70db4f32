// Fuzzing ingest: thousands of random, mutated and synthetic inputs. Ingest must never throw, never
// hang, and always return either an article or a reason. Seeded, so a failure can be replayed.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ingest } from '../src/ingest/index.ts';
import { DEFAULT_DEVSET } from './eval/run.ts';
import { seededRandom } from './helpers/random.ts';
import { SEEDS_DIR } from './helpers/seeds.ts';

const INPUTS = 3000;
const MAX_INPUT_BYTES = 64 * 1024;
/** Far above ingest's real cost (milliseconds): only a hang or a runaway regular expression trips it. */
const HANG_MS = 5000;
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);


/** Fragments that steer ingest's rules: front matter, markers, dates, bylines, list and quote marks. */
const FRAGMENTS = [
  '---', '---js', '---\ntitle: x\n---', '---\ndate: 2023-02-30\n---', '---\na: &a [*a]\n---', '!!js/function', '- Advertisement -',
  'By Jane Doe', 'Compiled by:', 'Published: September 20, 2023', 'Updated: 20 Sep 2023', '20.09.2023', '11.22.20', 'date 2023-09-20',
  'Baku / 11.22.20 / Turan:', 'WASHINGTON (AP) —', 'You might also like', 'Leave a Reply', '© 2019 Site. All rights reserved.',
  '* ', '+ ', 'o ', '1. ', '> ', '# ', '{{ x }}', '{% raw %}', '<script>', '\u0000', '\ufeff', '\r\n', '\r', '\u2028', '\ud800',
  'ааааааааа', '日本語の文章です。', ' '.repeat(300), 'a'.repeat(3000), '.'.repeat(500), '-'.repeat(200),
];

function text(rand: () => number, source: string[]): Uint8Array {
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const encode = (s: string) => new TextEncoder().encode(s);
  switch (Math.floor(rand() * 5)) {
    case 0: // random bytes
      return Uint8Array.from({ length: Math.floor(rand() * 4096) }, () => Math.floor(rand() * 256));
    case 1: // random code points, line breaks among them
      return encode(Array.from({ length: Math.floor(rand() * 2000) }, () => (rand() < 0.05 ? '\n' : String.fromCodePoint(Math.floor(rand() * 0x2ffff)))).join(''));
    case 2: { // real text, with lines dropped, repeated, shuffled and fragments spliced in
      const lines = pick(source).split('\n');
      const out: string[] = [];
      for (const line of lines) {
        const r = rand();
        if (r < 0.1) continue;
        out.push(r < 0.2 ? `${pick(FRAGMENTS)}${line}` : r < 0.25 ? pick(lines) : line);
      }
      return encode(out.join(rand() < 0.5 ? '\n' : '\n\n'));
    }
    case 3: { // real bytes with flipped, deleted and inserted bytes
      const bytes = [...encode(pick(source))];
      for (let k = Math.floor(rand() * 50); k > 0 && bytes.length; k--) {
        const at = Math.floor(rand() * bytes.length);
        const r = rand();
        if (r < 0.4) bytes[at] = Math.floor(rand() * 256);
        else if (r < 0.7) bytes.splice(at, Math.floor(rand() * 100));
        else bytes.splice(at, 0, ...encode(pick(FRAGMENTS)));
      }
      return Uint8Array.from(bytes);
    }
    default: // synthetic: fragments and words only
      return encode(Array.from({ length: Math.floor(rand() * 200) }, () => (rand() < 0.3 ? pick(FRAGMENTS) : pick(['the', 'talks', 'went', 'on', '.', '\n', '\n\n', 'Minister', '2023']))).join(' '));
  }
}

function sources(): string[] {
  const texts = readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(SEEDS_DIR, f), 'utf8'));
  const devset = readdirSync(DEFAULT_DEVSET).filter((f) => f.endsWith('.txt')).slice(0, 60);
  return [...texts, ...devset.map((f) => readFileSync(join(DEFAULT_DEVSET, f), 'utf8'))];
}

describe('fuzzing ingest', () => {
  it(`returns an article or a reason for ${INPUTS} random and mutated inputs (seed ${SEED}), never throwing or hanging`, () => {
    const rand = seededRandom(SEED);
    const source = sources();
    let articles = 0;
    let slowest = 0;
    for (let n = 0; n < INPUTS; n++) {
      const bytes = text(rand, source).subarray(0, MAX_INPUT_BYTES);
      const started = performance.now();
      let result;
      try {
        result = ingest(bytes, `fuzz-${n}.txt`);
      } catch (error) {
        assert.fail(`input ${n} (FUZZ_SEED=${SEED}) threw: ${(error as Error).stack}`);
      }
      const ms = performance.now() - started;
      slowest = Math.max(slowest, ms);
      assert.ok(ms < HANG_MS, `input ${n} (FUZZ_SEED=${SEED}) took ${ms.toFixed(0)} ms`);
      if (result.ok) {
        articles++;
        assert.ok(result.article.title.trim() !== '', `input ${n}: an article has a title`);
        assert.ok(result.article.body.trim() !== '', `input ${n}: an article has a body`);
      } else {
        assert.ok(typeof result.reason === 'string' && result.reason.length > 0, `input ${n}: a rejection has a reason`);
      }
    }
    // Both outcomes must occur, or the generator is not exercising ingest.
    assert.ok(articles > INPUTS / 10 && articles < INPUTS * 0.9, `${articles} of ${INPUTS} became articles`);
    console.log(`fuzz: ${articles} of ${INPUTS} inputs became articles; slowest ${slowest.toFixed(0)} ms`);
  });
});
