// How dates, counts and reading times read on the site (src/site/format.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { monthName, readableCount, readableDate, readingMinutes } from '../src/site/format.ts';
import { READING_WORDS_PER_MINUTE } from '../src/site/settings.ts';

describe('dates and reading times as the site shows them', () => {
  it('reads a date at its precision, the same date at each precision its own way', () => {
    assert.equal(readableDate('2023-09-20', 'year'), '2023');
    assert.equal(readableDate('2023-09-20', 'month'), 'September 2023');
    assert.equal(readableDate('2023-09-20'), '20 September 2023');
    assert.equal(readableDate('2023-09-20', 'day'), '20 September 2023');
    assert.equal(readableDate('2023-09-20', 'year'), '2023', 'asked again, from memory');
  });

  it('groups the digits of a count in thousands', () => {
    assert.equal(readableCount(7), '7');
    assert.equal(readableCount(100004), '100,004');
  });

  it('leaves a date it cannot read as it was', () => {
    assert.equal(readableDate('sometime in 2023'), 'sometime in 2023');
  });

  it('names a month, and gives at least a minute to read', () => {
    assert.equal(monthName('2020', '10'), 'October 2020');
    assert.equal(readingMinutes(0), 1);
    assert.equal(readingMinutes(READING_WORDS_PER_MINUTE * 3), 3);
  });
});
