// A real browser for tests: Debian's chromium, headless, driven by playwright-core, against the
// built site served on 127.0.0.1 only.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import sirv from 'sirv';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { makeProject, runCli } from './project.ts';

/** Debian's chromium (installed by tests/setup/ensure-chromium.sh); CHROMIUM_PATH overrides it. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    // Without the background-networking flags chromium keeps dialling out of this closed network.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Serves a built site folder as a static host would; resolves to its base URL. */
export async function serveSite(dir: string): Promise<{ url: string; server: Server }> {
  const server = createServer(sirv(dir, { dev: true }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

export interface Result {
  title: string;
  date: string;
  href: string;
}

/** Types a query into the search page as a person would and returns the results once shown. */
export async function searchFor(page: Page, searchUrl: string, query: string): Promise<Result[]> {
  await page.goto(searchUrl);
  await page.fill('#search-input', query);
  await page.waitForFunction(
    (q) => new RegExp(`results? for “${q}”$`).test(document.getElementById('search-status')?.textContent ?? ''),
    query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
  );
  return page.$$eval('#search-results li', (items) =>
    items.map((li) => ({
      title: li.querySelector('.result-link')?.textContent ?? '',
      date: li.querySelector('.result-date')?.textContent ?? '',
      href: li.querySelector('.result-link')?.getAttribute('href') ?? '',
    })),
  );
}

/** A project of `articles` (the shipped archive when none given) built with `env` and served. */
export async function servedBuild(articles?: Record<string, string>, env: Record<string, string> = {}): Promise<{ dir: string; url: string; server: Server }> {
  const dir = await makeProject(articles);
  const run = await runCli(dir, ['build'], env);
  assert.equal(run.code, 0, run.stdout + run.stderr);
  return { dir, ...(await serveSite(join(dir, '_site'))) };
}

/**
 * For the tests of the enclosing suite: the sites `serve` builds and serves, and a browser, made
 * before them and closed after them. `bases` are the sites' addresses, in `serve`'s order.
 */
export function servedSitesInBrowser(serve: () => Promise<Array<{ url: string; server: Server }>>): { browser: Browser; bases: string[] } {
  const sites = { bases: [] as string[] } as { browser: Browser; bases: string[] };
  const servers: Server[] = [];
  before(async () => {
    for (const { url, server } of await serve()) {
      sites.bases.push(url);
      servers.push(server);
    }
    sites.browser = await launchBrowser();
  });
  after(async () => {
    await sites.browser?.close();
    for (const server of servers) server.close();
  });
  return sites;
}

/** servedSitesInBrowser of one servedBuild; `base` is the site's address. */
export function servedInBrowser(articles?: Record<string, string>, env?: Record<string, string>): { browser: Browser; base: string } {
  const sites = servedSitesInBrowser(async () => [await servedBuild(articles, env)]);
  return {
    get browser() {
      return sites.browser;
    },
    get base() {
      return sites.bases[0]!;
    },
  };
}

/** A filter's options as shown once counted (`2023 (2)`), the filters opened first if they are closed. */
export async function filterOptions(page: Page, name: string) {
  if (!(await page.$eval('#search-filters', (d) => (d as HTMLDetailsElement).open))) await page.click('#search-filters summary');
  await page.waitForSelector(`select[name="${name}"] option:nth-child(2)`, { state: 'attached' });
  return page.$$eval(`select[name="${name}"] option`, (os) => os.slice(1).map((o) => o.textContent));
}
