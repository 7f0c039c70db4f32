// The five seed articles, as they are (no front matter), against ../shared/seeds/expected.json.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ingest } from '../src/ingest/index.ts';
import { expected, SEEDS_DIR } from './helpers/seeds.ts';

describe('seed articles', () => {
  for (const want of expected) {
    it(want.file, () => {
      const result = ingest(readFileSync(SEEDS_DIR + want.file), want.file);
      assert.ok(result.ok, result.ok ? '' : result.reason);
      const a = result.article;
      if (want.title === null) {
        assert.equal(a.titleDerived, true, 'title marked as derived');
        assert.ok(a.title.length > 0 && a.title.length <= 100, `derived title length ${a.title.length}`);
      } else {
        assert.equal(a.titleDerived, false);
        assert.equal(a.title, want.title);
      }
      assert.equal(a.date ?? null, want.date, 'date');
      assert.equal(a.author ?? null, want.author, 'author');
      if (want.dateline) assert.equal(a.dateline, want.dateline);
      if (want.agency) assert.equal(a.agency, want.agency);
      if (want.siteTagline) assert.equal(a.siteTagline, want.siteTagline);
      for (const s of want.keep) assert.ok(a.body.includes(s), `keeps "${s}"`);
      for (const s of want.drop) {
        assert.ok(!a.body.includes(s), `body drops "${s}"`);
        assert.ok(!a.title.includes(s), `title drops "${s}"`);
      }
      const headings = a.body.split('\n').filter((l) => /^#{2,3} /.test(l)).map((l) => l.replace(/^#+ /, ''));
      assert.deepEqual(headings, want.headings);
      assert.equal(a.body.split('\n').filter((l) => /^(- |\d+\. )/.test(l)).length, want.listItems, 'list items');
    });
  }
});
