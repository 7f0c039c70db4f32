// A corpus of bad, hostile and awkward article files, made here from code (no binary junk in the
// repository), built in one archive: every file is reported with its outcome, every good one is
// published, nothing in any file runs, and no page carries markup from a file.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { MAX_FILE_BYTES } from '../src/ingest/settings.ts';
import { between, decodeEntities, pages, withoutJsonLd } from './helpers/html.ts';
import { makeProject, runCli, type Run } from './helpers/project.ts';

const SENTENCE = 'The talks in the capital went on until late in the evening without any result.';
const BODY = `${SENTENCE}\n\n${SENTENCE} The delegates will meet again on Monday morning.`;
/** Code that, if anything ever ran it, would leave this file behind. */
const MARKER = join(tmpdir(), `clippings-executed-${process.pid}`);
const RUN_JS = `require('fs').writeFileSync('${MARKER}', 'ran')`;
const utf8 = (s: string) => new TextEncoder().encode(s);
const story = (title: string, date = 'Published: March 2, 2021', body = BODY) => `${title}\n\n${date}\n\n${body}`;

/** Files that must be skipped, with the reason the report gives. */
const REJECTED: Record<string, { content: string | Uint8Array; reason: RegExp }> = {
  'empty.txt': { content: '', reason: /empty file/ },
  'whitespace-only.txt': { content: ' \n\t \r\n\u00a0\n', reason: /empty file/ },
  'binary.txt': { content: Uint8Array.from({ length: 4096 }, (_, i) => (i * 37) % 256), reason: /binary file/ },
  'image.png.txt': { content: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), reason: /binary file/ },
  'only-boilerplate.txt': { content: '- Advertisement -\n\nShare on Facebook\n\nAccept cookies\n\nLeave a Reply\n', reason: /nothing left after removing boilerplate/ },
  'undecodable.txt': { content: Uint8Array.from([0xff, 0xfe, ...Array.from({ length: 200 }, (_, i) => (i % 2 ? 0xd8 : 0x00))]), reason: /undecodable/ },
  'front-matter-js.txt': { content: `---js\n{ title: ${RUN_JS} }\n---\n${story('Js Title')}`, reason: /front matter in "js" is not allowed/ },
  'front-matter-javascript.txt': { content: `---javascript\nmodule.exports = { title: ${RUN_JS} }\n---\n${story('Js Title')}`, reason: /front matter in "javascript" is not allowed/ },
  'front-matter-not-yaml.txt': { content: `---\ntitle: [unclosed\n---\n${story('Title')}`, reason: /front matter is not plain YAML/ },
  'front-matter-list.txt': { content: `---\n- one\n- two\n---\n${story('Title')}`, reason: /front matter must be a YAML mapping/ },
  'front-matter-unclosed.txt': { content: `---\ntitle: Never closed\n\n${BODY}`, reason: /not closed/ },
  'impossible-date.txt': { content: `---\ndate: 2023-02-30\n---\n${story('Title')}`, reason: /"2023-02-30" is not a real date/ },
  'yaml-alias-bomb.txt': {
    content: `---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n---\n${story('Title')}`,
    reason: /resource exhaustion|alias/i,
  },
  'yaml-js-tag.txt': { content: `---\ntitle: !!js/function "function () { ${RUN_JS} }"\n---\n${story('Title')}`, reason: /front matter is not plain YAML/ },
  'yaml-python-tag.txt': { content: `---\ntitle: !!python/object/apply:os.system ["touch ${MARKER}"]\n---\n${story('Title')}`, reason: /front matter is not plain YAML/ },
  'yaml-deep.txt': { content: `---\ntitle: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n---\n${story('Title')}`, reason: /front matter is not plain YAML/ },
  'javascript-url.txt': { content: `---\nurl: "javascript:alert(1)"\n---\n${story('Title')}`, reason: /not an http\(s\) address/ },
  'front-matter-title-object.txt': { content: `---\ntitle:\n  text: x\n---\n${story('Title')}`, reason: /must be plain text/ },
  'too-big.txt': { content: new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61), reason: /over the 20\.0 MB limit/ },
};

