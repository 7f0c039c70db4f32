// The search page: Pagefind's index, searched in the browser. Results are built with textContent
// only, so nothing from an article can become markup here.
import { genuineMatch, matchedWords, normalize } from '/search-match.js';

const RESULTS_SHOWN = 20;
const DEBOUNCE_MS = 200;

const form = document.getElementById('search-form');
const input = document.getElementById('search-input');
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');
// The index comes in parts (src/search/index.ts); the first is searched with the others merged in.
const { parts } = await (await fetch('/pagefind/parts.json')).json();
const [first, ...others] = parts.map((part) => part.path);
const pagefind = await import(`${first}pagefind.js`);
await pagefind.options({ basePath: first, excerptLength: 40 });
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

let latest = 0;
async function run(query) {
  const ticket = ++latest;
  const url = new URL(window.location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  history.replaceState(null, '', url);
  if (!query.trim()) {
    list.replaceChildren();
    status.textContent = '';
    return;
  }
  status.textContent = 'Searching…';
  const search = await pagefind.search(query);
  const found = [];
  for (const result of search.results) {
    const data = await result.data();
    if (genuineMatch(query, matchedWords(data.content, data.locations))) found.push(data);
    if (found.length === RESULTS_SHOWN) break;
  }
  if (ticket !== latest) return; // a newer query has started
  list.replaceChildren(...found.map(resultItem));
  status.textContent = found.length
    ? `${found.length}${found.length === RESULTS_SHOWN ? '+' : ''} result${found.length === 1 ? '' : 's'} for “${query}”`
    : `No results for “${query}”`;
}

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
