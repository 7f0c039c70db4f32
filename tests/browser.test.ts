// What a reader does in the browser: search the archive, open a result, walk the timeline.
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { filterOptions, launchBrowser, searchFor, servedBuild, servedInBrowser } from './helpers/browser.ts';
import { expected } from './helpers/seeds.ts';

const titleOf = (file: string) => expected.find((e) => e.file === file)!.title!;

describe('the built archive in a browser', () => {
  const site = servedInBrowser();
  let page: Page;

  before(async () => {
    page = await site.browser.newPage();
  });

  const search = (query: string) => searchFor(page, `${site.base}/search/`, query);

  it('finds CSTO in the Kremlin article only', async () => {
    const results = await search('CSTO');
    assert.equal(results.length, 1);
    assert.equal(results[0]!.title, titleOf('002_e72488cbe2a1e983.txt'));
    assert.equal(results[0]!.date, '7 October 2020');
  });

  it('finds Blinken in both 2023 articles, and Kalyn in the Turan article', async () => {
    const blinken = await search('Blinken');
    assert.equal(blinken.length, 2);
    assert.deepEqual(blinken.map((r) => r.href.slice(0, 12)).sort(), ['/2023/09/19/', '/2023/09/20/']);
    const kalyn = await search('Kalyn');
    assert.equal(kalyn.length, 1);
    assert.equal(kalyn[0]!.title, titleOf('001_9a3c99891371a24f.txt'));
  });

  it('finds nothing that ingest removed', async () => {
    for (const query of ['phpMyAdmin', 'Advertisement', 'cookies']) {
      assert.deepEqual(await search(query), [], query);
      assert.match((await page.textContent('#search-status')) ?? '', /^No results for/);
    }
  });

  it('opens the article when a result is clicked', async () => {
    await search('Kalyn');
    await Promise.all([page.waitForURL(/\/2020\/11\/22\/[a-z0-9-]+\/(#.*)?$/), page.click('.result-link')]);
    assert.equal(await page.textContent('h1'), titleOf('001_9a3c99891371a24f.txt'));
  });

  it("runs the home page's search form on the search page", async () => {
    await page.goto(site.base);
    await page.fill('#q', 'CSTO');
    await Promise.all([page.waitForURL(/\/search\/\?q=CSTO$/), page.click('.search-form button')]);
    await page.waitForSelector('.result-link');
    assert.equal(await page.inputValue('#search-input'), 'CSTO');
  });

  it('walks from the home page down the timeline to an article', async () => {
    await page.goto(site.base);
    await page.click('nav >> text=Timeline');
    await page.click('a[href="/timeline/2020/"]');
    await page.click('h2 >> text=October 2020');
    assert.equal(await page.textContent('h1'), 'October 2020');
    await page.click(`text=${titleOf('000_7c93cf6c4b324b37.txt')}`);
    assert.equal(await page.textContent('h1'), titleOf('000_7c93cf6c4b324b37.txt'));
    assert.equal(await page.getAttribute('time', 'datetime'), '2020-10-06');
  });
});

describe('a hostile article in search results', () => {
  const site = servedInBrowser({
    'hostile.txt': 'Hostile Markup Story\n\nThe page says <img src=x onerror="window.hacked=1"> and <script>window.hacked=2</script> in plain words today.',
  });

  it('shows markup from the article as text in results and runs none of it', async () => {
    const page = await site.browser.newPage();
    const results = await searchFor(page, `${site.base}/search/`, 'onerror');
    assert.equal(results.length, 1);
    assert.equal(await page.locator('#search-results img, #search-results script').count(), 0);
    assert.match((await page.textContent('#search-results .excerpt')) ?? '', /<img src=x/);
    assert.equal(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked), undefined);
  });
});

describe('search over an index in parts', () => {
  let browser: Browser;
  const servers: Server[] = [];
  const bases: string[] = [];
  const parts: number[] = [];

  before(async () => {
    // The shipped archive indexed whole, and in parts of at most two articles.
    for (const env of [{}, { CLIPPINGS_SEARCH_PART_ARTICLES: '2' }] as Array<Record<string, string>>) {
      const { dir, url, server } = await servedBuild(undefined, env);
      parts.push(JSON.parse(readFileSync(join(dir, '_site/pagefind/parts.json'), 'utf8')).parts.length);
      bases.push(url);
      servers.push(server);
    }
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    for (const server of servers) server.close();
  });

  it('finds the same articles as one index does', async () => {
    assert.deepEqual(parts, [1, 3]);
    const page = await browser.newPage();
    for (const query of ['CSTO', 'Blinken', 'Kalyn', 'Karabakh', 'ceasefire', 'Azerbaijan', 'phpMyAdmin']) {
      const found: string[][] = [];
      for (const base of bases) found.push((await searchFor(page, `${base}/search/`, query)).map((r) => r.href).sort());
      assert.deepEqual(found[1], found[0], query);
      if (!['phpMyAdmin'].includes(query)) assert.ok(found[0]!.length > 0, `${query} finds something`);
    }
  });

  it("shows the first part's results while the other parts load, then the whole list", async () => {
    const page = await browser.newPage();
    const { parts: [first, ...others] } = (await (await page.request.get(`${bases[1]}/pagefind/parts.json`)).json()) as { parts: Array<{ path: string }> };
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(
      (url) => others.some((part) => url.pathname.startsWith(part.path)),
      async (route) => {
        await held;
        await route.continue();
      },
    );
    await page.goto(`${bases[1]}/search/?q=Karabakh`);
    await page.waitForSelector('#search-results li');
    assert.equal(await page.textContent('#search-status'), 'Searching…', 'the other parts are still loading');
    const shownFirst = await page.$$eval('.result-link', (links) => links.map((a) => a.getAttribute('href') ?? ''));
    assert.ok(first && shownFirst.length > 0 && shownFirst.every((href) => href.startsWith('/2023/09/')), `the newest part's articles first: ${shownFirst}`);
    release();
    await page.waitForFunction(() => /results? for “Karabakh”$/.test(document.getElementById('search-status')?.textContent ?? ''));
    const whole = await page.$$eval('.result-link', (links) => links.map((a) => a.getAttribute('href') ?? ''));
    assert.deepEqual(whole.sort(), (await searchFor(page, `${bases[0]}/search/`, 'Karabakh')).map((r) => r.href).sort(), 'then the whole list, as one index gives it');
  });

  it('sorts, filters and counts the same as one index does', async () => {
    const page = await browser.newPage();
    for (const search of ['q=Karabakh&sort=oldest', 'q=Karabakh&sort=newest', 'sort=newest', 'q=Karabakh&year=2020&sort=oldest', 'topic=Armenia']) {
      const seen: Array<{ hrefs: string[]; years: string[] }> = [];
      for (const base of bases) {
        await page.goto(`${base}/search/?${search}`);
        await page.waitForFunction(() => /results?\b/.test(document.getElementById('search-status')?.textContent ?? ''));
        seen.push({
          hrefs: await page.$$eval('.result-link', (links) => links.map((a) => a.getAttribute('href') ?? '')),
          years: await filterOptions(page, 'year'),
        });
      }
      assert.deepEqual(seen[1], seen[0], search);
      assert.ok(seen[0]!.hrefs.length > 0, search);
    }
  });
});

describe('a search with more results than one page shows', () => {
  const articles: Record<string, string> = {};
  for (let k = 0; k < 45; k++) {
    articles[`report-${k}.txt`] =
      `Harbour report number ${k}\n\nPublished: March ${1 + (k % 28)}, 2021\n\n` +
      `The harbour of the town number ${k} was reopened on Monday after repairs that took several months, officials said at a news conference.\n`;
  }
  const site = servedInBrowser(articles, { CLIPPINGS_SEARCH_PART_ARTICLES: '16' });

  it('shows 20 results, then the next ones below them at each "More results", until there are no more', async () => {
    const page = await site.browser.newPage();
    assert.equal((await searchFor(page, `${site.base}/search/`, 'harbour')).length, 20);
    assert.equal(await page.textContent('#search-status'), '20+ results for “harbour”');
    await page.click('#search-more');
    await page.waitForFunction(() => document.querySelectorAll('#search-results li').length === 40);
    assert.equal(await page.textContent('#search-status'), '40+ results for “harbour”');
    await page.click('#search-more');
    await page.waitForFunction(() => document.querySelectorAll('#search-results li').length === 45);
    assert.equal(await page.textContent('#search-status'), '45 results for “harbour”');
    assert.equal(await page.isHidden('#search-more'), true);
    const hrefs = await page.$$eval('#search-results .result-link', (links) => links.map((a) => a.getAttribute('href')));
    assert.equal(new Set(hrefs).size, 45);
  });
});
