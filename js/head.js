// Runs before the first paint, inline in <head> (allowed by its hash in the CSP). The static
// first screen in index.html is the default view, in Japanese, with the official figures.
// When this visit will show something else (a shared link, another language, edits on
// this device), the loading message stands in for it until the app is ready, instead of
// the wrong content flashing. A saved theme is applied before anything is drawn.
// The storage keys are filled in by the build (src/shared_names.rs).
(function () {
  var root = document.documentElement;
  function saved(key) { try { return localStorage.getItem(key); } catch (e) { return null; } }
  var theme = saved('__KEY_THEME__');
  if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  var lang = saved('__KEY_LANG__');
  if (location.search.length > 1 || (lang && lang !== 'ja') || saved('__KEY_EDITS__')) {
    root.setAttribute('data-prerender', 'stale');
  }
})();
