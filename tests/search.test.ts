// The search page in a real browser, on the five shipped articles: filters with counts, sorts,
// the search in the URL and in history, passages lit up on the article, keys, and no JavaScript.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { filterOptions, servedInBrowser } from './helpers/browser.ts';

/** The results on show once the status has settled: each result's link, date and publisher. */
async function results(page: Page) {
  await page.waitForFunction(() => /results?\b/.test(document.getElementById('search-status')?.textContent ?? ''));
  return page.$$eval('#search-results li', (items) =>
    items.map((li) => ({
      href: li.querySelector('.result-link')?.getAttribute('href') ?? '',
      date: li.querySelector('.result-date')?.textContent ?? '',
      publisher: li.querySelector('.result-publisher')?.textContent ?? '',
    })),
  );
}

const options = filterOptions;

describe('the search page', () => {
  const site = servedInBrowser();
  let page: Page;
  const open = async (query: string) => {
    await page.goto(`${site.base}/search/?${query}`);
    return results(page);
  };
  before(async () => {
    page = await site.browser.newPage();
  });

  it('narrows by year: Blinken in 2023 finds the two 2023 articles, in 2020 none', async () => {
    const found = await open('q=Blinken&year=2023');
    assert.deepEqual(found.map((r) => r.href.slice(0, 9)).sort(), ['/2023/09/', '/2023/09/']);
    assert.deepEqual(await open('q=Blinken&year=2020'), []);
    assert.match((await page.textContent('#search-status')) ?? '', /^No results for “Blinken”, in 2020$/);
  });

  it('counts each filter value with the query, and offers the other values of a chosen filter', async () => {
    await open('q=Blinken');
    assert.deepEqual(await options(page, 'year'), ['2023 (2)']);
    await open('q=Karabakh');
    assert.deepEqual(await options(page, 'year'), ['2023 (2)', '2020 (3)']);
    await open('q=Karabakh&year=2020');
    assert.deepEqual(await options(page, 'year'), ['2023 (2)', '2020 (3)'], 'the years stay offered once one is chosen');
    assert.deepEqual(await options(page, 'month'), ['November 2020 (1)', 'October 2020 (2)'], 'months within 2020 only');
  });

  it('loads filter data only once the filters are opened, or a search uses one', async () => {
    const filterData: string[] = [];
    const seen = (response: { url(): string }) => void (response.url().includes('/filter/') && filterData.push(response.url()));
    page.on('response', seen);
    await open('q=Karabakh');
    assert.equal(await page.$eval('#search-filters', (d) => (d as HTMLDetailsElement).open), false);
    assert.deepEqual(filterData, [], 'a search without filters downloads no filter data');
    assert.deepEqual(await options(page, 'year'), ['2023 (2)', '2020 (3)'], 'opened, the filters count the search on show');
    assert.ok(filterData.length > 0);
    await open('year=2023');
    assert.equal(await page.$eval('#search-filters', (d) => (d as HTMLDetailsElement).open), true, 'a search with a filter shows the filters');
    page.off('response', seen);
  });

  it('combines filters, and lists what filters match with no query', async () => {
    const turan = await open('publisher=Turan');
    assert.equal(turan.length, 1);
    assert.equal(turan[0]!.publisher, 'Turan');
    assert.deepEqual(await open('publisher=Turan&year=2023'), []);
    assert.equal((await open('month=2020-10')).length, 2);
    assert.equal((await open('lang=en')).length, 5);
    const topic = (await options(page, 'topic'))[0]!;
    assert.match(topic, /^Nagorno-Karabakh \(\d\)$/);
  });

  it('sorts oldest first and newest first', async () => {
    const oldest = await open('q=Karabakh&sort=oldest');
    assert.equal(oldest.length, 5);
    assert.deepEqual(oldest.map((r) => r.href.slice(0, 11)), ['/2020/10/06', '/2020/10/07', '/2020/11/22', '/2023/09/19', '/2023/09/20']);
    const newest = await open('q=Karabakh&sort=newest');
    assert.deepEqual(newest.map((r) => r.href), oldest.map((r) => r.href).reverse());
  });

  it('restores query, filters and sort from a shared URL, and keeps every value in the URL it writes', async () => {
    await open('q=Karabakh&year=2020&sort=oldest');
    assert.equal(await page.inputValue('#search-input'), 'Karabakh');
    assert.equal(await page.inputValue('select[name="year"]'), '2020');
    assert.equal(await page.inputValue('select[name="sort"]'), 'oldest');
    await page.selectOption('select[name="month"]', '2020-10');
    await page.waitForURL((url) => url.searchParams.get('month') === '2020-10');
    const url = new URL(page.url());
    assert.deepEqual([...url.searchParams], [['q', 'Karabakh'], ['year', '2020'], ['month', '2020-10'], ['sort', 'oldest']]);
    assert.equal((await results(page)).length, 2);
  });

  it('walks back through earlier searches', async () => {
    await open('q=Blinken');
    await page.fill('#search-input', 'CSTO');
    await page.waitForURL(/q=CSTO/);
    await page.selectOption('select[name="sort"]', 'newest');
    await page.waitForURL(/sort=newest/);
    await page.goBack();
    await page.waitForURL((url) => url.search === '?q=CSTO');
    assert.equal(await page.inputValue('select[name="sort"]'), '');
    await page.goBack();
    await page.waitForURL((url) => url.search === '?q=Blinken');
    assert.equal(await page.inputValue('#search-input'), 'Blinken');
    await page.waitForFunction(() => document.getElementById('search-status')?.textContent === '2 results for “Blinken”');
  });

  it('shows date, publisher and the matched words, and opens the article at the matched passage, lit up', async () => {
    await page.setViewportSize({ width: 800, height: 400 });
    const [result] = await open('q=CSTO');
    assert.equal(result!.date, '7 October 2020');
    assert.equal(await page.textContent('#search-results mark'), 'CSTO');
    const passage = decodeURIComponent(/#:~:text=(.+)$/.exec(result!.href)![1]!);
    assert.match(passage, /^CSTO\b/);
    await Promise.all([page.waitForURL(/\/2020\/10\/07\//), page.click('.result-link')]);
    const body = (await page.textContent('main'))!.replace(/\s+/g, ' ');
    assert.ok(body.includes(passage), `the article holds “${passage}”`);
    await page.waitForFunction(() => window.scrollY > 0); // scrolled down to the passage
    assert.equal(await page.locator('script').count(), 1, 'the article page runs no script (its JSON-LD is data)');
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  it('lands on the results from the search box of an article page', async () => {
    await page.goto(`${site.base}/2020/11/22/turkish-military-to-be-in-karabakh-ibrahim-kalyn/`);
    await page.fill('#header-q', 'Kalyn');
    await Promise.all([page.waitForURL(/\/search\/\?q=Kalyn$/), page.press('#header-q', 'Enter')]);
    assert.equal((await results(page)).length, 1);
  });

  it('focuses the box on "/", clears it on Escape, and announces the count', async () => {
    await open('q=Blinken');
    await page.focus('body');
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-input');
    await page.keyboard.press('Escape');
    assert.equal(await page.inputValue('#search-input'), '');
    await page.waitForURL((url) => url.search === '');
    assert.equal(await page.getAttribute('#search-status', 'role'), 'status');
    assert.equal(await page.getAttribute('#search-status', 'aria-live'), 'polite');
  });

  it('without JavaScript says search needs it, and links to the timeline, topics and sources', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const bare = await context.newPage();
    await bare.goto(`${site.base}/search/?q=Blinken`);
    const note = (await bare.content()).match(/<noscript>([\s\S]*?)<\/noscript>/)![1]!;
    assert.match(note, /needs JavaScript/);
    for (const href of ['/timeline/', '/topics/', '/sources/']) assert.ok(note.includes(`href="${href}"`), href);
    assert.equal(await bare.isVisible('#search-options'), false, 'no filters that cannot work');
    await context.close();
  });
});
