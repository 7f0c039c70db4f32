// The browsing pages (topics, sources, related, neighbours, chart) and what machines read (feeds,
// sitemap, dataset, JSON-LD), built from the shipped archive through the real command line; and
// every page that shows other articles kept right when one is added and when it is removed.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { parseFeed } from '@rowanmanning/feed-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { parseSitemap } from 'sitemap';
import { Readable } from 'node:stream';
import { between, pages } from './helpers/html.ts';
import { makeProject, runCli } from './helpers/project.ts';
import type { Topic } from '../src/article.ts';
import { articleMeta } from './helpers/articles.ts';
import { seededRandom } from './helpers/random.ts';
import { browse, firstOf } from '../src/site/browse.ts';
import { RELATED_MAX } from '../src/site/settings.ts';

const read = (dir: string, path: string) => readFileSync(join(dir, '_site', path), 'utf8');
const BLINKEN = '/topics/antony-blinken/';

describe('related articles', () => {
  const person = (name: string): Topic => ({ name, kind: 'person' });
  const entry = (slug: string, date: string | undefined, topics: Topic[]) => ({ url: `/${slug}/`, article: articleMeta(slug, { date, topics }) });
  const relatedUrls = (entries: ReturnType<typeof entry>[], url: string) => browse(entries).contexts.get(url)!.related.map((l) => l.url);

  it('ranks by the rarer topics shared, then by closeness in time, and never lists the article itself', () => {
    const [common, rare] = [person('Common Name'), person('Rare Name')];
    const filler = Array.from({ length: 6 }, (_, i) => entry(`filler-${i}`, '2021-01-01', [common]));
    const entries = [
      entry('self', '2021-05-10', [common, rare]),
      entry('shares-rare', '2020-01-01', [rare]),
      entry('shares-common-near', '2021-05-11', [common]),
      entry('shares-common-far', '2019-05-11', [common]),
      ...filler,
    ];
    const related = relatedUrls(entries, '/self/');
    assert.equal(related.length, RELATED_MAX);
    assert.equal(related[0], '/shares-rare/', 'a rare topic outweighs a common one, even a year away');
    assert.equal(related[1], '/shares-common-near/', 'of equal topics, the nearer in time first');
    assert.ok(!related.includes('/self/'));
    assert.ok(!related.includes('/shares-common-far/'), 'the farthest of the equals left out');
  });

  it('orders equal scores as a stable sort does: newest first, then by title', () => {
    const topic = person('Shared Name');
    const entries = ['b', 'a', 'c'].map((slug) => entry(slug, '2021-05-01', [topic]));
    entries.push(entry('self', undefined, [topic]));
    assert.deepEqual(relatedUrls(entries, '/self/'), ['/a/', '/b/', '/c/']);
  });

  it('firstOf keeps what a stable sort puts first, ties in their order', () => {
    const random = seededRandom(7);
    const items = Array.from({ length: 200 }, (_, i) => ({ key: Math.floor(random() * 5), i }));
    const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
    for (const n of [0, 1, 5, 199, 300]) assert.deepEqual(firstOf(items, n, byKey), [...items].sort(byKey).slice(0, n));
  });
});