/** Files that must be published (some with warnings), and what their page must show. */
const BUILT: Record<string, { content: string | Uint8Array; warning?: RegExp; shows?: string[] }> = {
  'template-syntax.txt': {
    content: story(
      'Braces {{ title }} and {% raw %} tags',
      'Published: April 1, 2021',
      `${SENTENCE} {{ range.constructor("return global.process.mainModule.${RUN_JS.replace(/'/g, '\\"')}")() }} {% set x = 1 %}{{ x }} <%= 7*7 %> \${7*7}\n\n${SENTENCE}`,
    ),
    shows: ['{{ title }}', '{% set x = 1 %}{{ x }}', '<%= 7*7 %>', '${7*7}'],
  },
  'html-injection.txt': {
    content: story(
      'Markup <script>alert(1)</script> in the headline',
      'Published: April 2, 2021',
      [
        `${SENTENCE} <script>alert(2)</script> <img src=x onerror="alert(3)"> <iframe src="https://example.com"></iframe>`,
        `<svg onload=alert(4)> <style>body{display:none}</style> <a href="javascript:alert(5)">click</a> [link](javascript:alert(6)) and &lt;b&gt; as written.`,
        `<details open ontoggle=alert(7)>${SENTENCE}</details>`,
      ].join('\n\n'),
    ),
    shows: ['<script>alert(2)</script>', '<img src=x onerror="alert(3)">', '[link](javascript:alert(6))', '&lt;b&gt; as written'],
  },
  'front-matter-eleventy-fields.txt': {
    content: `---\ntitle: Overrides Nothing Of The Site\npermalink: /index.html\nlayout: ../../../etc/passwd\neleventyComputed:\n  permalink: /search/index.html\ntags: [articles]\n---\n${story('Headline')}`,
    warning: /front matter field "permalink" ignored/,
  },
  'front-matter-html-title.txt': { content: `---\ntitle: "<script>alert(8)</script> Tagged <b>title</b>"\ndate: 2021-04-03\n---\n${BODY}`, shows: ['<script>alert(8)</script> Tagged <b>title</b>'] },
  'front-matter-proto.txt': { content: `---\n__proto__:\n  polluted: true\nconstructor:\n  prototype:\n    polluted: true\ntitle: Prototype Keys\n---\n${story('Headline')}`, warning: /"__proto__" ignored/ },
  'name with spaces.txt': { content: story('Spaces In The Name', 'Published: April 5, 2021') },
  'Ünïcødé ñame – 日本.txt': { content: story('Accents In The Name', 'Published: April 6, 2021') },
  "odd #?%&;'\"<name>.txt": { content: story('Odd Characters In The Name', 'Published: April 7, 2021') },
  'sub/folder/nested.txt': { content: story('From A Sub-Folder', 'Published: April 8, 2021') },
  'twin-a.txt': { content: story('Twin Headline', 'Published: April 9, 2021', `${BODY}\n\nThe first of two.`) },
  'twin-b.txt': { content: story('Twin Headline', 'Published: April 9, 2021', `${BODY}\n\nThe second of two.`) },
  'utf16.txt': { content: Uint8Array.from([0xff, 0xfe, ...new Uint8Array(Buffer.from(story('Sixteen Bits Wide', 'Published: April 10, 2021'), 'utf16le'))]) },
  'windows-1252.txt': { content: Buffer.from(story('Caf\xe9 cr\xe8me \x93quoted\x94', 'Published: April 11, 2021', `Na\xefve r\xe9sum\xe9: ${BODY}`), 'latin1'), warning: /decoded as windows-1252/i, shows: ['Café crème “quoted”', 'Naïve résumé'] },
  'crlf.txt': { content: story('Windows Line Ends', 'Published: April 12, 2021').replace(/\n/g, '\r\n') },
  'invalid-utf8.txt': { content: Uint8Array.from([...utf8(story('Damaged Bytes', 'Published: April 13, 2021')), 0xc3, 0x28, ...utf8(' end.')]), warning: /replaced with U\+FFFD|decoded as/ },
  'undated.txt': { content: `Nobody Dated This\n\n${BODY}`, warning: /undated/ },
  'impossible-date-in-text.txt': { content: story('A Date That Never Was', 'Published: February 30, 2023'), warning: /undated/ },
  'no-headline.txt': { content: `${SENTENCE} ${SENTENCE}\n\n${SENTENCE}`, warning: /title derived/ },
  'long-title.txt': { content: story(`Headline ${'very '.repeat(15)}long`, 'Published: April 14, 2021') },
  'punctuation-title.txt': { content: `---\ntitle: "!!! ??? ..."\ndate: 2021-04-15\n---\n${BODY}` },
  'one-2mb-line.txt': { content: story('A Single Two Megabyte Line', 'Published: April 16, 2021', `${SENTENCE} `.repeat(26_000)) },
  'ten-thousand-paragraphs.txt': { content: story('Ten Thousand Paragraphs', 'Published: April 17, 2021', Array.from({ length: 10_000 }, (_, k) => `Paragraph ${k}. ${SENTENCE}`).join('\n\n')) },
};
BUILT['twin-z-copy-of-a.txt'] = BUILT['twin-a.txt']!;

