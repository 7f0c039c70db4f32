// The rule that drops results Pagefind reached only through a short prefix of a query word.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { genuineMatch, matchedPassage, matchedWords, passageLink } from '../public/search-match.js';

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

describe('the passage a result links to', () => {
  it('starts at the first matched word after the headline and ends with its sentence, within a few words', () => {
    const content = 'Talks in Geneva The talks in Geneva ended. CSTO members met on Monday in Moscow.';
    assert.equal(matchedPassage(content, [2, 6], 'Talks in Geneva'), 'Geneva ended');
    assert.equal(matchedPassage(content, [8], 'Talks in Geneva'), 'CSTO members met on');
    assert.equal(matchedPassage(content, [0], 'Talks in Geneva'), undefined, 'only the headline matched');
  });
  it('is a text fragment, with the characters it reserves escaped', () => {
    assert.equal(passageLink('/a/', 'Armenia-Azerbaijan talks, again'), '/a/#:~:text=Armenia%2DAzerbaijan%20talks%2C%20again');
    assert.equal(passageLink('/a/', undefined), '/a/');
  });
});
