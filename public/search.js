// The search page: Pagefind's index, searched in the browser. Results are built with textContent
// only, so nothing from an article can become markup here.
import { genuineMatch, matchedWords, normalize } from './search-match.js';

const RESULTS_SHOWN = 20;
const DEBOUNCE_MS = 200;

const form = document.getElementById('search-form');
const input = document.getElementById('search-input');
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');
const more = document.getElementById('search-more');
// The index comes in parts (src/search/index.ts); the first is searched with the others merged in.
// The site may be served under a path prefix (the form's data-base): the index's path holds it
// (data-index), and Pagefind adds it to the articles' URLs.
const base = form.dataset.base;
const { parts } = await (await fetch(`${form.dataset.index}parts.json`)).json();
const [first, ...others] = parts.map((part) => part.path);
const pagefind = await import(`${first}pagefind.js`);
await pagefind.options({ basePath: first, baseUrl: base, excerptLength: 40 });
for (const path of others) await pagefind.mergeIndex(path);
pagefind.init();

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
  link.href = data.url;
  link.className = 'result-link';
  link.textContent = data.meta.title;
  const meta = document.createElement('span');
  meta.className = 'meta';
  meta.textContent = data.meta.date ?? 'Undated';
  li.append(link, meta, excerpt(unescapeHtml(data.plain_excerpt), new Set(matchedWords(data.content, data.locations))));
  return li;
}

/** The query on show: its Pagefind results, how far they have been read, and how many matched. */
let current;
let latest = 0;

/** Reads on through the query's results until RESULTS_SHOWN more genuine matches (or the end). */
async function nextMatches(state) {
  const found = [];
  while (state.read < state.search.results.length && found.length < RESULTS_SHOWN) {
    const data = await state.search.results[state.read++].data();
    if (genuineMatch(state.query, matchedWords(data.content, data.locations))) found.push(data);
  }
  return found;
}

function showStatus(state) {
  const left = state.read < state.search.results.length;
  const n = state.shown;
  status.textContent = n ? `${n}${left ? '+' : ''} result${n === 1 ? '' : 's'} for “${state.query}”` : `No results for “${state.query}”`;
  more.hidden = !left;
}

async function run(query) {
  const ticket = ++latest;
  const url = new URL(window.location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  history.replaceState(null, '', url);
  if (!query.trim()) {
    current = undefined;
    list.replaceChildren();
    status.textContent = '';
    more.hidden = true;
    return;
  }
  status.textContent = 'Searching…';
  const state = { query, search: await pagefind.search(query), read: 0, shown: 0 };
  const found = await nextMatches(state);
  if (ticket !== latest) return; // a newer query has started
  current = state;
  state.shown = found.length;
  list.replaceChildren(...found.map(resultItem));
  showStatus(state);
}

// The next results of the query on show, below the ones already there.
more.addEventListener('click', async () => {
  const state = current;
  if (!state) return;
  more.disabled = true;
  const found = await nextMatches(state);
  more.disabled = false;
  if (state !== current) return; // a new query has replaced it
  state.shown += found.length;
  list.append(...found.map(resultItem));
  showStatus(state);
});

let timer;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => run(input.value), DEBOUNCE_MS);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(timer);
  run(input.value);
});
// A query in the address, or typed while the index was loading, is searched at once.
const initial = new URLSearchParams(window.location.search).get('q');
if (initial) input.value = initial;
if (input.value) run(input.value);
