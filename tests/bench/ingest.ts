// `npm run bench:ingest`: ingest throughput (MB/s, articles/s) on real pages (both dev sets), on the
// benchmark generator's articles, and on the awkward shapes a scraper produces (10,000 paragraphs,
// one 2 MB line, a 20 MB file), as medians of several runs in one process. Prints a Markdown table.
// usage: npm run bench:ingest [-- --runs 5] [-- --devset DIR] [-- --wide DIR]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ingest } from '../../src/ingest/index.ts';
import { DEFAULT_DEVSET, WIDE_DEVSET } from '../eval/run.ts';
import { generateArticle } from './generate.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, devset: { type: 'string', default: DEFAULT_DEVSET }, wide: { type: 'string', default: WIDE_DEVSET } } });
const runs = Number(values.runs);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function measure(files: Uint8Array[]): { seconds: number; mb: number; peakRssMb: number } {
  const times: number[] = [];
  let peak = 0;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    for (const bytes of files) ingest(bytes, 'bench.txt');
    times.push((performance.now() - t) / 1000);
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  return { seconds: median(times), mb: files.reduce((n, f) => n + f.length, 0) / 1e6, peakRssMb: peak / 1e6 };
}

const sentence = 'The committee met on Tuesday to discuss the budget and the plans for the coming year, officials said.';
const encode = (s: string) => new TextEncoder().encode(s);
const pages = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f)));
const devset = pages(values.devset!);
const wide = pages(values.wide!);
const generated = Array.from({ length: 2000 }, (_, i) => generateArticle(i).bytes);
const cases: Array<[string, Uint8Array[]]> = [
  [`dev set pages (${devset.length} files)`, devset],
  [`wide dev set pages (${wide.length} files)`, wide],
  [`the benchmark generator's first ${generated.length} articles`, generated],
  ['10,000 paragraphs (1 MB)', [encode(`Headline of the story\n\n${Array(10_000).fill(sentence).join('\n\n')}`)]],
  ['one 2 MB line', [encode(`Headline\n\n${`${sentence} `.repeat(Math.ceil(2e6 / sentence.length))}`)]],
  ['a 20 MB file', [encode(`Headline of the story\n\n${Array(200_000).fill(sentence).join('\n\n')}`.slice(0, 20 * 1024 * 1024 - 16))]],
];

ingest(devset[0]!, 'warm-up.txt'); // load the language models and compile the patterns first
console.log(`Ingest, median of ${runs} runs, Node ${process.version}, one thread:\n`);
console.log('| input | MB | seconds | MB/s | articles/s | peak RSS MB |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const [name, files] of cases) {
  const { seconds, mb, peakRssMb } = measure(files);
  console.log(`| ${name} | ${mb.toFixed(1)} | ${seconds.toFixed(3)} | ${(mb / seconds).toFixed(1)} | ${(files.length / seconds).toFixed(0)} | ${peakRssMb.toFixed(0)} |`);
}
