// Progressive enhancement for the timeline: filter by actor, status and words, without a
// page reload. The page is complete without this script; the form also works as a GET.
(function () {
  var form = document.getElementById('filters');
  if (!form) return;
  var actor = document.getElementById('filter-actor');
  var status = document.getElementById('filter-status');
  var text = document.getElementById('filter-text');
  var count = document.getElementById('filter-count');
  var events = Array.prototype.slice.call(document.querySelectorAll('.timeline .event'));
  var params = new URLSearchParams(window.location.search);
  if (params.get('actor')) actor.value = params.get('actor');
  if (params.get('status')) status.value = params.get('status');
  if (params.get('q')) text.value = params.get('q');
  function apply() {
    var a = actor.value, s = status.value, q = text.value.trim().toLowerCase();
    var shown = 0;
    events.forEach(function (el) {
      var ok = (!a || (' ' + el.getAttribute('data-actors')).indexOf(' ' + a + ' ') >= 0) &&
        (!s || el.getAttribute('data-status') === s) &&
        (!q || el.textContent.toLowerCase().indexOf(q) >= 0);
      el.hidden = !ok;
      if (ok) shown++;
    });
    document.querySelectorAll('.timeline .day').forEach(function (day) {
      day.hidden = !day.querySelector('.event:not([hidden])');
    });
    document.querySelectorAll('.timeline .period').forEach(function (p) {
      p.hidden = !p.querySelector('.event:not([hidden])');
    });
    count.textContent = (a || s || q) ? shown + ' of ' + events.length + ' events shown' : '';
    var url = new URL(window.location.href);
    ['actor', 'status', 'q'].forEach(function (k, i) {
      var v = [a, s, q][i];
      if (v) url.searchParams.set(k, v); else url.searchParams.delete(k);
    });
    window.history.replaceState(null, '', url);
  }
  form.addEventListener('submit', function (e) { e.preventDefault(); apply(); });
  [actor, status].forEach(function (el) { el.addEventListener('change', apply); });
  text.addEventListener('input', apply);
  apply();
})();
