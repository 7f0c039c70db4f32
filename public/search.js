// The search page: Pagefind's index, searched in the browser, with filters, sorts and the whole
// search in the URL (`?q=blinken&year=2023&sort=oldest`: src/search/facets.ts names them). Results
// are built with textContent only, so nothing from an article can become markup here.
import { genuineMatch, matchedPassage, matchedWords, normalize, passageLink } from './search-match.js';

const RESULTS_SHOWN = 20;
const DEBOUNCE_MS = 200;
/** A filter with more values than this (topics, publishers) offers its most frequent ones and the one chosen. */
const OPTIONS_MAX = 100;

const form = document.getElementById('search-form');
const input = document.getElementById('search-input');
const options = document.getElementById('search-options');
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');
const more = document.getElementById('search-more');
const selects = [...options.querySelectorAll('select[data-filter]')];
const sortSelect = options.querySelector('select[name="sort"]');
const filterPanel = document.getElementById('search-filters');
const SORTS = JSON.parse(options.dataset.sorts);
const language = document.documentElement.lang || 'en';

// The index comes in parts (src/search/index.ts), newest articles first. Pagefind searches them
// together (mergeIndex: one script, one worker, one WebAssembly module for all), merging their
// results by score and summing their filter counts; sorted, it keeps each part's results together
// in the part's own order and says how many came from each (a patch: src/search/pagefindPatches.ts),
// and they are merged by date here. Each part costs its metadata before it can be searched, so the
// first search shows the first part's results at once, then merges the other parts and shows the
// whole list. The site may be served under a path prefix (the form's data-base): the index's path
// holds it (data-index), and Pagefind adds it to the URLs.
const base = form.dataset.base;
const { parts } = await (await fetch(`${form.dataset.index}parts.json`)).json();
const merged = parts.length ? await import(`${parts[0].path}pagefind.js`) : undefined;
if (merged) await merged.options({ basePath: parts[0].path, baseUrl: base, excerptLength: 40 });
/** Every part merged; started by the first search, and awaited by every search after it. */
let allParts;
const mergeParts = () => (allParts ??= Promise.all(parts.slice(1).map(({ path }) => merged.mergeIndex(path))));

// An article edited or removed since its part was indexed stays in that part, withdrawn (its new
// version is in a newer part): parts.json names its page there with the filter values it is counted
// under, and it is left out of the part's results and taken off the filter counts.
const withdrawn = parts.map((part) => new Map((part.withdrawn ?? []).map(({ id, filters }) => [id, filters])));

/** `counts` ({ filter: { value: n } }) without the filter values of `pages` (withdrawn pages' values). */
function uncounted(counts, pages) {
  const out = Object.fromEntries(Object.entries(counts).map(([name, values]) => [name, { ...values }]));
  for (const filters of pages) {
    for (const [name, values] of Object.entries(filters)) for (const value of values) if (out[name]?.[value]) out[name][value] -= 1;
  }
  return out;
}

/** A merged search's response without the results of withdrawn pages, each part's count and the filter counts made to match. */
function withoutWithdrawn(response) {
  if (!response) return response;
  const results = [];
  const gone = [];
  const perPart = response.parts.map(() => 0);
  for (const result of response.results) {
    const filters = withdrawn[result.part]?.get(result.id);
    if (filters) gone.push(filters);
    else {
      results.push(result);
      perPart[result.part] += 1;
    }
  }
  return gone.length ? { ...response, results, parts: perPart, filters: uncounted(response.filters, gone) } : response;
}

// Every filter value with its count over the whole archive. Pagefind counts filter values in a
// search's results only once it has loaded its filter data (the largest share of a first search's
// download), so that is loaded when the filters are opened or a search uses one, not before.
let allFilters;
function loadFilters() {
  allFilters ??= merged ? mergeParts().then(async () => uncounted(await merged.filters(), withdrawn.flatMap((pages) => [...pages.values()]))) : Promise.resolve({});
  return allFilters;
}
options.hidden = false;

