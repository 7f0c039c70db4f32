// `npm run bench -- --count N [--runs R]`: the whole pipeline on N generated raw articles, measured
// side by side in one run on the same data, and written into BENCHMARKS.md:
// - ingest alone (`clippings check`: read and ingest every file, no cache);
// - the full build from nothing (ingest + Eleventy + search index);
// - rebuilds by `clippings build` after adding one article, after nothing, after editing one and after removing one;
// - the baseline: bare Eleventy rendering the same already-clean Markdown with a minimal layout and
//   year list pages, then the Pagefind CLI on its output.
// Times are medians of R runs; peak memory is the largest resident set of the whole process tree
// (sampled every 50 ms); sizes are of the output; "first search" is what a fresh browser downloads
// to open the search page and show the results of one query.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import type { Response } from 'playwright-core';
import { launchBrowser, serveSite } from '../helpers/browser.ts';
import { ROOT } from '../helpers/project.ts';
import { generate, type Stats } from './generate.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
    query: { type: 'string', default: 'government' },
    // Steps running longer are killed and reported as such (the Pagefind CLI runs out of memory near 100k).
    'timeout-min': { type: 'string', default: '60' },
    // npm start's rebuild begins with a full build of its own: --no-watch leaves it out on big archives.
    watch: { type: 'boolean', default: true },
    // Only the search page, measured on the site the last run of this size built (printed, not written).
    'search-only': { type: 'boolean', default: false },
  },
  allowNegative: true,
});
const count = Number(values.count);
const runs = Number(values.runs);
const data = resolve(ROOT, 'bench-data', String(count));
const project = join(data, 'project');
const baseline = join(data, 'baseline');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mb = (bytes: number) => bytes / 1024 / 1024;

interface Measured {
  seconds: number;
  peakMb: number;
  code: number | null;
  stdout: string;
}

/** Every process in the tree under `pid` (itself included), from /proc. */
function tree(pid: number): number[] {
  const out = [pid];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      if (children) for (const child of children.split(/\s+/)) out.push(...tree(Number(child)));
    }
  } catch {
    // the process ended while we looked
  }
  return out;
}

function rssKb(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Runs a command to its end, timing it and sampling the memory of its process tree. */
function measure(command: string, args: string[], cwd: string, timeoutMs = Number(values['timeout-min']) * 60_000): Promise<Measured> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, FORCE_COLOR: '0' } });
    const timer = setTimeout(() => {
      stdout += `\nkilled after ${timeoutMs / 1000} s`;
      for (const pid of tree(child.pid!).reverse()) process.kill(pid, 'SIGKILL');
    }, timeoutMs);
    let stdout = '';
    let peak = 0;
    const sample = setInterval(() => {
      peak = Math.max(peak, tree(child.pid!).reduce((sum, pid) => sum + rssKb(pid), 0));
    }, 50);
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stdout += d));
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sample);
      clearTimeout(timer);
      resolvePromise({ seconds: (performance.now() - started) / 1000, peakMb: peak / 1024, code, stdout });
    });
  });
}

/** Why a step failed in one of its runs (killed, out of memory, an exit code), or undefined. */
function failureOf(all: Measured[]): string | undefined {
  const failed = all.find((m) => m.code !== 0);
  return failed && (/killed after \d+ s|memory allocation failed|out of memory/i.exec(failed.stdout)?.[0] ?? `exit ${failed.code}`);
}

const cli = (args: string[]) => measure(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], project);

function du(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + du(join(path, name)), 0);
}

