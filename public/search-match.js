// Which Pagefind results really match the query. When a word is not in the index, Pagefind falls
// back to the longest indexed prefix of it, with no limit (Pagefind issues #599, #793): a search for
// "Advertisement" then returns every page with the word "a". A result is kept only when each query
// word shares at least half of its letters (three at least) with a word the result matched; stemming
// ("negotiations" → "negoti") stays well within that.

const MIN_SHARED_SHARE = 0.5;
const MIN_SHARED_LETTERS = 3;

/** Lower case, no accents, letters and digits only. */
export function normalize(word) {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

function sharedPrefix(a, b) {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Scripts written without spaces are segmented by Pagefind itself; their matches are kept as given. */
function unspaced(term) {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u.test(term);
}

/** The words of a result's content at the locations Pagefind matched. */
export function matchedWords(content, locations) {
  const words = content.split(/\s+/);
  return locations.map((i) => normalize(words[i] ?? '')).filter(Boolean);
}

/** True when every word of the query is found in the matched words, not just a short prefix of it. */
export function genuineMatch(query, matched) {
  const terms = query.split(/\s+/).map(normalize).filter(Boolean);
  return terms.every((term) => {
    if (unspaced(term)) return true;
    const needed = Math.min(term.length, Math.max(MIN_SHARED_LETTERS, Math.ceil(term.length * MIN_SHARED_SHARE)));
    return matched.some((word) => sharedPrefix(term, word) >= needed);
  });
}

/** Words a text fragment link takes from the matched passage: enough to be found once, few enough to stay in one paragraph. */
const PASSAGE_WORDS = 4;

/**
 * The passage of a result's content that a text fragment link (`#:~:text=`) scrolls to and lights
 * up: from the first matched word after the headline (the content opens with it) to the end of its
 * sentence, at most PASSAGE_WORDS words (Pagefind's content has no line breaks left, and a fragment
 * is not found across paragraphs, which end sentences); undefined when only the headline matched.
 */
export function matchedPassage(content, locations, title) {
  const words = content.split(/\s+/);
  const titleWords = title.split(/\s+/).filter(Boolean).length;
  const at = locations.filter((i) => i >= titleWords).sort((a, b) => a - b)[0];
  if (at === undefined) return undefined;
  const taken = [];
  for (const word of words.slice(at, at + PASSAGE_WORDS)) {
    taken.push(word);
    if (/[.!?]["”’)]*$/u.test(word)) break;
  }
  // A fragment matches whole words: no clipped punctuation at its ends.
  return taken.join(' ').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '') || undefined;
}

/** A link to `url` that scrolls to `passage` and lights it up (a text fragment; browsers without them just open the page). */
export function passageLink(url, passage) {
  if (!passage) return url;
  const encoded = encodeURIComponent(passage).replace(/-/g, '%2D').replace(/,/g, '%2C');
  return `${url}#:~:text=${encoded}`;
}
