// Pagefind's UI, started once its script has loaded; the index is built by `npm run build`.
window.addEventListener('DOMContentLoaded', function () {
  if (typeof PagefindUI === 'undefined') return;
  new PagefindUI({ element: '#search', showSubResults: true, showImages: false });
});