async function setUp(): Promise<{ rawBytes: number; stats: Stats }> {
  const articles = join(data, 'articles');
  if (!existsSync(join(data, 'truth.tsv'))) {
    console.log(`generating ${count} articles…`);
    await rm(articles, { recursive: true, force: true });
    generate(count, data);
  }
  await rm(project, { recursive: true, force: true });
  await mkdir(project, { recursive: true });
  for (const f of ['package.json', 'tsconfig.json', '.eleventy.ts', 'src', 'templates', 'public']) await cp(join(ROOT, f), join(project, f), { recursive: true });
  await symlink(join(ROOT, 'node_modules'), join(project, 'node_modules'));
  await symlink(articles, join(project, 'articles'));
  return { rawBytes: du(articles), stats: JSON.parse(readFileSync(join(data, 'stats.json'), 'utf8')) };
}

/**
 * `npm start`'s rebuild: with the watcher running on the built archive, the time from writing one
 * new article file until its page exists and the search index lists it.
 */
async function watchRebuilds(times: number): Promise<Measured[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'watch'], { cwd: project });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const added: string[] = [];
  const until = async (check: () => boolean) => {
    while (!check()) {
      if (child.exitCode !== null) throw new Error(`the watcher ended: ${output.slice(-500)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  const articles = () => JSON.parse(readFileSync(join(project, '_site/pagefind/parts.json'), 'utf8')).parts.reduce((n: number, p: { articles: number }) => n + p.articles, 0);
  try {
    await until(() => output.includes('watching articles/'));
    const out: Measured[] = [];
    for (let r = 0; r < times; r++) {
      const before = articles();
      const file = join(data, 'articles', `zz-bench-watched-${r}.txt`);
      added.push(file);
      const started = performance.now();
      await writeFile(file, `A Watched Story Number ${r}\n\nPublished: June 7, 2022\n\nThe committee met again on Tuesday to discuss the ceasefire and the budget for the year, officials said.`);
      await until(() => existsSync(join(project, `_site/2022/06/07/a-watched-story-number-${r}/index.html`)) && articles() === before + 1);
      out.push({ seconds: (performance.now() - started) / 1000, peakMb: 0, code: 0, stdout: '' });
    }
    return out;
  } finally {
    child.kill();
    for (const file of added) await rm(file, { force: true });
  }
}

/** Until the previous build's site is removed (by a process of its own, after the build ends): each rebuild is measured alone. */
async function settle(): Promise<void> {
  const work = join(project, '.clippings');
  while (existsSync(work) && readdirSync(work).some((name) => name.startsWith('retired-'))) await new Promise((r) => setTimeout(r, 100));
}

/** Rebuilds by `clippings build` after adding one article, after nothing, after editing one and after removing one; the archive is put back after. */
async function rebuilds(): Promise<Record<'added' | 'unchanged' | 'edited' | 'removed', Measured[]>> {
  const articles = join(data, 'articles');
  const build = async () => {
    await settle();
    return cli(['build']);
  };
  const out = { added: [] as Measured[], unchanged: [] as Measured[], edited: [] as Measured[], removed: [] as Measured[] };
  const restore: Array<() => Promise<void>> = [];
  try {
    for (let r = 0; r < runs; r++) {
      const file = join(articles, `zz-bench-added-${r}.txt`);
      restore.push(() => rm(file, { force: true }));
      await writeFile(file, `An Added Story Number ${r}\n\nPublished: May 4, 2021\n\nThe committee met again on Tuesday to discuss the ceasefire and the budget for the year, officials said.`);
      out.added.push(await build());
    }
    for (let r = 0; r < runs; r++) out.unchanged.push(await build());
    const files = readdirSync(join(articles, '000')).sort();
    for (let r = 0; r < runs; r++) {
      const file = join(articles, '000', files[r]!);
      const bytes = readFileSync(file);
      restore.push(() => writeFile(file, bytes));
      await writeFile(file, Buffer.concat([bytes, Buffer.from('\n\nThe minister said on Friday that the talks would go on next week.\n')]));
      out.edited.push(await build());
    }
    for (let r = 0; r < runs; r++) {
      const file = join(articles, '000', files[runs + r]!);
      const bytes = readFileSync(file);
      restore.push(() => writeFile(file, bytes));
      await rm(file);
      out.removed.push(await build());
    }
  } finally {
    for (const undo of restore) await undo();
  }
  await build(); // the archive as it was, built, for what is measured next
  return out;
}

/** The baseline's input: the same articles, already clean (ingest's own Markdown output). */
async function setUpBaseline(): Promise<void> {
  await rm(baseline, { recursive: true, force: true });
  await mkdir(join(baseline, '_includes'), { recursive: true });
  const ingested = await cli(['ingest', '--input', 'articles', '--output', join(baseline, 'content')]);
  if (ingested.code !== 0) throw new Error(ingested.stdout);
  await writeFile(join(baseline, '_includes/minimal.njk'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title></head><body><main data-pagefind-body><h1>{{ title }}</h1>{{ content | safe }}</main></body></html>\n');
  await writeFile(join(baseline, 'content/content.json'), JSON.stringify({ layout: 'minimal.njk' }));
  await writeFile(
    join(baseline, 'content/years.njk'),
    '---\npagination: { data: collections.years, size: 1, alias: year }\npermalink: "/years/{{ year.year }}/"\n---\n<!doctype html><title>{{ year.year }}</title><h1>{{ year.year }}</h1><ul>{% for a in year.articles %}<li><a href="{{ a.url }}">{{ a.data.title }}</a></li>{% endfor %}</ul>\n',
  );
  await writeFile(
    join(baseline, 'eleventy.config.cjs'),
    `module.exports = function (config) {
  config.setUseGitIgnore(false);
  config.addCollection('years', (api) => {
    const years = new Map();
    for (const page of api.getFilteredByGlob('**/*.md')) {
      const year = String(page.data.date ?? 'undated').slice(0, 4);
      if (!years.has(year)) years.set(year, { year, articles: [] });
      years.get(year).articles.push(page);
    }
    return [...years.values()];
  });
  return { dir: { input: 'content', includes: '../_includes', output: '_site' }, markdownTemplateEngine: false };
};
`,
  );
}

interface SearchMeasures {
  /** Until the whole first list is on show and the network is idle: raw, and as a host that gzips text sends it. */
  bytes: number;
  gzipped: number;
  requests: number;
  /** Gzipped bytes downloaded when the first result appeared (the first part's, on an index in parts). */
  firstResultsGzipped: number;
  /** The same first query sorted newest first, in a fresh browser: gzipped bytes. */
  sortedGzipped: number;
  results: string;
  /** Milliseconds from the last keystroke of each typed query to its whole result list (the 200 ms debounce included). */
  keystrokeMs: number[];
}

/** Words a reader might type, one after another in one page, for the keystroke-to-results times. */
const TYPED = ['government', 'police', 'money', 'family', 'school', 'war', 'city'];

/**
 * What a fresh browser downloads to open the search page and show one query's results (the
 * index files are compressed already; text is counted as a gzipping host would send it), and how
 * long results take after the last keystroke of queries typed into the box.
 */
async function searchMeasures(site: string, query: string): Promise<SearchMeasures> {
  const { url, server } = await serveSite(site);
  const browser = await launchBrowser();
  /** A fresh browser's download for a search: in all, and up to when the first result appeared. */
  const counted = async (search: string) => {
    const page = await (await browser.newContext()).newPage();
    const responses: Response[] = [];
    page.on('response', (response) => void responses.push(response));
    // Told by the page itself the moment a result is in the list (the responses seen by then came first).
    let atFirst = -1;
    await page.exposeFunction('firstResult', () => (atFirst = responses.length));
    await page.addInitScript(`new MutationObserver((_, observer) => {
      if (document.querySelector('#search-results li')) { observer.disconnect(); window.firstResult(); }
    }).observe(document, { childList: true, subtree: true });`);
    await page.goto(`${url}/search/?${search}`);
    await page.waitForFunction(() => /results? for/.test(document.getElementById('search-status')?.textContent ?? ''), undefined, { timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    const sizes = await Promise.all(
      responses.map(async (response) => {
        const body = await response.body().catch(() => Buffer.alloc(0));
        return { bytes: body.length, gzipped: /text|javascript|json/.test(response.headers()['content-type'] ?? '') ? gzipSync(body).length : body.length };
      }),
    );
    const sum = (n: number) => sizes.slice(0, n).reduce((total, size) => total + size.gzipped, 0);
    return { page, requests: responses.length, bytes: sizes.reduce((total, size) => total + size.bytes, 0), gzipped: sum(sizes.length), firstGzipped: sum(atFirst) };
  };
  try {
    const first = await counted(`q=${encodeURIComponent(query)}`);
    const results = (await first.page.textContent('#search-status')) ?? '';
    const sorted = await counted(`q=${encodeURIComponent(query)}&sort=newest`);
    // The page loaded and its script ready (it shows the options), then words typed one after another.
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${url}/search/`);
    await page.waitForSelector('#search-options:not([hidden])');
    // In the page (as a string: the test's compiler would wrap named functions in a helper the page lacks):
    // the time of the last keystroke, and of the status first saying the results for the word expected.
    await page.evaluate(`{
      const input = document.getElementById('search-input');
      const status = document.getElementById('search-status');
      input.addEventListener('input', () => { window.lastKey = performance.now(); });
      new MutationObserver(() => {
        if (window.expected && !window.doneAt && new RegExp('results? for “' + window.expected + '”$').test(status.textContent)) window.doneAt = performance.now();
      }).observe(status, { childList: true, characterData: true, subtree: true });
    }`);
    const keystrokeMs: number[] = [];
    for (const word of TYPED) {
      await page.fill('#search-input', '');
      await page.evaluate(`window.expected = ${JSON.stringify(word)}; window.doneAt = 0;`);
      await page.type('#search-input', word, { delay: 60 });
      await page.waitForFunction('window.doneAt > 0', undefined, { timeout: 120_000 });
      keystrokeMs.push(Number(await page.evaluate('window.doneAt - window.lastKey')));
    }
    return { bytes: first.bytes, gzipped: first.gzipped, requests: first.requests, firstResultsGzipped: first.firstGzipped, sortedGzipped: sorted.gzipped, results, keystrokeMs };
  } finally {
    await browser.close();
    server.close();
  }
}

