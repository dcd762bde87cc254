// Pagefind's UI, started once its script has loaded; the index is built by `npm run build`.
// The search starts from ?q= (so that links can search), or on the 404 page from the words
// of the address that was not found.
window.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('search');
  if (!element || typeof PagefindUI === 'undefined') return;
  var ui = new PagefindUI({
    element: '#search',
    // Result URLs are site paths; under a sub-path they need the prefix.
    baseUrl: element.getAttribute('data-base-url') || '/',
    showSubResults: true,
    showImages: false,
    translations: { placeholder: 'Search events, actors and sources' },
  });
  // Pagefind labels its form but gives the field only a title; a name of its own reads better.
  var input = element.querySelector('.pagefind-ui__search-input');
  if (input) input.setAttribute('aria-label', 'Search events, actors and sources');
  var query = new URLSearchParams(window.location.search).get('q');
  if (!query && element.hasAttribute('data-from-path')) {
    var path = window.location.pathname;
    try { path = decodeURIComponent(path); } catch (e) { /* a malformed address is still worth searching */ }
    var last = path.split('/').filter(Boolean).pop() || '';
    query = last.replace(/\.html?$/, '').replace(/^\d{4}(-\d{2}){0,2}-?/, '').replace(/[-_]+/g, ' ').trim();
  }
  if (query) ui.triggerSearch(query);
});
