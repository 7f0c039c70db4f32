// The rule that drops results Pagefind reached only through a short prefix of a query word.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { genuineMatch, matchedWords } from '../public/search-match.js';

describe('genuine search matches', () => {
  it('drops a result that matched only a short prefix of the word searched for', () => {
    assert.equal(genuineMatch('Advertisement', ['a']), false);
    assert.equal(genuineMatch('phpMyAdmin', ['p']), false);
  });
  it('keeps exact, stemmed and accented matches', () => {
    assert.equal(genuineMatch('Blinken', ['blinken']), true);
    assert.equal(genuineMatch('negotiations', ['negotiating']), true);
    assert.equal(genuineMatch('studies', ['study']), true);
    assert.equal(genuineMatch('Pashinian', ['pashinián'.normalize('NFD').replace(/\p{M}/gu, '')]), true);
  });
  it('needs every word of a query', () => {
    assert.equal(genuineMatch('Blinken Advertisement', ['blinken', 'a']), false);
  });
  it('reads the matched words from content and locations', () => {
    assert.deepEqual(matchedWords('Antony Blinken, the Secretary', [1]), ['blinken']);
  });
});
