// The dev set (../shared/devset) as a whole-system test of ingest: the scores may not fall below
// the targets (near body F1 0.95, full 0.92; titles 0.85 and 0.80; dates 0.90, authors 0.75)
// and, where the engine reached more, what it reached when this floor was last raised (README).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_DEVSET, evaluate } from './eval/run.ts';

const FLOORS = {
  near: { body: 0.95, title: 0.87, date: 0.97, author: 0.82 },
  full: { body: 0.92, title: 0.83, date: 0.92, author: 0.75 },
};

describe('dev set scores', () => {
  for (const [variant, floor] of Object.entries(FLOORS)) {
    it(`${variant} pages`, () => {
      const s = evaluate(DEFAULT_DEVSET, variant);
      assert.equal(s.missing, 0, 'every page gives an article');
      assert.ok(s.body.f1 >= floor.body, `body F1 ${s.body.f1} < ${floor.body}`);
      assert.ok(s.title.close >= floor.title, `title ${s.title.close} < ${floor.title}`);
      assert.ok(s.date.accuracy >= floor.date, `date ${s.date.accuracy} < ${floor.date}`);
      assert.ok(s.author.accuracy >= floor.author, `author ${s.author.accuracy} < ${floor.author}`);
    });
  }
});
