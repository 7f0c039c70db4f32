// `npm run lighthouse`: Lighthouse's scores (performance, accessibility, best practices, SEO) for the
// home page, an article and the timeline of the built site (_site/, from `npm run build`), served on
// 127.0.0.1 and audited in Debian's chromium.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveSite } from '../helpers/browser.ts';

const SITE = join(process.cwd(), '_site');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** The site path of the newest article, from the site's dataset. */
function anArticle(): string {
  const dataset = join(SITE, 'data/articles.jsonl');
  if (!existsSync(dataset)) {
    console.error('lighthouse: no built site in _site/: run npm run build first');
    process.exit(1);
  }
  const first = readFileSync(dataset, 'utf8').split('\n')[0];
  if (!first) throw new Error('the site has no article: run npm run build first');
  return new URL(JSON.parse(first).url).pathname;
}

const { url: base, server } = await serveSite(SITE);
const pages = { home: '/', article: anArticle(), timeline: '/timeline/' };
console.log('| page | performance | accessibility | best practices | SEO |');
console.log('| --- | --- | --- | --- | --- |');
let low = false;
for (const [name, path] of Object.entries(pages)) {
  // Asynchronous: the site is served from this same process.
  const run = await promisify(execFile)(
    process.execPath,
    [
      join('node_modules', 'lighthouse', 'cli', 'index.js'),
      base + path,
      '--chrome-flags=--headless=new --no-sandbox',
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      `--only-categories=${CATEGORIES.join(',')}`,
    ],
    { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' } },
  );
  const report = JSON.parse(run.stdout) as { categories: Record<string, { score: number }> };
  const scores = CATEGORIES.map((c) => Math.round(report.categories[c]!.score * 100));
  low ||= scores.some((s) => s < 95);
  console.log(`| ${name} | ${scores.join(' | ')} |`);
}
server.close();
process.exitCode = low ? 1 : 0;
