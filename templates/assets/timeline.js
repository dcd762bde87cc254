// Opened from disk (file://), a link to a folder shows a listing, not its page: every such link
// is pointed at the folder's index.html. Served, links stay as written.
(function () {
  if (window.location.protocol !== 'file:') return;
  Array.prototype.forEach.call(document.querySelectorAll('a[href]'), function (a) {
    var href = a.getAttribute('href');
    if (/^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(href)) return;
    var folder = href.match(/^([^?#]*\/)([?#].*)?$/);
    if (folder) a.setAttribute('href', folder[1] + 'index.html' + (folder[2] || ''));
  });
})();

// Progressive enhancement for the timeline: filter by actor, status and words without a page
// reload. The page is complete without this script, which is why the form starts hidden.
(function () {
  var form = document.getElementById('filters');
  if (!form) return;
  var actor = document.getElementById('filter-actor');
  var status = document.getElementById('filter-status');
  var text = document.getElementById('filter-text');
  var count = document.getElementById('filter-count');
  var empty = document.getElementById('filter-empty');
  var events = Array.prototype.slice.call(document.querySelectorAll('.timeline .event'));
  var params = new URLSearchParams(window.location.search);
  form.hidden = false;
  // Only known values are taken from the address, so a stale link shows everything, not nothing.
  function pick(select, value) {
    if (value && select.querySelector('option[value="' + CSS.escape(value) + '"]')) select.value = value;
  }
  pick(actor, params.get('actor'));
  pick(status, params.get('status'));
  if (params.get('q')) text.value = params.get('q');

  // Words are also looked up in the search index, which holds every quote of every event page,
  // so "prisoner" finds the event whose sources say it though its headline does not.
  var found = null, asked = '';
  var base = (document.querySelector('link[rel="icon"]') || {}).href;
  base = base ? base.replace(/assets\/favicon\.svg$/, '') : '/';
  function lookUp(q) {
    asked = q;
    if (!q) { found = null; return; }
    import(base + 'pagefind/pagefind.js').then(function (pagefind) {
      return pagefind.search(q, { filters: { type: 'Event' } }).then(function (search) {
        return Promise.all(search.results.slice(0, 200).map(function (r) { return r.data(); }));
      });
    }).then(function (pages) {
      if (asked !== q) return;
      found = {};
      pages.forEach(function (p) { found[new URL(p.url, window.location.href).pathname] = true; });
      apply();
    }).catch(function () { /* no index (a build without search): the cards' own words still filter */ });
  }
  function matches(el, q) {
    if (!q || el.textContent.toLowerCase().indexOf(q) >= 0) return true;
    var link = el.querySelector('.event-title a');
    return Boolean(found && link && found[new URL(link.href, window.location.href).pathname]);
  }

  function apply() {
    var a = actor.value, s = status.value, q = text.value.trim().toLowerCase();
    var shown = 0;
    events.forEach(function (el) {
      var ok = (!a || el.getAttribute('data-actors').indexOf(' ' + a + ' ') >= 0) &&
        (!s || el.getAttribute('data-status') === s) && matches(el, q);
      el.hidden = !ok;
      if (ok) shown++;
    });
    document.querySelectorAll('.timeline .day').forEach(function (day) {
      day.hidden = !day.querySelector('.event:not([hidden])');
    });
    document.querySelectorAll('.timeline .period').forEach(function (p) {
      p.hidden = !p.querySelector('.event:not([hidden])');
      var link = document.querySelector('.months [data-period="' + p.id.slice(2) + '"]');
      if (link) link.hidden = p.hidden;
    });
    var before = document.getElementById('p-before');
    var beforeLink = document.querySelector('.months [data-period="before"]');
    if (before && beforeLink) beforeLink.hidden = !before.querySelector('.event:not([hidden])');
    if (before && (a || s || q) && before.querySelector('.event:not([hidden])')) before.open = true;
    var filtered = Boolean(a || s || q);
    count.textContent = filtered ? 'Showing ' + shown + ' of ' + events.length + ' events' : events.length + ' events';
    empty.hidden = shown > 0;
    var url = new URL(window.location.href);
    [['actor', a], ['status', s], ['q', q]].forEach(function (pair) {
      if (pair[1]) url.searchParams.set(pair[0], pair[1]); else url.searchParams.delete(pair[0]);
    });
    window.history.replaceState(null, '', url);
  }
  form.addEventListener('submit', function (e) { e.preventDefault(); apply(); });
  // Reset clears the fields after this event, so filtering waits a turn.
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  [actor, status].forEach(function (el) { el.addEventListener('change', apply); });
  text.addEventListener('input', function () { lookUp(text.value.trim()); apply(); });
  lookUp(text.value.trim());
  apply();
})();