describe('browsing the shipped archive', () => {
  let dir: string;
  before(async () => {
    dir = await makeProject();
    const run = await runCli(dir, ['build']);
    assert.equal(run.code, 0, run.stderr);
  });

  it('lists the topics by kind with their counts, most covered first, and gives each a page of its articles', () => {
    const topics = read(dir, 'topics/index.html');
    const places = between(topics, /<h2>Places<\/h2>/, '</ul>')!;
    assert.match(places, /<a href="\/topics\/nagorno-karabakh\/">Nagorno-Karabakh<\/a> <span class="count">\(5\)<\/span>/);
    assert.ok(places.indexOf('Nagorno-Karabakh') < places.indexOf('United States'), 'most covered first');
    assert.match(between(topics, /<h2>People<\/h2>/, '</ul>')!, /Antony Blinken<\/a> <span class="count">\(2\)<\/span>/);
    const blinken = read(dir, `${BLINKEN}index.html`);
    assert.equal(blinken.match(/<li>\s*<a href="\/2023\//g)?.length, 2);
    assert.ok(blinken.indexOf('/2023/09/20/') < blinken.indexOf('/2023/09/19/'), 'newest first');
  });

  it('lists the sources and gives each a page', () => {
    const sources = read(dir, 'sources/index.html');
    for (const name of ['syriatimes.sy', 'visegrad24.info', 'Turan']) assert.match(sources, new RegExp(`>${name.replace('.', '\\.')}</a> <span class="count">\\(1\\)</span>`));
    assert.match(read(dir, 'sources/turan/index.html'), /Turkish Military to Be in Karabakh/);
  });

  it('shows on each article its topics as links, related articles, neighbours in time, reading time and the original URL', () => {
    const article = read(dir, '2023/09/19/calm-called-for-in-karabakh-amid-azerbaijans-anti-terrorism-operation-russia/index.html');
    assert.match(between(article, /<section class="topics"/, '</section>')!, new RegExp(`<a href="${BLINKEN}">Antony Blinken</a>`));
    const related = between(article, /<section class="related"/, '</section>')!;
    assert.ok(related.indexOf('/2023/09/20/') >= 0 && related.indexOf('/2023/09/20/') < related.indexOf('/2020/'), 'the article sharing the most topics, nearest in time, first');
    assert.match(article, /rel="prev">← Older: Turkish Military/);
    assert.match(article, /rel="next">Newer: The Azerbaijani president/);
    assert.match(article, /\d+ min read/);
    assert.match(article, /Original article: <a href="https:\/\/visegrad24\.info/);
    const ld = JSON.parse(between(article, /<script type="application\/ld\+json">/, '</script>')!);
    assert.equal(ld['@type'], 'NewsArticle');
    assert.equal(ld.datePublished, '2023-09-19');
    assert.match(ld.isBasedOn, /^https:\/\/visegrad24\.info/);
    assert.match(article, /<meta property="og:type" content="article">/);
    assert.match(article, /<link rel="canonical" href="http:\/\/localhost:8080\/2023\/09\/19\//);
    assert.doesNotMatch(article.replace(/<script type="application\/ld\+json">[^]*?<\/script>/, ''), /<script/, 'article pages ship no JavaScript');
  });

  it('charts articles per month on the timeline, each bar a link, with a table of the same figures', () => {
    const timeline = read(dir, 'timeline/index.html');
    const bars = between(timeline, /<ol class="bars">/, '</ol>')!;
    // October 2020 to September 2023: 36 months, three of them with articles.
    assert.equal(bars.match(/<li>/g)?.length, 36);
    assert.equal(bars.match(/<a href=/g)?.length, 3);
    assert.match(bars, /<a href="\/timeline\/2020\/10\/" style="height: 100%"[^>]*><span class="visually-hidden">October 2020: 2 articles<\/span>/);
    assert.match(between(timeline, /<table>/, '</table>')!, /<a href="\/timeline\/2023\/09\/">September 2023<\/a><\/th><td>2<\/td>/);
    assert.match(read(dir, 'timeline/2020/10/index.html'), /rel="next">November 2020 →/);
    assert.match(read(dir, 'timeline/2023/index.html'), /rel="prev">← 2020/);
  });

  it('writes Atom and JSON feeds of the latest articles that a feed parser reads', async () => {
    const atom = parseFeed(read(dir, 'feed.xml'));
    assert.equal(atom.items.length, 5);
    assert.match(atom.items[0]!.url!, /\/2023\/09\/20\//);
    const json = JSON.parse(read(dir, 'feed.json'));
    assert.equal(json.items.length, 5);
    assert.match(json.version, /jsonfeed\.org\/version\/1/);
  });

  it('writes a sitemap of every page a reader lands on, and robots.txt pointing to it', async () => {
    const urls = (await parseSitemap(Readable.from(read(dir, 'sitemap.xml')))).map((u) => u.url);
    const htmlPages = pages(join(dir, '_site')).filter((p) => p.path !== '404.html');
    assert.equal(urls.length, htmlPages.length);
    for (const page of htmlPages) assert.ok(urls.includes(`http://localhost:8080/${page.path.replace(/index\.html$/, '')}`), page.path);
    assert.match(read(dir, 'robots.txt'), /Sitemap: http:\/\/localhost:8080\/sitemap\.xml/);
  });

  it('publishes the archive as a dataset: a row per article in CSV and JSON Lines, linked from the home page', () => {
    const rows = parseCsv(read(dir, 'data/articles.csv'), { columns: true }) as Array<Record<string, string>>;
    const lines = read(dir, 'data/articles.jsonl').trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(rows.length, 5);
    assert.deepEqual(rows.map((r) => r.sha256), lines.map((l) => l.sha256));
    const row = rows.find((r) => r.sourceFile === '001_9a3c99891371a24f.txt')!;
    assert.equal(row.date, '2020-11-22');
    assert.equal(row.datePrecision, 'day');
    assert.match(row.topics!, /Ibrahim Kalin/);
    assert.ok(Number(row.wordCount) > 100);
    assert.match(read(dir, 'index.html'), /href="\/data\/articles\.csv"/);
  });

  it('exports the same rows with each article\'s cleaned text (clippings export)', async () => {
    const run = await runCli(dir, ['export', '--output', 'out']);
    assert.equal(run.code, 0, run.stderr);
    const rows = parseCsv(readFileSync(join(dir, 'out/articles.csv'), 'utf8'), { columns: true }) as Array<Record<string, string>>;
    const lines = readFileSync(join(dir, 'out/articles.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const site = parseCsv(read(dir, 'data/articles.csv'), { columns: true }) as Array<Record<string, string>>;
    assert.deepEqual(rows.map(({ text: _text, ...row }) => row), site);
    const kremlin = lines.find((l) => l.sourceFile === '002_e72488cbe2a1e983.txt');
    assert.match(kremlin.text, /CSTO/);
    assert.doesNotMatch(kremlin.text, /Advertisement/);
  });
});

describe('pages that show other articles, after one is added and removed', () => {
  const ADDED =
    '---\npublisher: The Caucasus Ledger\n---\nBlinken and Aliyev talk again\n\nPublished: September 21, 2023\n\nSecretary of State Antony Blinken spoke with Ilham Aliyev in Baku on Thursday about the talks with Armenia, which went on until late in the evening.\n';
  const URL = '/2023/09/21/blinken-and-aliyev-talk-again/';
  let dir: string;
  before(async () => {
    dir = await makeProject();
    assert.equal((await runCli(dir, ['build'])).code, 0);
    await writeFile(join(dir, 'articles/zz-added.txt'), ADDED);
    const run = await runCli(dir, ['build']);
    assert.equal(run.code, 0, run.stderr);
  });

  /** The pages that must name the added article while it is in the archive. */
  const dependents = (): Array<[string, string]> => [
    ['its older neighbour', '2023/09/20/the-azerbaijani-president-ilham-aliyev-explained-last-night-during-a-telephone/index.html'],
    ['the topic page', `${BLINKEN.slice(1)}index.html`],
    ['the source page', 'sources/the-caucasus-ledger/index.html'],
    ['the month page', 'timeline/2023/09/index.html'],
    ['the year page', 'timeline/2023/index.html'],
    ['the home page', 'index.html'],
    ['the Atom feed', 'feed.xml'],
    ['the JSON feed', 'feed.json'],
    ['the sitemap', 'sitemap.xml'],
    ['the dataset', 'data/articles.jsonl'],
  ];

  it('names the added article on every page that lists it, and in a related list', () => {
    assert.ok(existsSync(join(dir, '_site', URL, 'index.html')));
    for (const [what, path] of dependents()) assert.ok(read(dir, path).includes(URL), `${what} (${path})`);
    const older = read(dir, dependents()[0]![1]);
    assert.match(older, new RegExp(`href="${URL}" rel="next"`));
    const relatedSomewhere = pages(join(dir, '_site')).some((p) => between(p.html, /<section class="related"/, '</section>')?.includes(URL));
    assert.ok(relatedSomewhere, 'a related list names it');
  });

  it('names it nowhere once it is removed', async () => {
    await rm(join(dir, 'articles/zz-added.txt'));
    const run = await runCli(dir, ['build']);
    assert.equal(run.code, 0, run.stderr);
    assert.ok(!existsSync(join(dir, '_site', URL)));
    for (const [what, path] of dependents()) {
      if (existsSync(join(dir, '_site', path))) assert.ok(!read(dir, path).includes(URL), `${what} (${path})`);
    }
    assert.ok(!existsSync(join(dir, '_site/sources/the-caucasus-ledger')), 'a source with no article has no page');
    for (const page of pages(join(dir, '_site'))) assert.ok(!page.html.includes(URL), page.path);
  });
});