/** Pagefind escapes its excerpts as HTML; they are shown here as text, so unescape them first. */
function unescapeHtml(text) {
  const entities = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&amp;': '&' };
  return text.replace(/&(lt|gt|quot|#39|#x27|amp);/g, (entity) => entities[entity]);
}

/** The excerpt as text, with the matched words marked. */
function excerpt(text, marked) {
  const p = document.createElement('p');
  p.className = 'excerpt';
  for (const [i, part] of text.split(/(\s+)/).entries()) {
    if (i % 2 === 0 && marked.has(normalize(part))) {
      const mark = document.createElement('mark');
      mark.textContent = part;
      p.append(mark);
    } else {
      p.append(part);
    }
  }
  return p;
}

function resultItem(data) {
  const li = document.createElement('li');
  const link = document.createElement('a');
  link.href = passageLink(data.url, matchedPassage(data.content, data.locations, data.meta.title));
  link.className = 'result-link';
  link.textContent = data.meta.title;
  const meta = document.createElement('span');
  meta.className = 'meta';
  const date = document.createElement('span');
  date.className = 'result-date';
  date.textContent = data.meta.date ?? 'Undated';
  meta.append(date);
  if (data.meta.publisher) {
    const publisher = document.createElement('span');
    publisher.className = 'result-publisher';
    publisher.textContent = data.meta.publisher;
    meta.append(' · ', publisher);
  }
  li.append(link, meta, excerpt(unescapeHtml(data.plain_excerpt), new Set(matchedWords(data.content, data.locations))));
  return li;
}

// ---- The search's state, and the URL that holds it.

/** { q, filters: { year: '2023', … }, sort } from a URL's parameters; unknown values are kept and simply match nothing. */
function stateFromUrl(url) {
  const params = new URL(url).searchParams;
  const filters = {};
  for (const select of selects) {
    const value = params.get(select.name);
    if (value) filters[select.name] = value;
  }
  const sort = params.get('sort');
  return { q: params.get('q') ?? '', filters, sort: sort in SORTS ? sort : '' };
}

function urlOf(state) {
  const url = new URL(window.location.href);
  url.search = '';
  if (state.q) url.searchParams.set('q', state.q);
  for (const [name, value] of Object.entries(state.filters)) url.searchParams.set(name, value);
  if (state.sort) url.searchParams.set('sort', state.sort);
  return url;
}

function stateFromForm() {
  const filters = {};
  for (const select of selects) if (select.value) filters[select.name] = select.value;
  return { q: input.value.trim(), filters, sort: sortSelect.value };
}

// ---- Searching every part, and merging.

/** Each filter as Pagefind takes it: `{ year: ['2023'] }`. */
const pagefindFilters = (filters) => Object.fromEntries(Object.entries(filters).map(([name, value]) => [name, [value]]));

/** The sort a search uses: with no words there is no relevance, and what the filters match is listed newest first. */
const sortOf = (state) => state.sort || (state.q ? '' : 'newest');

const noResults = { parts: [0], results: [], filters: {} };

/** The search with these filters over all parts, by relevance or in the order `sort` names. */
async function searchMerged(state, filters = state.filters, sort = '') {
  if (!merged) return noResults;
  // No words and no filters is the whole archive, whose counts are the filters' own.
  if (!state.q && Object.keys(filters).length === 0 && !sort) return { ...noResults, filters: await loadFilters() };
  return withoutWithdrawn(await merged.search(state.q || null, { filters: pagefindFilters(filters), sort: sort ? { [SORTS[sort].key]: SORTS[sort].direction } : {} }));
}

/** A merged search's results as each part's list, in the order that part sorted them (see pagefindPatches.ts). */
function partLists(response) {
  let at = 0;
  return response.parts.map((n) => response.results.slice(at, (at += n)));
}

/**
 * The merged results, one at a time: by score for relevance (as one index would give them), by the
 * sort key otherwise, taking each part's next result in turn (each part's list is already in order).
 */
function mergedResults(response, sort) {
  const loaded = new Map();
  const data = (result) => {
    if (!loaded.has(result)) loaded.set(result, result.data());
    return loaded.get(result);
  };
  if (!sort) {
    const all = response.results;
    let i = 0;
    return { next: async () => (i < all.length ? data(all[i++]) : undefined), total: all.length };
  }
  const { direction, undated } = SORTS[sort];
  const lists = partLists(response);
  const heads = lists.map(() => 0);
  const before = (a, b) => (direction === 'asc' ? a < b : a > b);
  return {
    total: response.results.length,
    async next() {
      let best;
      let bestKey;
      for (const [p, list] of lists.entries()) {
        const result = list[heads[p]];
        if (!result) continue;
        const value = (await data(result)).meta.iso ?? undated;
        if (best === undefined || before(value, bestKey)) [best, bestKey] = [p, value];
      }
      if (best === undefined) return undefined;
      return data(lists[best][heads[best]++]);
    },
  };
}

// ---- The page.

/** The search on show: its merged results, how far they have been read, and how many matched. */
let current;
let latest = 0;

/** Reads on until RESULTS_SHOWN more genuine matches (or the end). */
async function nextMatches(shown) {
  const found = [];
  while (found.length < RESULTS_SHOWN) {
    const data = await shown.results.next();
    if (!data) {
      shown.done = true;
      break;
    }
    shown.read++;
    if (!shown.state.q || genuineMatch(shown.state.q, matchedWords(data.content, data.locations))) found.push(data);
  }
  return found;
}

function describe(state) {
  const words = state.q ? ` for “${state.q}”` : '';
  const chosen = Object.entries(state.filters).map(([name, value]) => optionLabel(name, value));
  return `${words}${chosen.length ? `${words ? ',' : ''} in ${chosen.join(', ')}` : ''}`;
}

function showStatus(shown) {
  const left = !shown.done && shown.read < shown.results.total;
  const n = shown.count;
  status.textContent = n ? `${n}${left ? '+' : ''} result${n === 1 ? '' : 's'}${describe(shown.state)}` : `No results${describe(shown.state)}`;
  more.hidden = !left;
}

const monthFormat = new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const languageNames = new Intl.DisplayNames([language], { type: 'language' });

/** How a filter value reads: `2023-09` → "September 2023", `de` → "German". */
function optionLabel(name, value) {
  if (name === 'month' && /^\d{4}-\d{2}$/.test(value)) return monthFormat.format(new Date(`${value}-01T00:00:00Z`));
  if (name === 'lang') {
    try {
      return languageNames.of(value) ?? value;
    } catch {
      return value;
    }
  }
  return value;
}

/** Each filter's options with their counts, the chosen value kept even when nothing matches it. */
function showOptions(counts, state) {
  for (const select of selects) {
    const name = select.name;
    const values = Object.entries(counts[name] ?? {}).filter(([value, n]) => n > 0 || value === state.filters[name]);
    // Dates newest first; names most frequent first.
    if (name === 'year' || name === 'month') values.sort(([a], [b]) => (a < b ? 1 : -1));
    else values.sort(([a, m], [b, n]) => n - m || a.localeCompare(b));
    const shown = values.slice(0, OPTIONS_MAX);
    const chosen = state.filters[name];
    if (chosen && !shown.some(([value]) => value === chosen)) shown.push([chosen, counts[name]?.[chosen] ?? 0]);
    const any = select.options[0];
    select.replaceChildren(
      any,
      ...shown.map(([value, n]) => {
        const option = new Option(`${optionLabel(name, value)} (${n})`, value);
        return option;
      }),
    );
    select.value = chosen ?? '';
  }
}

/**
 * Counts for each filter as a reader needs them: a filter's own values counted with the other
 * filters applied (so its other values stay offered), every filter with the words of the query.
 */
async function filterCounts(state, search) {
  const counts = { ...(await search).filters };
  for (const name of Object.keys(state.filters)) {
    const others = { ...state.filters };
    delete others[name];
    counts[name] = (await searchMerged(state, others)).filters?.[name] ?? {};
  }
  return counts;
}

/** Whether the filters are open, and so counted; a search that uses one opens them. */
function filtersOpen(state) {
  if (Object.keys(state.filters).length) filterPanel.open = true;
  return filterPanel.open;
}

async function run(state) {
  const ticket = ++latest;
  sortSelect.value = state.sort;
  const counting = filtersOpen(state);
  if (counting) await loadFilters();
  // Nothing asked: the form and its filters over the whole archive.
  if (!state.q && !state.sort && Object.keys(state.filters).length === 0) {
    current = undefined;
    list.replaceChildren();
    status.textContent = '';
    more.hidden = true;
    if (counting) showOptions(await loadFilters(), state);
    return;
  }
  status.textContent = 'Searching…';
  if (merged && !allParts && parts.length > 1) {
    // The first search: the first part's results on show while the others load (the status says
    // Searching… until the whole list is there).
    const first = await searchMerged(state, state.filters, sortOf(state));
    const partial = { state, results: mergedResults(first, sortOf(state)), read: 0, count: 0, done: false };
    const found = await nextMatches(partial);
    if (ticket === latest) list.replaceChildren(...found.map(resultItem));
  }
  if (merged) await mergeParts();
  if (ticket !== latest) return;
  const response = searchMerged(state, state.filters, sortOf(state));
  const shown = { state, results: mergedResults(await response, sortOf(state)), read: 0, count: 0, done: false };
  const [found, counts] = await Promise.all([nextMatches(shown), counting && filterCounts(state, response)]);
  if (ticket !== latest) return; // a newer search has started
  current = shown;
  shown.count = found.length;
  list.replaceChildren(...found.map(resultItem));
  if (counts) showOptions(counts, state);
  showStatus(shown);
}

/** The form's search, run and written to the URL as a new history entry (back returns to the previous search). */
function search() {
  const state = stateFromForm();
  const url = urlOf(state);
  if (url.href !== window.location.href) history.pushState(null, '', url);
  run(state);
}

/** A search from the URL: the form shows it, and it runs. */
function restore() {
  const state = stateFromUrl(window.location.href);
  input.value = state.q;
  for (const select of selects) {
    if (state.filters[select.name] && ![...select.options].some((o) => o.value === state.filters[select.name])) select.add(new Option(state.filters[select.name], state.filters[select.name]));
    select.value = state.filters[select.name] ?? '';
  }
  run(state);
}

// Opening the filters counts their values for the search on show.
filterPanel.addEventListener('toggle', async () => {
  if (!filterPanel.open) return;
  const ticket = latest;
  const state = current?.state ?? stateFromForm();
  await loadFilters();
  const counts = await filterCounts(state, current ? searchMerged(state, state.filters, sortOf(state)) : loadFilters().then((filters) => ({ filters })));
  if (ticket === latest) showOptions(counts, state);
});

// The next results of the search on show, below the ones already there.
more.addEventListener('click', async () => {
  const shown = current;
  if (!shown) return;
  more.disabled = true;
  const found = await nextMatches(shown);
  more.disabled = false;
  if (shown !== current) return; // a new search has replaced it
  shown.count += found.length;
  list.append(...found.map(resultItem));
  showStatus(shown);
});

let timer;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(search, DEBOUNCE_MS);
});
for (const select of [...selects, sortSelect]) select.addEventListener('change', search);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(timer);
  search();
});
// "/" anywhere but in a field goes to the search box; Escape in it clears the search.
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  if (event.target.closest?.('input, textarea, select, [contenteditable]')) return;
  event.preventDefault();
  input.focus();
});
input.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || !input.value) return;
  event.preventDefault();
  input.value = '';
  clearTimeout(timer);
  search();
});
window.addEventListener('popstate', restore);
// The search in the address runs at once; words typed while the index was loading are kept.
const typed = input.value;
restore();
if (typed && !input.value) {
  input.value = typed;
  search();
}
