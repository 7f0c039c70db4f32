// `npm run eval:clusters -- --gen DIR`: how well story clusters (src/site/clusters.ts) find the same
// story told twice, at each similarity threshold:
// - on a generated archive (`npm run bench:gen -- --count N --out DIR`), against its truth.tsv: every
//   two files of one story (a rewrite and what it rewrites, or two rewrites of one story) are a true pair;
// - on real pages: the dev sets' two texts of each page (`near`, `full`: one article among different
//   page furniture) are a true pair, every other pair of their ~2,200 texts a false one.
// Prints precision and recall of the pairs found, for the thresholds around the shipped one.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { listArticleFiles } from '../../src/build/archive.ts';
import { ingest } from '../../src/ingest/index.ts';
import { closeInTime, similarPairs, type Printed } from '../../src/site/clusters.ts';
import { CLUSTER_MIN_SIMILARITY } from '../../src/site/settings.ts';
import { DEFAULT_DEVSET, WIDE_DEVSET } from './run.ts';

const THRESHOLDS = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7];

interface Labelled extends Omit<Printed, 'id'> {
  /** Articles of one story share it. */
  story: string;
}

function ingestOne(path: string, name: string): { fingerprint: string; date?: string } | undefined {
  const result = ingest(readFileSync(path), name);
  return result.ok ? { fingerprint: result.article.fingerprint, date: result.article.date } : undefined;
}

/** The files of a generated archive, each labelled with its story (the file its rewrites chain back to). */
async function generated(dir: string): Promise<Labelled[]> {
  const rewriteOf = new Map<string, string>();
  for (const line of readFileSync(join(dir, 'truth.tsv'), 'utf8').trim().split('\n').slice(1)) {
    const [file, , , , of] = line.split('\t');
    if (of) rewriteOf.set(file!, of);
  }
  const root = (file: string): string => (rewriteOf.has(file) ? root(rewriteOf.get(file)!) : file);
  const files = await listArticleFiles(join(dir, 'articles'));
  return files.flatMap((file) => {
    const got = ingestOne(join(dir, 'articles', file), file);
    return got ? [{ url: file, story: root(file), ...got }] : [];
  });
}

/** Both texts of every page of the dev sets, labelled with the page. */
function realPages(): Labelled[] {
  return [DEFAULT_DEVSET, WIDE_DEVSET].flatMap((set) =>
    readdirSync(set)
      .filter((f) => /\.(near|full)\.txt$/.test(f))
      .flatMap((f) => {
        const got = ingestOne(join(set, f), f);
        const page = `${set}/${f.replace(/\.(near|full)\.txt$/, '')}`;
        return got ? [{ url: `${set}/${f}`, story: page, ...got }] : [];
      }),
  );
}

function report(name: string, articles: Labelled[]): void {
  const stories = new Map<string, number>();
  for (const a of articles) stories.set(a.story, (stories.get(a.story) ?? 0) + 1);
  const truePairs = [...stories.values()].reduce((n, k) => n + (k * (k - 1)) / 2, 0);
  const pairs = similarPairs(articles, Math.min(...THRESHOLDS)).filter(({ a, b }) => closeInTime(articles[a]!.date, articles[b]!.date));
  console.log(`\n${name}: ${articles.length} texts, ${truePairs} true pairs`);
  console.log('| threshold | pairs found | precision | recall | F1 |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const t of THRESHOLDS) {
    const found = pairs.filter((p) => p.similarity >= t);
    const right = found.filter(({ a, b }) => articles[a]!.story === articles[b]!.story).length;
    const precision = found.length ? right / found.length : 1;
    const recall = truePairs ? right / truePairs : 1;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    console.log(`| ${t}${t === CLUSTER_MIN_SIMILARITY ? ' (shipped)' : ''} | ${found.length} | ${precision.toFixed(3)} | ${recall.toFixed(3)} | ${f1.toFixed(3)} |`);
  }
}

const { values } = parseArgs({ options: { gen: { type: 'string' } } });
if (values.gen) report(`generated archive ${values.gen}`, await generated(values.gen));
report('real pages (dev sets, near and full text of each page)', realPages());
