// `npm run eval`: ingests both variants of the dev set (../shared/devset) and scores them with its
// score.mjs (body word F1 by 4-word shingles; title, date and author accuracy).
// usage: npm run eval [-- --devset DIR] [-- --json]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ingest } from '../../src/ingest/index.ts';
import { toMarkdownFile } from '../../src/ingest/markdownFile.ts';

export const VARIANTS = ['near', 'full'] as const;
export type Scores = {
  variant: string;
  pages: number;
  missing: number;
  body: { f1: number; precision: number; recall: number };
  title: { pages: number; exact: number; close: number };
  date: { pages: number; accuracy: number };
  author: { pages: number; accuracy: number };
};

/** Ingests every `*.<variant>.txt` of the dev set into a fresh folder and scores it. */
export function evaluate(devset: string, variant: string): Scores {
  const out = mkdtempSync(join(tmpdir(), `clippings-eval-${variant}-`));
  for (const file of readdirSync(devset).filter((f) => f.endsWith(`.${variant}.txt`))) {
    const result = ingest(readFileSync(join(devset, file)), file);
    if (result.ok) writeFileSync(join(out, file.replace(/\.txt$/, '.md')), toMarkdownFile(result.article));
  }
  const json = execFileSync(process.execPath, [join(devset, 'score.mjs'), '--set', devset, '--out', out, '--variant', variant, '--json'], {
    encoding: 'utf8',
  });
  return JSON.parse(json) as Scores;
}

export const DEFAULT_DEVSET = resolve(import.meta.dirname, '../../../shared/devset');

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { devset: { type: 'string', default: DEFAULT_DEVSET }, json: { type: 'boolean' } } });
  const rows = VARIANTS.map((v) => evaluate(values.devset!, v));
  if (values.json) console.log(JSON.stringify(rows));
  else {
    console.log('| variant | pages | body F1 | precision | recall | title close | title exact | date | author |');
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const r of rows) {
      console.log(`| ${r.variant} | ${r.pages} | ${r.body.f1} | ${r.body.precision} | ${r.body.recall} | ${r.title.close} (${r.title.pages}) | ${r.title.exact} | ${r.date.accuracy} (${r.date.pages}) | ${r.author.accuracy} (${r.author.pages}) |`);
    }
  }
}
