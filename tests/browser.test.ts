// What a reader does in the browser: search the archive, open a result, walk the timeline.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { filterOptions, searchFor, servedBuild, servedInBrowser, servedSitesInBrowser, serveSite } from './helpers/browser.ts';
import { makeProject, runCli } from './helpers/project.ts';
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
  const parts: number[] = [];
  // The shipped archive indexed whole, and in parts of at most two articles.
  const sites = servedSitesInBrowser(async () => {
    const served = [];
    for (const env of [{}, { CLIPPINGS_SEARCH_PART_ARTICLES: '2' }] as Array<Record<string, string>>) {
      const site = await servedBuild(undefined, env);
      parts.push(JSON.parse(readFileSync(join(site.dir, '_site/pagefind/parts.json'), 'utf8')).parts.length);
      served.push(site);
    }
    return served;
  });

  it('finds the same articles as one index does', async () => {
    assert.deepEqual(parts, [1, 3]);
    const page = await sites.browser.newPage();
    for (const query of ['CSTO', 'Blinken', 'Kalyn', 'Karabakh', 'ceasefire', 'Azerbaijan', 'phpMyAdmin']) {
      const found: string[][] = [];
      for (const base of sites.bases) found.push((await searchFor(page, `${base}/search/`, query)).map((r) => r.href).sort());
      assert.deepEqual(found[1], found[0], query);
      if (!['phpMyAdmin'].includes(query)) assert.ok(found[0]!.length > 0, `${query} finds something`);
    }
  });

  it("shows the first part's results while the other parts load, then the whole list", async () => {
    const page = await sites.browser.newPage();
    const { parts: [first, ...others] } = (await (await page.request.get(`${sites.bases[1]}/pagefind/parts.json`)).json()) as { parts: Array<{ path: string }> };
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(
      (url) => others.some((part) => url.pathname.startsWith(part.path)),
      async (route) => {
        await held;
        await route.continue();
      },
    );
    await page.goto(`${sites.bases[1]}/search/?q=Karabakh`);
    await page.waitForSelector('#search-results li');
    assert.equal(await page.textContent('#search-status'), 'Searching…', 'the other parts are still loading');
    const shownFirst = await page.$$eval('.result-link', (links) => links.map((a) => a.getAttribute('href') ?? ''));
    assert.ok(first && shownFirst.length > 0 && shownFirst.every((href) => href.startsWith('/2023/09/')), `the newest part's articles first: ${shownFirst}`);
    release();
    await page.waitForFunction(() => /results? for “Karabakh”$/.test(document.getElementById('search-status')?.textContent ?? ''));
    const whole = await page.$$eval('.result-link', (links) => links.map((a) => a.getAttribute('href') ?? ''));
    assert.deepEqual(whole.sort(), (await searchFor(page, `${sites.bases[0]}/search/`, 'Karabakh')).map((r) => r.href).sort(), 'then the whole list, as one index gives it');
  });

  it('sorts, filters and counts the same as one index does', async () => {
    const page = await sites.browser.newPage();
    for (const search of ['q=Karabakh&sort=oldest', 'q=Karabakh&sort=newest', 'sort=newest', 'q=Karabakh&year=2020&sort=oldest', 'topic=Armenia']) {
      const seen: Array<{ hrefs: string[]; years: string[] }> = [];
      for (const base of sites.bases) {
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

describe('search after articles are edited and removed, as a clean build of the same articles', () => {
  // The shipped archive in parts of two, then the Kremlin article edited (CSTO renamed, a new word)
  // and one of the 2023 articles removed: rebuilt, their parts withdraw them. Beside it, the same
  // articles built from nothing as one index.
  const sites = servedSitesInBrowser(async () => {
    const edited = { file: '002_e72488cbe2a1e983.txt', text: (t: string) => `${t.replaceAll('CSTO', 'Tashkent Treaty')}\n\nAn editor's note on quillworts.\n` };
    const small = { CLIPPINGS_SEARCH_PART_ARTICLES: '2' };
    const dir = await makeProject();
    for (const change of [
      async () => {},
      async () => {
        await writeFile(join(dir, 'articles', edited.file), edited.text(readFileSync(join(dir, 'articles', edited.file), 'utf8')));
        await rm(join(dir, 'articles/004_50e2646faf1d8608.txt'));
      },
    ]) {
      await change();
      const run = await runCli(dir, ['build'], small);
      assert.equal(run.code, 0, run.stderr);
    }
    const { parts } = JSON.parse(readFileSync(join(dir, '_site/pagefind/parts.json'), 'utf8')) as { parts: Array<{ withdrawn?: unknown[] }> };
    assert.equal(parts.flatMap((p) => p.withdrawn ?? []).length, 2, 'both withdrawn from parts that were kept');
    const clean = Object.fromEntries(readdirSync(join(dir, 'articles')).map((f) => [f, readFileSync(join(dir, 'articles', f), 'utf8')]));
    return [await serveSite(join(dir, '_site')), await servedBuild(clean)];
  });

  it('finds, sorts, filters and counts what the clean build does', async () => {
    const page = await sites.browser.newPage();
    for (const search of ['q=CSTO', 'q=Kalyn', 'q=quillworts', 'q=Karabakh', 'q=Karabakh&sort=oldest', 'sort=newest', 'year=2020', 'topic=Armenia', 'q=Russia&year=2020']) {
      const seen: Array<{ hrefs: string[]; years: string[]; topics: string[] }> = [];
      for (const base of sites.bases) {
        await page.goto(`${base}/search/?${search}`);
        await page.waitForFunction(() => /results?\b/.test(document.getElementById('search-status')?.textContent ?? ''));
        const hrefs = await page.$$eval('.result-link', (links) => links.map((a) => a.getAttribute('href') ?? ''));
        // By relevance, parts score apart from one index (as in the suite above): the same set.
        if (search.startsWith('q=') && !search.includes('sort=')) hrefs.sort();
        // Counted filter options exist only for a search that finds something.
        seen.push({ hrefs, years: hrefs.length ? await filterOptions(page, 'year') : [], topics: hrefs.length ? await filterOptions(page, 'topic') : [] });
      }
      assert.deepEqual(seen[0], seen[1], search);
    }
    // The filters over the whole archive, before any search.
    const whole: string[][] = [];
    for (const base of sites.bases) {
      await page.goto(`${base}/search/`);
      whole.push([...(await filterOptions(page, 'year')), ...(await filterOptions(page, 'topic'))]);
    }
    assert.deepEqual(whole[0], whole[1]);
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