/** The commit whose code is measured (taken when the project is copied: a run lasts long enough for commits to land meanwhile). */
function commit(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
    const changed = git('status', '--porcelain', '--', 'src', 'templates', 'public', '.eleventy.ts', 'package-lock.json');
    return `${git('rev-parse', '--short', 'HEAD')}${changed ? ' with uncommitted changes' : ''}`;
  } catch {
    return 'unknown';
  }
}

function versions(): string {
  const version = (pkg: string) => JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  return `Node ${process.version}, Eleventy ${version('@11ty/eleventy')}, Pagefind ${version('pagefind')}; ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB`;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** The search page's measures on the built project, printed. */
async function measureSearch(): Promise<SearchMeasures> {
  const search = await searchMeasures(join(project, '_site'), values.query!);
  console.log(
    `first search for "${values.query}": ${kb(search.gzipped)} gzipped (first results after ${kb(search.firstResultsGzipped)}; newest first ${kb(search.sortedGzipped)}), ${kb(search.bytes)} raw, ${search.requests} requests (${search.results}); last keystroke to results ${search.keystrokeMs.map((ms) => ms.toFixed(0)).join(', ')} ms`,
  );
  return search;
}

async function main(): Promise<void> {
  if (values['search-only']) {
    await measureSearch();
    return;
  }
  await (await launchBrowser()).close(); // the first search is measured in chromium: fail now, not after an hour of building
  const { rawBytes, stats } = await setUp();
  const measured = commit();
  const otherLanguages = count - (stats.languages.en ?? 0);
  console.log(`${count} articles, ${mb(rawBytes).toFixed(1)} MB raw; ${runs} runs of each`);
  const rows: Array<[string, Measured[]]> = [];
  const record = (name: string, all: Measured[]) => {
    rows.push([name, all]);
    const bad = all.find((m) => m.code !== 0);
    console.log(`${name}: ${median(all.map((m) => m.seconds)).toFixed(1)} s, ${Math.max(...all.map((m) => m.peakMb)).toFixed(0)} MB${bad ? ` (exit ${bad.code}: ${bad.stdout.slice(-300)})` : ''}`);
  };

  const ingest: Measured[] = [];
  for (let r = 0; r < runs; r++) ingest.push(await cli(['check']));
  record('ingest alone (clippings check)', ingest);

  const full: Measured[] = [];
  for (let r = 0; r < runs; r++) {
    await rm(join(project, '_site'), { recursive: true, force: true });
    await rm(join(project, '.clippings'), { recursive: true, force: true });
    full.push(await cli(['build']));
  }
  record('full build (ingest + Eleventy + search index)', full);
  const stagesOf = (m: Measured) => /^ingest .*$/m.exec(m.stdout)?.[0] ?? '';
  console.log(`  stages of the last: ${stagesOf(full.at(-1)!)}`);
  const siteBytes = du(join(project, '_site'));
  const indexBytes = du(join(project, '_site/pagefind'));

  const rebuild = await rebuilds();
  record('rebuild after adding one article (clippings build)', rebuild.added);
  record('rebuild with nothing changed', rebuild.unchanged);
  record('rebuild after editing one article', rebuild.edited);
  record('rebuild after removing one article', rebuild.removed);
  const watch = values.watch ? await watchRebuilds(runs) : [];
  if (watch.length) console.log(`rebuild by npm start: ${median(watch.map((m) => m.seconds)).toFixed(1)} s`);

  await setUpBaseline();
  const eleventy: Measured[] = [];
  const pagefindCli: Measured[] = [];
  for (let r = 0; r < runs; r++) {
    await rm(join(baseline, '_site'), { recursive: true, force: true });
    eleventy.push(await measure(process.execPath, [join(ROOT, 'node_modules/@11ty/eleventy/cmd.cjs'), '--config=eleventy.config.cjs', '--quiet'], baseline));
    pagefindCli.push(await measure(join(ROOT, 'node_modules/.bin/pagefind'), ['--site', '_site'], baseline));
  }
  record('baseline: bare Eleventy, minimal layout', eleventy);
  record('baseline: Pagefind CLI on its output', pagefindCli);

  const search = await measureSearch();

  const seconds = (all: Measured[]) => median(all.map((m) => m.seconds));
  const peak = (all: Measured[]) => Math.max(...all.map((m) => m.peakMb));
  const baselineSeconds = seconds(eleventy) + seconds(pagefindCli);
  const baselineFailed = [failureOf(eleventy) && `bare Eleventy: ${failureOf(eleventy)}`, failureOf(pagefindCli) && `Pagefind CLI: ${failureOf(pagefindCli)}`].filter(Boolean).join(', ');
  const lines = [
    `## ${count.toLocaleString('en')} articles`,
    '',
    `${mb(rawBytes).toFixed(1)} MB of raw text (\`npm run bench:gen\`: ${stats.words.toLocaleString('en')} words, ${stats.distinctWords.toLocaleString('en')} distinct; ${otherLanguages.toLocaleString('en')} articles (${((100 * otherLanguages) / count).toFixed(0)} %) in other languages, ${stats.rewrites.toLocaleString('en')} rewrites of another), measured ${new Date().toISOString().slice(0, 10)} at commit ${measured} with \`npm run bench -- ${process.argv.slice(2).join(' ')}\`; ${versions()}. Median of ${runs} runs; peak memory is the largest resident set of the whole process tree.`,
    '',
    '| stage | seconds (median) | peak memory MB |',
    '| --- | --- | --- |',
    ...rows.map(([name, all]) => {
      const failed = failureOf(all);
      return `| ${name}${failed ? ` (failed: ${failed})` : ''} | ${seconds(all).toFixed(1)} | ${peak(all).toFixed(0)} |`;
    }),
    `| baseline total (Eleventy + Pagefind CLI) | ${baselineSeconds.toFixed(1)} | ${Math.max(peak(eleventy), peak(pagefindCli)).toFixed(0)} |`,
    '',
    `- ingest: ${(mb(rawBytes) / seconds(ingest)).toFixed(1)} MB/s, ${(count / seconds(ingest)).toFixed(0)} articles/s (reading files and starting the process included)`,
    ...(failureOf(eleventy)
      ? [
          failureOf(pagefindCli)
            ? '- bare Eleventy failed before it wrote a page, so the baseline\'s Pagefind CLI had nothing to index'
            : '- the baseline\'s Pagefind CLI indexed what bare Eleventy had written before it failed: its figures are of a partial site',
        ]
      : []),
    baselineFailed
      ? `- full build ÷ baseline: not measurable, the baseline failed (${baselineFailed}); the last full build's stages: ${stagesOf(full.at(-1)!)}`
      : `- full build ÷ baseline: ${(seconds(full) / baselineSeconds).toFixed(2)}; the last full build's stages: ${stagesOf(full.at(-1)!)}`,
    `- rebuild ÷ full build, after one new article: ${((100 * seconds(rebuild.added)) / seconds(full)).toFixed(0)} %; nothing changed: ${((100 * seconds(rebuild.unchanged)) / seconds(full)).toFixed(0)} %; one article edited: ${((100 * seconds(rebuild.edited)) / seconds(full)).toFixed(0)} %; one removed: ${((100 * seconds(rebuild.removed)) / seconds(full)).toFixed(0)} % (each build measured alone: the previous site, which a build removes in a process of its own after it ends, is gone before the next starts)`,
    `- output ${mb(siteBytes).toFixed(0)} MB, of which the search index ${mb(indexBytes).toFixed(0)} MB`,
    `- first search ("${values.query}", ${search.results}): ${kb(search.gzipped)} from a host that gzips text, ${kb(search.bytes)} uncompressed, in ${search.requests} requests, the page itself included; its first results showed after ${kb(search.firstResultsGzipped)}; the same search newest first: ${kb(search.sortedGzipped)}`,
    `- last keystroke to the whole result list, typing ${TYPED.map((w) => `“${w}”`).join(', ')} one after another into the search box (debounce of 200 ms included), on loopback: median ${median(search.keystrokeMs).toFixed(0)} ms (${search.keystrokeMs.map((ms) => ms.toFixed(0)).join(', ')})`,
    watch.length
      ? `- rebuild by \`npm start\` (watching) after one new article, until its page and the search index are written: ${seconds(watch).toFixed(1)} s (${((100 * seconds(watch)) / seconds(full)).toFixed(0)} % of a full build)`
      : '- rebuild by `npm start`: not measured at this size (`--no-watch`)',
    '',
  ];
  const file = join(ROOT, 'BENCHMARKS.md');
  const header = '# Benchmarks\n\nWritten by `npm run bench -- --count N` (tests/bench/run.ts); one section per archive size.\n\n';
  const old = existsSync(file) ? readFileSync(file, 'utf8') : header;
  const sections = old
    .slice(old.indexOf('## ') >= 0 ? old.indexOf('## ') : old.length)
    .split(/(?=^## )/m)
    .filter((s) => s.trim() && !s.startsWith(`## ${count.toLocaleString('en')} articles`));
  sections.push(lines.join('\n'));
  const size = (s: string) => Number(/^## ([\d,]+)/.exec(s)?.[1]?.replace(/,/g, '') ?? 0);
  await writeFile(file, header + sections.sort((a, b) => size(a) - size(b)).map((s) => `${s.trim()}\n`).join('\n'));
  console.log(lines.join('\n'));
}

await main();
