// The search page: Pagefind's UI over the archive's index, run entirely in the browser.
// A query in the address (?q=…, as the home page's form sends it) starts a search at once.
/* global PagefindUI */
const ui = new PagefindUI({
  element: '#search',
  showImages: false,
  showSubResults: false,
  resetStyles: false,
  translations: { placeholder: 'Search the archive' },
  // Each result shows its date after the title (the index stores it as meta).
  processResult(result) {
    if (result.meta.date) result.meta.title = `${result.meta.title} — ${result.meta.date}`;
    return result;
  },
});
const query = new URLSearchParams(window.location.search).get('q');
if (query) ui.triggerSearch(query);
