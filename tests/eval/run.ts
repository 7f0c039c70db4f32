// `npm run eval`: ingests both variants of both dev sets (../shared/devset, ../shared/devset-wide)
// and scores them with the sets' own score.mjs (body word F1 by 4-word shingles, the share of broken
// pages under F1 0.5; title, date and author accuracy), beside keeping all the text, with the F1 of
// each source (id prefix) and the worst pages.
// usage: npm run eval [-- --set DIR …] [-- --worst N] [-- --json]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ingest } from '../../src/ingest/index.ts';
import { toMarkdownFile } from '../../src/ingest/markdownFile.ts';

export const VARIANTS = ['near', 'full'] as const;

/** A page's score: its F1, precision and recall. */
export interface PageScore {
  id: string;
  f1: number;
  precision: number;
  recall: number;
}

export type Scores = {
  variant: string;
  pages: number;
  missing: number;
  body: { f1: number; precision: number; recall: number; broken: number };
  title: { pages: number; exact: number; close: number };
  date: { pages: number; accuracy: number };
  author: { pages: number; accuracy: number };
  /** Every page's score, worst first. */
  ranked: PageScore[];
};

/** Scores a folder of ingest output for one variant of a set with the set's score.mjs (the first dev set's when it has none). */
export function score(set: string, out: string, variant: string): Scores {
  const scorer = readdirSync(set).includes('score.mjs') ? join(set, 'score.mjs') : join(DEFAULT_DEVSET, 'score.mjs');
  // --worst with every page lists them all, worst first, on standard error.
  const [json, ranked] = runScorer(scorer, ['--set', set, '--out', out, '--variant', variant, '--json', '--worst', '1000000']);
  const pages = ranked
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [f1, , precision, , recall, id] = line.trim().split(/\s+/);
      return { id: id!, f1: Number(f1), precision: Number(precision), recall: Number(recall) };
    });
  return { ...(JSON.parse(json) as Omit<Scores, 'ranked'>), ranked: pages };
}

/** The scorer's standard output and standard error. */
function runScorer(scorer: string, args: string[]): [string, string] {
  const run = spawnSync(process.execPath, [scorer, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`${scorer} failed: ${run.stderr}`);
  return [run.stdout, run.stderr];
}

/** The pages of one variant of a set. */
const pagesOf = (set: string, variant: string) => readdirSync(set).filter((f) => f.endsWith(`.${variant}.txt`));

/** Ingests every `*.<variant>.txt` of a set into a fresh folder and scores it. */
export function evaluate(set: string, variant: string): Scores {
  const out = mkdtempSync(join(tmpdir(), `clippings-eval-${variant}-`));
  for (const file of pagesOf(set, variant)) {
    const result = ingest(readFileSync(join(set, file)), file);
    if (result.ok) writeFileSync(join(out, file.replace(/\.txt$/, '.md')), toMarkdownFile(result.article));
  }
  return score(set, out, variant);
}

/** The same scores for keeping every line of every page: the floor any extractor must beat. */
export function keepingAll(set: string, variant: string): Scores {
  const out = mkdtempSync(join(tmpdir(), `clippings-eval-all-${variant}-`));
  for (const file of pagesOf(set, variant)) {
    writeFileSync(join(out, file.replace(/\.txt$/, '.md')), `---\nsourceFile: ${JSON.stringify(file)}\n---\n${readFileSync(join(set, file), 'utf8')}`);
  }
  return score(set, out, variant);
}

/** The source of a page: its id's prefix (`dn-`, `gn-`, `cp-`), or the whole set when ids have none. */
export const sourceOf = (id: string) => /^([a-z]+)-/.exec(id)?.[1] ?? 'all';

/** Body F1 per source, computed as the set's is: the F1 of the mean precision and mean recall. */
export function bySource(ranked: PageScore[]): Map<string, number> {
  const groups = new Map<string, PageScore[]>();
  for (const page of ranked) {
    const source = sourceOf(page.id);
    if (!groups.has(source)) groups.set(source, []);
    groups.get(source)!.push(page);
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return new Map(
    [...groups].map(([source, pages]) => {
      const p = mean(pages.map((x) => x.precision));
      const r = mean(pages.map((x) => x.recall));
      return [source, p + r ? (2 * p * r) / (p + r) : 0];
    }),
  );
}

export const DEFAULT_DEVSET = resolve(import.meta.dirname, '../../../shared/devset');
export const WIDE_DEVSET = resolve(import.meta.dirname, '../../../shared/devset-wide');

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { set: { type: 'string', multiple: true, default: [DEFAULT_DEVSET, WIDE_DEVSET] }, worst: { type: 'string', default: '10' }, json: { type: 'boolean' } },
  });
  const rows = values.set!.flatMap((set) => VARIANTS.map((variant) => ({ set, variant, scores: evaluate(set, variant), all: keepingAll(set, variant) })));
  if (values.json) console.log(JSON.stringify(rows.map(({ set, scores, all }) => ({ set, ...scores, keepingAll: all.body }))));
  else {
    console.log('| set | variant | pages | body F1 | precision | recall | broken | keeping all: F1, broken | title close | title exact | date | author |');
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const { set, variant, scores: r, all } of rows) {
      console.log(
        `| ${set.split('/').at(-1)} | ${variant} | ${r.pages} | ${r.body.f1} | ${r.body.precision} | ${r.body.recall} | ${(100 * r.body.broken).toFixed(1)} % | ${all.body.f1}, ${(100 * all.body.broken).toFixed(1)} % | ${r.title.close} (${r.title.pages}) | ${r.title.exact} | ${r.date.accuracy} (${r.date.pages}) | ${r.author.accuracy} (${r.author.pages}) |`,
      );
    }
    for (const { set, variant, scores, all } of rows) {
      const ours = bySource(scores.ranked);
      const floor = bySource(all.ranked);
      console.log(`\n${set.split('/').at(-1)} ${variant}: by source (ingest / keeping all) ${[...ours].map(([s, f]) => `${s} ${f.toFixed(3)} / ${floor.get(s)!.toFixed(3)}`).join(', ')}`);
      console.log(`worst ${values.worst} pages (F1, precision, recall):`);
      for (const p of scores.ranked.slice(0, Number(values.worst))) console.log(`  ${p.f1.toFixed(3)}  ${p.precision.toFixed(3)}  ${p.recall.toFixed(3)}  ${p.id}`);
    }
  }
}
