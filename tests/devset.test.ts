// Both dev sets as whole-system tests of ingest: the scores may not fall below the floors, which
// are the issues' targets where ingest meets them and otherwise what it reached when the floor was
// last raised (README). No source of pages may score below keeping all of its text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bySource, DEFAULT_DEVSET, evaluate, keepingAll, WIDE_DEVSET } from './eval/run.ts';

interface Floor {
  body: number;
  /** The largest share of broken pages (body F1 under 0.5). */
  broken: number;
  title: number;
  date: number;
  author: number;
}

const FLOORS: Array<[string, Record<'near' | 'full', Floor>]> = [
  [
    DEFAULT_DEVSET,
    {
      near: { body: 0.95, broken: 0.011, title: 0.88, date: 0.97, author: 0.82 },
      full: { body: 0.92, broken: 0.033, title: 0.82, date: 0.92, author: 0.75 },
    },
  ],
  [
    WIDE_DEVSET,
    {
      near: { body: 0.92, broken: 0.023, title: 0.80, date: 0.93, author: 0.79 },
      full: { body: 0.895, broken: 0.062, title: 0.75, date: 0.93, author: 0.75 },
    },
  ],
];

for (const [set, floors] of FLOORS) {
  describe(`dev set ${set.split('/').at(-1)}`, () => {
    for (const [variant, floor] of Object.entries(floors)) {
      it(`${variant} pages`, () => {
        const s = evaluate(set, variant);
        assert.equal(s.missing, 0, 'every page gives an article');
        assert.ok(s.body.f1 >= floor.body, `body F1 ${s.body.f1} < ${floor.body}`);
        assert.ok(s.body.broken <= floor.broken, `broken pages ${s.body.broken} > ${floor.broken}`);
        assert.ok(s.title.close >= floor.title, `title ${s.title.close} < ${floor.title}`);
        assert.ok(s.date.accuracy >= floor.date, `date ${s.date.accuracy} < ${floor.date}`);
        assert.ok(s.author.accuracy >= floor.author, `author ${s.author.accuracy} < ${floor.author}`);
        const all = bySource(keepingAll(set, variant).ranked);
        for (const [source, f1] of bySource(s.ranked)) assert.ok(f1 >= all.get(source)!, `${source}: ${f1} below keeping all (${all.get(source)})`);
      });
    }
  });
}
