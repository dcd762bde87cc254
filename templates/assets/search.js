// Pagefind's UI, started once its script has loaded; the index is built by `npm run build`.
// The search starts from ?q= (so that links can search), or on the 404 page from the words
// of the address that was not found.
var SPELLINGS = 'Names here are also written:';
window.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('search');
  if (!element) return;
  // The index is fetched, and a browser fetches nothing from a page opened from disk.
  if (window.location.protocol === 'file:') {
    element.textContent = 'Search works when the site is served: run npm run serve and open this page there.';
    return;
  }
  if (typeof PagefindUI === 'undefined') return;
  var ui = new PagefindUI({
    element: '#search',
    // Result URLs are site paths; under a sub-path they need the prefix.
    baseUrl: element.getAttribute('data-base-url') || '/',
    showSubResults: true,
    showImages: false,
    translations: { placeholder: 'Search events, actors and sources' },
    // A page's other spellings of names are indexed so that any spelling finds it, but they are
    // not the page's words: an excerpt never shows them, the page's opening does instead.
    processResult: function (result) {
      var content = result.content || '';
      var at = content.indexOf(SPELLINGS);
      var spellings = at >= 0 ? content.slice(at) : '';
      var opening = (at >= 0 ? content.slice(0, at) : content).slice(0, 160).replace(/&/g, '&amp;').replace(/</g, '&lt;') + '…';
      function clean(text) {
        if (!text || !spellings) return text;
        var cut = text.indexOf(SPELLINGS);
        if (cut >= 0) text = text.slice(0, cut).trim();
        var plain = text.replace(/<[^>]*>/g, '').replace(/…/g, '').trim();
        // An excerpt taken from the spellings alone (or nothing left): the page's opening instead.
        if (!plain || spellings.indexOf(plain.slice(0, 40)) >= 0) return opening;
        return text;
      }
      result.excerpt = clean(result.excerpt);
      (result.sub_results || []).forEach(function (sub) { sub.excerpt = clean(sub.excerpt); });
      return result;
    },
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
