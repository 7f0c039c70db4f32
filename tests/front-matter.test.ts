// Editorial front matter: plain YAML with our own fields only; nothing in it may execute.
import assert from 'node:assert/strict';
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { splitFrontMatter } from '../src/ingest/frontMatter.ts';
import { ingest } from '../src/ingest/index.ts';

const BODY = 'Headline of the story\n\nThe talks in the capital went on until late in the evening without any result.\n';
const reasonOf = (raw: string) => {
  const r = ingest(new TextEncoder().encode(raw), 'x.txt');
  return r.ok ? undefined : r.reason;
};

describe('editorial front matter', () => {
  it('overrides what ingest infers, and leaves the text below it as it is', () => {
    const r = ingest(new TextEncoder().encode(`---\ntitle: Edited title\ndate: 2020-10-06\npublisher: example.org\nurl: https://example.org/a\n---\n${BODY}`), 'x.txt');
    assert.ok(r.ok);
    assert.deepEqual([r.article.title, r.article.date, r.article.publisher, r.article.url], ['Edited title', '2020-10-06', 'example.org', 'https://example.org/a']);
    assert.match(r.article.body, /^The talks/);
  });
  it('counts raw-file line numbers from the top of the file, front matter included', () => {
    const fm = splitFrontMatter(`---\ndate: 2020-10-06\n---\n${BODY}`);
    assert.ok(fm.ok);
    assert.equal(fm.bodyStartLine, 4);
  });
  it('refuses ---js and ---javascript without running them', () => {
    const marker = join(tmpdir(), `clippings-fm-${process.pid}`);
    rmSync(marker, { force: true });
    const code = `require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran'); ({ title: 'x' })`;
    assert.match(reasonOf(`---js\n${code}\n---\n${BODY}`)!, /not allowed/);
    assert.match(reasonOf(`---javascript\n{ title: (function(){ return 1 })() }\n---\n${BODY}`)!, /not allowed/);
    assert.equal(existsSync(marker), false);
  });
  it('refuses YAML tags such as !!js/function', () => {
    assert.match(reasonOf(`---\ntitle: !!js/function 'function(){ return 1 }'\n---\n${BODY}`)!, /not plain YAML/);
  });
  it('refuses a YAML alias bomb', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    assert.match(reasonOf(`---\n${bomb.join('\n')}\n---\n${BODY}`)!, /not plain YAML: Excessive alias count/);
  });
  it('refuses an impossible date and a non-http url', () => {
    assert.match(reasonOf(`---\ndate: 2023-02-30\n---\n${BODY}`)!, /not a real date/);
    assert.match(reasonOf(`---\nurl: javascript:alert(1)\n---\n${BODY}`)!, /not an http/);
  });
  it("ignores Eleventy's keys (permalink, layout …) with a warning", () => {
    const r = ingest(new TextEncoder().encode(`---\npermalink: /index.html\nlayout: evil.njk\neleventyComputed: {}\n---\n${BODY}`), 'x.txt');
    assert.ok(r.ok);
    assert.equal(r.article.warnings.filter((w) => /ignored/.test(w)).length, 3);
    assert.equal('permalink' in r.article, false);
  });
  it('refuses front matter that is never closed', () => {
    assert.match(reasonOf(`---\ntitle: x\n${BODY}`)!, /not closed/);
  });
  describe('extract: a person says how to take the body when ingest gets it wrong', () => {
    // A short note above a bare comments tab, then the article: ingest takes the note for the article's end.
    const page = [
      'Headline of the story',
      '',
      'By A Writer',
      '',
      'The talks in the capital went on until late in the evening without any result.',
      '',
      'Menu',
      'Home',
      'World',
      'Sport',
      'Culture',
      'Video',
      'Podcasts',
      'Opinion',
      'Weather',
      '',
      'The ministers left the room at midnight and said nothing to the press who waited.',
      '',
      'Advertisement',
      '',
      'Footer text that is not the article, pasted at the end of the page by the scraper.',
    ].join('\n');
    const take = (how: string) => {
      const r = ingest(new TextEncoder().encode(`---\nextract: ${how}\n---\n${page}`), 'x.txt');
      assert.ok(r.ok, r.ok ? '' : r.reason);
      return r.article;
    };
    it('all: every line but page furniture, recorded on the article', () => {
      const a = take('all');
      assert.equal(a.extract, 'all');
      assert.match(a.body, /ministers left the room/);
      assert.match(a.body, /Footer text/);
      assert.doesNotMatch(a.body, /Advertisement/);
      assert.equal(a.title, 'Headline of the story');
    });
    it('lines N-M: the raw file\'s lines (front matter counted), the rest recorded as outside them', () => {
      const a = take('lines 8-20'); // from the first paragraph to the second, the menu between
      assert.equal(a.extract, 'lines 8-20');
      assert.match(a.body, /^The talks in the capital[\s\S]*ministers left the room/);
      assert.doesNotMatch(a.body, /Footer text/);
      assert.ok(a.removed.some((r) => r.line === 24 && r.reason === 'outside the lines front matter names (extract: lines 8-20)'));
      assert.deepEqual([a.title, a.author], ['Headline of the story', 'A Writer']);
    });
    it('auto is what ingest does by itself; anything else is refused with the forms it takes', () => {
      const auto = take('auto');
      assert.equal(auto.extract, undefined);
      assert.match(reasonOf(`---\nextract: lines 20-8\n---\n${page}`)!, /is not "all", "auto" or "lines N-M"/);
      assert.match(reasonOf(`---\nextract: everything\n---\n${page}`)!, /is not "all", "auto" or "lines N-M"/);
      assert.match(reasonOf(`---\nextract: lines 500-600\n---\n${page}`)!, /nothing left in the lines front matter names/);
    });
  });
});
