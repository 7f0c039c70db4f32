// The benchmark's generator writes text with the statistics of news (tests/bench/generate.ts):
// a vocabulary that grows as Heaps' law says, other languages that ingest tells apart, and rewrites
// of earlier stories whose ground truth matches the files.
import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { generate, generateArticle, NEWS_DISTINCT_WORDS, REWRITE_SHARE, TRUTH_COLUMNS } from './bench/generate.ts';
import { OTHER_LANGUAGES } from './bench/lexicon.ts';
import { decode } from '../src/ingest/decode.ts';
import { ingest } from '../src/ingest/index.ts';

const SIZE = 5_000;
/** The sizes whose distinct words news text is known for, the largest generated once for every test. */
const SIZES = Object.keys(NEWS_DISTINCT_WORDS).map(Number);
const articles = Array.from({ length: Math.max(...SIZES) }, (_, i) => generateArticle(i));
const textOf = (bytes: Uint8Array) => {
  const decoded = decode(bytes);
  assert.ok(decoded.ok);
  return decoded.text;
};

/** Distinct lower-cased words (runs of letters) of the first n articles. */
function distinctWords(n: number): number {
  const seen = new Set<string>();
  for (const a of articles.slice(0, n)) for (const [w] of a.text.toLowerCase().matchAll(/\p{L}+/gu)) seen.add(w);
  return seen.size;
}

/** Jaccard similarity of two texts' sets of 4-word shingles. */
function resemblance(a: string, b: string): number {
  const shingles = (t: string) => {
    const w = t.toLowerCase().match(/\p{L}+/gu) ?? [];
    return new Set(w.slice(3).map((_, i) => w.slice(i, i + 4).join(' ')));
  };
  const x = shingles(a);
  const y = shingles(b);
  let both = 0;
  for (const s of x) if (y.has(s)) both++;
  return both / (x.size + y.size - both);
}

describe('the benchmark generator', () => {
  it('writes article i the same whatever the count', async () => {
    const small = await mkdtemp(join(tmpdir(), 'gen-'));
    const large = await mkdtemp(join(tmpdir(), 'gen-'));
    generate(30, small);
    generate(80, large);
    for (const a of articles.slice(0, 30)) {
      assert.deepEqual(await readFile(join(small, 'articles', a.file)), await readFile(join(large, 'articles', a.file)));
      assert.deepEqual(await readFile(join(small, 'articles', a.file)), Buffer.from(a.bytes));
    }
    const truth = (await readFile(join(large, 'truth.tsv'), 'utf8')).trim().split('\n');
    assert.equal(truth[0], TRUTH_COLUMNS.join('\t'));
    assert.deepEqual(truth.slice(1).map((row) => row.split('\t')[0]), articles.slice(0, 80).map((a) => a.file));
  });

  it(`holds as many distinct words as news text does (${SIZES.map((n) => `${n.toLocaleString('en')} articles: ${NEWS_DISTINCT_WORDS[n]!.toLocaleString('en')}`).join(', ')}; ± 10 %), growing as Heaps' law says`, () => {
    for (const n of SIZES) assert.ok(Math.abs(distinctWords(n) / NEWS_DISTINCT_WORDS[n]! - 1) <= 0.1, `${distinctWords(n)} distinct words in ${n} articles`);
    const atSize = distinctWords(SIZE);
    const atFifth = distinctWords(SIZE / 5);
    // V ∝ N^β with β between 0.4 and 0.6 for news corpora
    const beta = Math.log(atSize / atFifth) / Math.log(5);
    assert.ok(beta >= 0.4 && beta <= 0.6, `Heaps' exponent ${beta.toFixed(2)}`);
  });

  it('names recurring people with a long tail: a few in many articles, most in one', () => {
    const people = new Map<string, number>();
    for (const a of articles.slice(0, SIZE).filter((x) => x.language === 'en')) {
      const named = new Set(textOf(a.bytes).match(/(?<=[a-z,] )[A-Z][a-z]+ [A-Z][a-z]+(?=,? (?:told|said|wrote|and|of|\d))/g) ?? []);
      for (const name of named) people.set(name, (people.get(name) ?? 0) + 1);
    }
    const counts = [...people.values()].sort((a, b) => b - a);
    assert.ok(counts[0]! >= 10, `the most named person is in ${counts[0]} articles`);
    assert.ok(counts.filter((c) => c === 1).length / counts.length >= 0.5, 'most people are named in one article');
  });

  it('writes about one article in ten in another language, which ingest recognises', () => {
    const expected = OTHER_LANGUAGES.reduce((sum, [, share]) => sum + share, 0);
    const share = articles.slice(0, SIZE).filter((a) => a.language !== 'en').length / SIZE;
    assert.ok(Math.abs(share - expected) <= 0.02, `${share} in other languages`);
    for (const [language] of OTHER_LANGUAGES) {
      const sample = articles.filter((a) => a.language === language.code).slice(0, 10);
      assert.ok(sample.length > 0, language.code);
      const told = sample.filter((a) => {
        const result = ingest(a.bytes, a.file);
        return result.ok && result.article.language === language.code;
      }).length;
      assert.ok(told >= 9, `${told} of ${sample.length} ${language.code} articles recognised`);
    }
  });

  it('rewrites a few percent of the stories, as the ground truth says: another outlet, the same or next day, much of the text shared', () => {
    const rewrites = articles.slice(0, SIZE).filter((a) => a.rewriteOf);
    assert.ok(Math.abs(rewrites.length / SIZE - REWRITE_SHARE) <= 0.01, `${rewrites.length} rewrites`);
    const byFile = new Map(articles.map((a) => [a.file, a]));
    const bodyOf = (bytes: Uint8Array) => {
      const result = ingest(bytes, 'x.txt');
      assert.ok(result.ok);
      return result.article.body;
    };
    const shared: number[] = [];
    for (const rewrite of rewrites.slice(0, 60)) {
      const original = byFile.get(rewrite.rewriteOf!)!;
      assert.ok(original && !original.rewriteOf, 'a rewrite names an original');
      assert.notEqual(rewrite.publisher, original.publisher);
      const days = (Date.parse(rewrite.date) - Date.parse(original.date)) / 86_400_000;
      assert.ok(days === 0 || days === 1, `${days} days apart`);
      shared.push(resemblance(bodyOf(rewrite.bytes), bodyOf(original.bytes)));
      const unrelated = articles[(articles.indexOf(rewrite) + 7) % SIZE]!;
      if (unrelated.rewriteOf !== original.file && unrelated !== original) assert.ok(resemblance(bodyOf(unrelated.bytes), bodyOf(original.bytes)) < 0.05);
    }
    // as outlets rewrite a wire story: some keep most of it, some little
    shared.sort((a, b) => a - b);
    assert.ok(shared[0]! >= 0.1, `a rewrite shares ${shared[0]} of its shingles`);
    assert.ok(shared[shared.length >> 1]! >= 0.3, `the median rewrite shares ${shared[shared.length >> 1]}`);
  });
});