describe('an archive of bad, hostile and awkward files', () => {
  let dir: string;
  let run: Run;
  let report: Map<string, string>;
  const site = () => join(dir, '_site');
  const pageOf = (file: string) => {
    const url = /built at ([^\s;]+)/.exec(report.get(file) ?? '')?.[1];
    assert.ok(url, `${file} was built: ${report.get(file)}`);
    return readFileSync(join(site(), url, 'index.html'), 'utf8');
  };

  before(async () => {
    const files = Object.fromEntries([...Object.entries(REJECTED), ...Object.entries(BUILT)].map(([name, f]) => [name, f.content]));
    dir = await makeProject(files);
    await symlink('/etc/passwd', join(dir, 'articles', 'link-out.txt'));
    await symlink('..', join(dir, 'articles', 'link-to-parent'));
    execFileSync('mkfifo', [join(dir, 'articles', 'named-pipe.txt')]);
    run = await runCli(dir, ['build']);
    assert.ok(existsSync(join(dir, '.clippings/report.txt')), `the build wrote no report:\n${run.stdout}\n${run.stderr}`);
    const lines = readFileSync(join(dir, '.clippings/report.txt'), 'utf8').trim().split('\n');
    report = new Map(lines.map((l) => [l.slice('articles/'.length, l.indexOf(': ')), l]));
  });

  it('has at least 30 files', () => {
    assert.ok(Object.keys(REJECTED).length + Object.keys(BUILT).length + 3 >= 30);
  });

  it('exits 1, and reports every rejected file with its name and reason', () => {
    assert.equal(run.code, 1, run.stderr);
    for (const [name, { reason }] of Object.entries(REJECTED)) {
      const line = run.stdout.split('\n').find((l) => l.startsWith(`articles/${name}: rejected: `));
      assert.ok(line, `${name} is reported`);
      assert.match(line, reason, name);
    }
    assert.match(run.stdout, /^articles\/link-out\.txt: rejected: symbolic link pointing outside the archive folder$/m);
    assert.match(run.stdout, /^articles\/link-to-parent: rejected: symbolic link pointing outside the archive folder$/m);
    assert.match(run.stdout, /^articles\/named-pipe\.txt: rejected: not a regular file$/m);
  });

  it('accounts for every file in the summary and the report', () => {
    const total = Object.keys(REJECTED).length + Object.keys(BUILT).length + 3;
    const rejected = Object.keys(REJECTED).length + 3;
    assert.match(run.stdout, new RegExp(`^${total} files: ${total - rejected - 1} articles built, .* 1 duplicate, ${rejected} rejected in`, 'm'));
    assert.equal(report.size, total);
  });

  it('publishes every good file, with its warnings reported but not failing it', () => {
    for (const [name, { warning }] of Object.entries(BUILT)) {
      if (name === 'twin-z-copy-of-a.txt') continue;
      assert.match(report.get(name) ?? '', /: built at \//, name);
      if (warning) assert.match(run.stdout, new RegExp(`^articles/${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: warning: .*${warning.source}`, 'm'), name);
      assert.ok(pageOf(name).length > 0);
    }
  });

  it('runs nothing: no code in any file, front matter or template syntax was executed', () => {
    assert.ok(!existsSync(MARKER), `${MARKER} exists`);
  });

  it('shows markup, template syntax and links as written, on the page and nowhere as markup', () => {
    for (const name of ['template-syntax.txt', 'html-injection.txt', 'front-matter-html-title.txt', 'windows-1252.txt']) {
      const text = decodeEntities(between(pageOf(name), /<article class="article">/, '</article>')!);
      for (const shown of BUILT[name]!.shows!) assert.ok(text.includes(shown), `${name} shows ${shown}`);
    }
    for (const page of pages(site())) {
      const html = withoutJsonLd(page.path === 'search/index.html' ? page.html.replace('<script type="module" src="/search.js"></script>', '') : page.html);
      assert.doesNotMatch(html, /<(script|iframe|img|svg|style|object|embed)\b/i, page.path);
      // Attribute values are left out first: one may hold the text " onerror=", escaped.
      assert.doesNotMatch(html.replace(/"[^"]*"/g, '""'), /<[^>]*\son\w+\s*=/i, `${page.path}: an event attribute`);
      assert.doesNotMatch(html, /href="\s*javascript:/i, page.path);
    }
  });

  it('lets no front matter move a page: the home, search and article pages are our own', () => {
    assert.match(readFileSync(join(site(), 'index.html'), 'utf8'), /action="\/search\/"/);
    assert.match(readFileSync(join(site(), 'search/index.html'), 'utf8'), /search\.js/);
    assert.match(pageOf('front-matter-eleventy-fields.txt'), /<h1>Overrides Nothing Of The Site<\/h1>/);
  });

  it('gives odd names clean, unique slugs, reads sub-folders, and keeps both twins', () => {
    const urls = [...report.values()].map((l) => /built at ([^\s;]+)/.exec(l)?.[1]).filter((u) => u !== undefined);
    assert.equal(new Set(urls).size, urls.length, 'every URL is distinct');
    for (const url of urls) assert.match(url, /^\/[a-z0-9/-]+\/$/, url);
    assert.match(report.get('sub/folder/nested.txt')!, /built at \/2021\/04\/08\/from-a-sub-folder\//);
    const twins = ['twin-a.txt', 'twin-b.txt'].map((f) => /built at ([^\s;]+)/.exec(report.get(f)!)![1]!);
    assert.ok(twins.every((u) => u.startsWith('/2021/04/09/twin-headline')));
    assert.notEqual(twins[0], twins[1]);
    assert.match(pageOf('twin-b.txt'), /The second of two\./);
    assert.match(report.get('twin-z-copy-of-a.txt')!, new RegExp(`duplicate of articles/twin-a\\.txt, at ${twins[0]}`));
    assert.match(pageOf('twin-a.txt'), /twin-z-copy-of-a\.txt/);
  });
});
