// Lists of other stories: a headline, perhaps a byline or date, and one paragraph of summary, again
// and again. An article's own sections hold several paragraphs each; a teaser holds one.
import type { LineClass } from './classify.ts';
import { HEADING_MAX_WORDS, TEASER_HEADLINE_MIN_WORDS, TEASER_META_MAX_LINES, TEASER_META_MAX_WORDS, TEASER_MIN_UNITS } from './settings.ts';
import { listItem } from './structure.ts';
import { endsSentence, isProse, wordCount } from './text.ts';

const headlineLike = (line: string) => {
  const text = listItem(line)?.text ?? line;
  const n = wordCount(text, HEADING_MAX_WORDS + 1);
  return n >= TEASER_HEADLINE_MIN_WORDS && n <= HEADING_MAX_WORDS && !/[.:;,]$/.test(text);
};
const metaLike = (line: string) => !isProse(line) && wordCount(line, TEASER_META_MAX_WORDS + 1) <= TEASER_META_MAX_WORDS;

/** The length of the teaser unit starting at line i (0 when none starts there). */
function unitAt(lines: string[], i: number): number {
  if (!headlineLike(lines[i] ?? '')) return 0;
  for (let k = 1; k <= TEASER_META_MAX_LINES + 1 && i + k < lines.length; k++) {
    const line = lines[i + k]!;
    if (isProse(line) && endsSentence(line)) return k + 1;
    if (!metaLike(line)) return 0;
  }
  return 0;
}

/** For every line, whether it belongs to a run of at least TEASER_MIN_UNITS teasers in a row. */
export function teaserLines(lines: string[]): boolean[] {
  const out = new Array<boolean>(lines.length).fill(false);
  for (let i = 0; i < lines.length; ) {
    const units: number[] = [];
    let j = i;
    for (let n = unitAt(lines, j); n > 0; n = unitAt(lines, j)) {
      units.push(n);
      j += n;
    }
    if (units.length >= TEASER_MIN_UNITS) out.fill(true, i, j);
    i = units.length ? j : i + 1;
  }
  return out;
}

/**
 * Lines of teaser lists that follow more article text than they hold themselves become bad: they are
 * other stories. A list with less before it is the article: a short intro and a round-up of deals, say.
 */
export function withoutOtherStories(lines: string[], classes: LineClass[]): LineClass[] {
  const teaser = teaserLines(lines);
  const out = [...classes];
  let before = 0;
  for (let i = 0; i < lines.length; ) {
    if (!teaser[i]) {
      if (classes[i] === 'good') before += wordCount(lines[i]!);
      i++;
      continue;
    }
    let j = i;
    let held = 0;
    for (; j < lines.length && teaser[j]; j++) held += wordCount(lines[j]!);
    if (before > held) out.fill('bad', i, j);
    i = j;
  }
  return out;
}
