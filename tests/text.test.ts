// The text measures' fast paths give exactly what their general forms give.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isUnspaced, normalizeSpace, titleCaseCapitals, words } from '../src/ingest/text.ts';
import { seededRandom } from './helpers/random.ts';

const UNICODE_WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

/** A random line of `length` characters drawn from the code points `from`…`to` and spaces. */
function randomLine(random: () => number, length: number, ranges: Array<[number, number]>): string {
  let line = '';
  for (let i = 0; i < length; i++) {
    const [from, to] = ranges[Math.floor(random() * ranges.length)]!;
    line += random() < 0.15 ? ' ' : String.fromCharCode(from + Math.floor(random() * (to - from + 1)));
  }
  return line;
}

describe('text measures', () => {
  const unicodeWords = (line: string) => (line.match(UNICODE_WORD) ?? []).map((w) => w.toLowerCase());

  it('splits Latin text (with curly quotes and dashes) into the same words as the Unicode pattern', () => {
    const random = seededRandom(7);
    for (let n = 0; n < 2000; n++) {
      const line = randomLine(random, 60, [[0x20, 0x7e], [0xa0, 0x24f], [0x2000, 0x206f], [0x27, 0x27], [0x2d, 0x2d], [0x2019, 0x2019]]);
      assert.deepEqual(words(line), unicodeWords(line), JSON.stringify(line));
    }
  });

  it('finds the same words in the lower-cased line as in the line (Turkish İ, Kelvin sign, Greek, Cyrillic…)', () => {
    const random = seededRandom(13);
    for (let n = 0; n < 3000; n++) {
      const line = randomLine(random, 40, [[0x41, 0x5a], [0x130, 0x130], [0x370, 0x4ff], [0x1e00, 0x1fff], [0x2100, 0x218f], [0x24b6, 0x24e9], [0x27, 0x2d]]);
      assert.deepEqual(words(line), unicodeWords(line), JSON.stringify(line));
    }
  });

  it('normalizes white space as collapsing every run of it would, leaving lines that need nothing as they are', () => {
    const random = seededRandom(11);
    const spaces = [' ', '  ', '\t', '\u00a0', '\u2003', '\u200b', '\u3000', '\ufeff', '\r', '\v'];
    for (let n = 0; n < 3000; n++) {
      let line = '';
      for (let i = 0; i < 12; i++) line += random() < 0.4 ? spaces[Math.floor(random() * spaces.length)] : 'word'.slice(0, 1 + Math.floor(random() * 4));
      assert.equal(normalizeSpace(line), line.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g, ' ').trim(), JSON.stringify(line));
    }
  });

  it('puts a name written in capitals in title case, its particles in lower case, and leaves initialisms and mixed case alone', () => {
    assert.equal(titleCaseCapitals('DANICA KIRKA and JILL LAWLESS'), 'Danica Kirka and Jill Lawless');
    assert.equal(titleCaseCapitals("PATRICK O'BRIEN"), "Patrick O'Brien");
    assert.equal(titleCaseCapitals('JEAN-MARC AYRAULT'), 'Jean-Marc Ayrault');
    assert.equal(titleCaseCapitals('LUDWIG VAN BEETHOVEN'), 'Ludwig van Beethoven');
    assert.equal(titleCaseCapitals('THE HAGUE'), 'The Hague');
    assert.equal(titleCaseCapitals('NYC'), 'NYC');
    assert.equal(titleCaseCapitals('U.S.'), 'U.S.');
    assert.equal(titleCaseCapitals('Stephen McDONALD'), 'Stephen McDONALD');
  });
  it('still splits other scripts by the Unicode pattern', () => {
    assert.deepEqual(words('Привет, мир — ελληνικά 123'), ['привет', 'мир', 'ελληνικά', '123']);
  });

  it('tells text written without spaces, and not Latin text with typographic punctuation', () => {
    assert.ok(isUnspaced('日本語のテキストです'));
    assert.ok(isUnspaced('ภาษาไทยไม่มีช่องว่าง'));
    assert.ok(!isUnspaced('The “committee” met – on Tuesday…'));
  });
});
