// Whole builds through the real command line, in throwaway copies of the project.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import matter from 'gray-matter';
import { between, decodeEntities, pages, withoutJsonLd } from './helpers/html.ts';
import { seededRandom } from './helpers/random.ts';
import { makeProject, runCli, type Run } from './helpers/project.ts';
import { expected, SEEDS_DIR } from './helpers/seeds.ts';

/** The shipped archive: each seed's date, from its text or from the front matter FACTS.md gave. */
const SHIPPED_DATES: Record<string, string> = {
  '000_7c93cf6c4b324b37.txt': '2020-10-06',
  '001_9a3c99891371a24f.txt': '2020-11-22',
  '002_e72488cbe2a1e983.txt': '2020-10-07',
  '003_a55ffd8520ec0fa7.txt': '2023-09-20',
  '004_50e2646faf1d8608.txt': '2023-09-19',
};
const SENTENCE = 'The talks in the capital went on until late in the evening without any result.';

describe('building the shipped archive', () => {
  let dir: string;
  let run: Run;
  before(async () => {
    dir = await makeProject();
    run = await runCli(dir, ['build']);
  });

  it('exits 0 and prints a summary', () => {
    assert.equal(run.code, 0, run.stderr);
    // uncertain: the article whose title is derived from its opening sentence
    assert.match(run.stdout, /5 articles built, 0 undated, 1 with warnings, 1 uncertain, 0 duplicates, 0 rejected in [\d.]+ s/);
  });

  it('writes every article page at /YYYY/MM/DD/<slug>/ with its title and date', () => {
    const articlePages = pages(join(dir, '_site')).filter((p) => /^\d{4}\/\d{2}\/\d{2}\/[a-z0-9-]+\/index\.html$/.test(p.path));
    assert.equal(articlePages.length, 5);
    for (const want of expected) {
      const date = SHIPPED_DATES[want.file]!;
      const page = articlePages.find((p) => p.html.includes(`<code>${want.file}</code>`));
      assert.ok(page, `page for ${want.file}`);
      assert.ok(page.path.startsWith(date.replace(/-/g, '/')), `${page.path} is under ${date}`);
      const title = decodeEntities(between(page.html, /<h1>/, '</h1>')!);
      if (want.title) assert.equal(title, want.title);
      assert.match(page.html, new RegExp(`<time datetime="${date}">`));
      const body = between(page.html, /<div class="body">/, '</div>')!;
      for (const s of want.keep) assert.ok(decodeEntities(body).includes(s), `${want.file} keeps "${s}"`);
      for (const s of [...want.drop, 'phpMyAdmin']) assert.ok(!decodeEntities(body).includes(s), `${want.file} drops "${s}"`);
    }
  });

  it('writes the timeline: every year and month with counts, newest first, linking down', () => {
    const site = join(dir, '_site');
    const timeline = between(readFileSync(join(site, 'timeline/index.html'), 'utf8'), /<ul class="timeline">/, '</main>')!;
    assert.ok(timeline.indexOf('/timeline/2023/') < timeline.indexOf('/timeline/2020/'), 'newest year first');
    assert.match(timeline, /<a href="\/timeline\/2020\/">2020<\/a> <span class="count">\(3\)<\/span>/);
    assert.match(timeline, /<a href="\/timeline\/2020\/10\/">October 2020<\/a> <span class="count">\(2\)<\/span>/);
    for (const page of ['2020', '2020/10', '2020/11', '2023', '2023/09']) assert.ok(existsSync(join(site, 'timeline', page, 'index.html')), page);
    const october = readFileSync(join(site, 'timeline/2020/10/index.html'), 'utf8');
    assert.ok(october.indexOf('7 October 2020') < october.indexOf('6 October 2020'), 'newest article first');
  });

  it("shows each article's original text on its page, with what was removed marked", () => {
    const page = pages(join(dir, '_site')).find((p) => p.path.startsWith('2020/10/07/'))!;
    assert.ok(page, 'the Kremlin article');
    const original = between(page.html, /<ol class="original">/, '</ol>')!;
    assert.match(original, /<li value="2" class="moved">date: 2020-10-07 <span class="reason">\(editorial front matter\)<\/span><\/li>/);
    assert.match(original, /<li value="\d+" class="moved">Compiled by: Basma Qaddour <span class="reason">\(byline\)<\/span><\/li>/);
    assert.match(original, /<li value="\d+" class="removed"><del>You might also like<\/del>/);
    assert.match(original, /<li value="\d+">[^<]*Kremlin/);
  });

  it('links the home page to the latest articles, the timeline and search', () => {
    const home = readFileSync(join(dir, '_site/index.html'), 'utf8');
    assert.match(home, /href="\/timeline\/"/);
    assert.match(home, /action="\/search\/"/);
    assert.equal(home.match(/<li>\s*<a href="\/20\d\d\//g)?.length, 5);
  });

  it('indexes one search page per article, and has no script outside the search page', () => {
    const { parts } = JSON.parse(readFileSync(join(dir, '_site/pagefind/parts.json'), 'utf8'));
    assert.deepEqual(parts.map((p: { articles: number }) => p.articles), [5]);
    assert.match(parts[0].path, /^\/pagefind\/[0-9a-f]{16}\/$/);
    const entry = JSON.parse(readFileSync(join(dir, '_site', parts[0].path, 'pagefind-entry.json'), 'utf8'));
    assert.equal(entry.languages.en.page_count, 5);
    for (const page of pages(join(dir, '_site'))) {
      if (page.path !== 'search/index.html') assert.doesNotMatch(withoutJsonLd(page.html), /<script/i, page.path);
    }
  });
});

describe('building an archive with undated, hostile and bad files', () => {
  let dir: string;
  let run: Run;
  before(async () => {
    dir = await makeProject({
      'undated.txt': `A Story Without a Date\n\n${SENTENCE}`,
      'hostile.txt': [
        'Markup <b>in</b> the {{ headline }}',
        '',
        `${SENTENCE} {{ 7*7 }} {% raw %} <script>alert(1)</script> <img src=x onerror="alert(2)">`,
        '',
        '[click me](javascript:alert(3)) and <a href="javascript:alert(4)">this</a> &lt;b&gt; stays as written.',
      ].join('\n'),
      'empty.txt': '   \n',
      'ok.txt': `Another Story\n\ndate 2021-05-04\n\n${SENTENCE}`,
    });
    run = await runCli(dir, ['build']);
  });

  it('reports the bad file with its name and reason, builds the rest, and exits 1', () => {
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^articles\/empty\.txt: rejected: empty file/m);
    assert.match(run.stdout, /^articles\/undated\.txt: warning: undated/m);
    assert.match(run.stdout, /3 articles built, 2 undated, 2 with warnings, 3 uncertain, 0 duplicates, 1 rejected/);
    assert.ok(existsSync(join(dir, '_site/2021/05/04/another-story/index.html')));
  });

  it('puts an undated article at /undated/<slug>/ and lists it under Undated', () => {
    assert.ok(existsSync(join(dir, '_site/undated/a-story-without-a-date/index.html')));
    const undated = readFileSync(join(dir, '_site/timeline/undated/index.html'), 'utf8');
    assert.match(undated, /href="\/undated\/a-story-without-a-date\/"/);
    assert.match(readFileSync(join(dir, '_site/timeline/index.html'), 'utf8'), /href="\/timeline\/undated\/">Undated<\/a> <span class="count">\(2\)/);
  });

  it('shows markup, template syntax and javascript: links in an article as text', () => {
    const page = pages(join(dir, '_site')).find((p) => p.path.startsWith('undated/markup-'))!;
    assert.ok(page, 'hostile article page');
    const article = between(page.html, /<article class="article">/, '</article>')!;
    assert.doesNotMatch(article, /<script|<img|<b>|<a href="javascript:/i);
    assert.doesNotMatch(article, /<[^>]*\son\w+=/i, 'no tag carries an event attribute');
    assert.match(article, /\{\{ 7\*7 \}\} \{% raw %\} &lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(article, /<h1>Markup &lt;b&gt;in&lt;\/b&gt; the \{\{ headline \}\}<\/h1>/);
    assert.match(article, /\[click me\]\(javascript:alert\(3\)\)/);
    assert.match(article, /&amp;lt;b&amp;gt; stays as written/);
  });
});

describe('the ingest command', () => {
  it('writes one front-matter Markdown file per raw file, with the fields a reader needs', async () => {
    const raw = Object.fromEntries(expected.map((e) => [e.file, readFileSync(SEEDS_DIR + e.file)]));
    const dir = await makeProject(raw);
    const out = join(dir, 'out');
    const run = await runCli(dir, ['ingest', '--input', 'articles', '--output', out]);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /5 ingested, 0 rejected/);
    for (const want of expected) {
      const file = join(out, want.file.replace(/\.txt$/, '.md'));
      const { data, content } = matter(readFileSync(file, 'utf8'));
      assert.equal(data.sourceFile, want.file);
      assert.equal(data.sha256, createHash('sha256').update(readFileSync(SEEDS_DIR + want.file)).digest('hex'));
      assert.equal(typeof data.title, 'string');
      assert.equal(data.titleDerived ?? false, want.title === null);
      assert.equal(data.date ?? null, want.date);
      assert.equal(data.author ?? null, want.author);
      if (want.dateline) assert.deepEqual([data.dateline, data.agency], [want.dateline, want.agency]);
      for (const s of want.keep) assert.ok(content.includes(s), `${want.file} keeps "${s}"`);
    }
  });

  it('refuses a symbolic link out of the input folder, with its reason', async () => {
    const dir = await makeProject({ 'ok.txt': `Another Story\n\n${SENTENCE}` });
    await symlink('/etc/hostname', join(dir, 'articles', 'escape.txt'));
    const run = await runCli(dir, ['ingest', '--input', 'articles', '--output', join(dir, 'out')]);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^articles\/escape\.txt: rejected: symbolic link pointing outside the archive folder$/m);
    assert.match(run.stdout, /1 ingested, 1 rejected/);
  });
});

describe('a large month and many undated articles', () => {
  it('lists them in pages of 100, and the year page shows ten of the month with a link to all', async () => {
    const files: Record<string, string> = {};
    for (let k = 0; k < 150; k++) files[`may/${k}.txt`] = `Story Of May Number ${k}\n\ndate 2021-05-${String((k % 28) + 1).padStart(2, '0')}\n\n${SENTENCE}`;
    for (let k = 0; k < 120; k++) files[`undated/${k}.txt`] = `Undated Story Number ${k}\n\n${SENTENCE}`;
    const dir = await makeProject(files);
    const run = await runCli(dir, ['build']);
    assert.equal(run.code, 0, run.stderr);
    const read = (path: string) => readFileSync(join(dir, '_site', path, 'index.html'), 'utf8');
    const items = (html: string) => html.match(/<li>\s*<a href="\/(2021|undated)\//g)?.length ?? 0;
    assert.equal(items(read('timeline/2021/05')), 100);
    assert.equal(items(read('timeline/2021/05/page/2')), 50);
    assert.match(read('timeline/2021/05'), /Page 1 of 2.*href="\/timeline\/2021\/05\/page\/2\/" rel="next"/s);
    assert.match(read('timeline/2021/05/page/2'), /href="\/timeline\/2021\/05\/" rel="prev"/);
    assert.equal(items(read('timeline/undated')), 100);
    assert.equal(items(read('timeline/undated/page/2')), 20);
    const year = read('timeline/2021');
    assert.equal(items(year), 10);
    assert.match(year, /href="\/timeline\/2021\/05\/">All 150 articles of May 2021<\/a>/);
  });
});

describe('rebuilding after a change', () => {
  const day = (n: number) => String(n).padStart(2, '0');
  // Each story its own text (drawn from a seeded generator): the same text twice would be one story
  // told twice, and each story's page would then name the other.
  const WORDS = SENTENCE.toLowerCase().replace('.', '').split(' ').concat(['river', 'bridge', 'council', 'vote', 'budget', 'school', 'road', 'winter', 'market', 'report']);
  const text = (n: number) => {
    const random = seededRandom(n);
    return `${Array.from({ length: 40 }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ')}.`;
  };
  // The first story and the added one name Vienna: the added one gives Vienna a topic page.
  const vienna = (n: number) => (n === 1 || n === 9 ? 'Ministers from Austria met in Vienna on Monday. ' : '');
  const story = (n: number) => `Story Number ${n}\n\nPublished: May ${n}, 2021\n\n${vienna(n)}${SENTENCE} ${text(n)}`;
  const url = (n: number) => `/2021/05/${day(n)}/story-number-${n}/`;
  const old = [1, 2, 3, 4, 5, 6, 7, 8];
  const env = { CLIPPINGS_SEARCH_PART_ARTICLES: '3' }; // 8 articles: 3 search parts
  const added = 9;
  const counts = (run: Run, stage: string) => new RegExp(`${stage} \\((\\d+) \\w+ \\w+, (\\d+) reused\\)`).exec(run.stdout)?.slice(1).map(Number);

  it('renders only the pages an added article changes and indexes only its part, linking the rest; a template change renders every page', async () => {
    const dir = await makeProject(Object.fromEntries(old.map((n) => [`story-${n}.txt`, story(n)])));
    const first = await runCli(dir, ['build'], env);
    assert.equal(first.code, 0, first.stderr);
    const page = (n: number) => join(dir, '_site', url(n), 'index.html');
    const inodes = () => old.map((n) => statSync(page(n)).ino);
    const before = inodes();

    await writeFile(join(dir, `articles/story-${added}.txt`), story(added));
    const second = await runCli(dir, ['build'], env);
    assert.equal(second.code, 0, second.stderr);
    assert.ok(counts(second, 'render')![1]! >= old.length - 1, second.stdout);
    // Only the added article is indexed, even though it gave another article's topic a page.
    assert.deepEqual(counts(second, 'search index'), [1, 3], second.stdout);
    assert.ok(existsSync(join(dir, '_site/topics/vienna/index.html')));
    assert.ok(existsSync(page(added)));
    assert.match(readFileSync(join(dir, '_site/index.html'), 'utf8'), /9 articles/);
    // Only the newest story before it (it now links to the added one as the newer article) and the
    // first (its Vienna is now a link, the added story related) change: their pages are new, every
    // other old page is the previous build's file.
    const after = inodes();
    const newest = Math.max(...old);
    const changed = [1, newest];
    for (const [i, n] of old.entries()) assert.equal(after[i] === before[i], !changed.includes(n), `story ${n} ${changed.includes(n) ? 'rendered again' : 'kept'}`);
    assert.match(readFileSync(page(newest), 'utf8'), new RegExp(`href="${url(added)}"`));

    // Nothing changed: nothing is rendered, indexed, linked or swapped; the site is the same files.
    const home = statSync(join(dir, '_site/index.html')).ino;
    const unchanged = await runCli(dir, ['build'], env);
    assert.equal(unchanged.code, 0, unchanged.stderr);
    assert.match(unchanged.stdout, /nothing changed, the site is as it was/);
    assert.equal(statSync(join(dir, '_site/index.html')).ino, home);
    assert.deepEqual(inodes(), after);

    await writeFile(join(dir, 'templates/_layouts/article.njk'), `${readFileSync(join(dir, 'templates/_layouts/article.njk'), 'utf8')}\n<!-- changed -->\n`);
    const third = await runCli(dir, ['build'], env);
    assert.equal(counts(third, 'render')![1], 0, third.stdout);
    assert.match(readFileSync(page(1), 'utf8'), /<!-- changed -->/);
  });

  it('ingests again when the lock file changes (a dependency of ingest may have changed its answers)', async () => {
    const dir = await makeProject(Object.fromEntries(old.slice(0, 2).map((n) => [`story-${n}.txt`, story(n)])));
    const versions = () => readdirSync(join(dir, '.clippings/cache'));
    assert.equal((await runCli(dir, ['build'])).code, 0);
    const [before] = versions();
    await writeFile(join(dir, 'package-lock.json'), '{"lockfileVersion": 3, "packages": {}}');
    assert.equal((await runCli(dir, ['build'])).code, 0);
    assert.notDeepEqual(versions(), [before], 'a new version of the cache, the old one removed');
    assert.equal(versions().length, 1);
  });
});
