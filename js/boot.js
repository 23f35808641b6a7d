// Starts the app once the pre-rendered first screen has painted: its glue and main module
// are already downloading (index.html preloads them, the module at low priority), so the
// paint and the download overlap and compiling the module waits for neither. ECharts
// follows when a chart is shown.
// File names and the event names shared with the app (src/shared_names.rs) are filled in
// by the build.

function showBootError(error) {
  const message = document.getElementById('boot-message');
  if (message) {
    message.setAttribute('role', 'alert');
    message.className = 'boot-message boot-error';
    message.textContent =
      'アプリを読み込めませんでした。ページを再読み込みしてください。 / The app could not be loaded. Please reload the page. (' +
      String(error && error.message ? error.message : error) + ')';
  }
  console.error(error);
}

function loadCharts() {
  const script = document.createElement('script');
  script.src = new URL('./__ECHARTS__', import.meta.url).href;
  script.onload = () => window.dispatchEvent(new Event('__EVENT_ECHARTS_READY__'));
  script.onerror = () => window.dispatchEvent(new Event('__EVENT_ECHARTS_FAILED__'));
  document.head.append(script);
}

// Wasm modules of their own that this visit needs as soon as the app starts are fetched
// beside the main module, not after it has started; the app's own request for them is
// then served by the preload. A link to one indicator shows its detail first (the detail
// module, src/ui/on_demand/); edits stored on this device are read before the app is built
// (the stored-edits module, src/state/edits.rs), and both need the rows' long texts
// (src/state/long_texts.rs); a visit in English or やさしい日本語 is
// drawn once that language's words are there (src/state/words.rs), and for やさしい日本語
// its furigana table (src/state/readings.rs).
function preloadModules() {
  const files = [];
  const query = new URLSearchParams(location.search);
  if (query.has('kpi')) files.push(...__DETAIL_FILES__, '__TEXTS__');
  if (['sheet', 'data', 'changes'].includes(query.get('view'))) files.push('__TEXTS__');
  if (storedEdits()) files.push(...__STORED_EDITS_FILES__, '__TEXTS__');
  const lang = query.get('lang') || stored('__KEY_LANG__');
  if (lang === 'en') files.push(...__WORDS_EN_FILES__);
  if (lang === 'ja-easy') files.push(...__WORDS_EASY_FILES__, '__READINGS__');
  for (const file of new Set(files)) {
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = new URL('./' + file, import.meta.url).href;
    document.head.append(link);
  }
}

function storedEdits() {
  return stored('__KEY_EDITS__') !== null;
}

function stored(key) {
  try {
    return localStorage.getItem(key);
  } catch (error) {
    return null;
  }
}

async function start() {
  // Marks for the bench (see BENCHMARKS.md): wasm fetch+compile+instantiate, then mount.
  performance.mark('wasm-start');
  preloadModules();
  const { default: init } = await import('./__GLUE__');
  await init({ module_or_path: new URL('./__WASM__', import.meta.url) });
  performance.mark('wasm-ready');
}

// ECharts (≈ 160 KB brotli, ≈ 100 ms of a slow phone's main thread to evaluate) is loaded
// when the app first shows a chart (src/web/echarts.rs), and never before the app has
// replaced the static first screen (src/web/startup.rs). The overview's charts are folded,
// so a visit that only reads the list never loads it.
const live = new Promise((resolve) => window.addEventListener('__EVENT_APP_LIVE__', resolve, { once: true }));
const wanted = new Promise((resolve) => window.addEventListener('__EVENT_CHARTS_WANTED__', resolve, { once: true }));
Promise.all([live, wanted]).then(() => requestAnimationFrame(() => setTimeout(loadCharts, 0)));

/** Calls `callback` once the first contentful paint has been presented. */
function afterFirstPaint(callback) {
  let done = false;
  const go = () => {
    if (!done) {
      done = true;
      setTimeout(callback, 0);
    }
  };
  try {
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('first-contentful-paint').length) {
        observer.disconnect();
        go();
      }
    }).observe({ type: 'paint', buffered: true });
  } catch (error) {
    // No paint timing here: the fallback below starts the app.
  }
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(go, 100)));
}

afterFirstPaint(() => start().catch(showBootError));

// Offline support. Not on file:// (single-file copy), and never an error if refused.
function registerServiceWorker() {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  let updateRequested = false;
  const offerUpdate = (worker) => {
    window.dispatchEvent(new Event('__EVENT_UPDATE_READY__'));
    window.addEventListener('__EVENT_APPLY_UPDATE__', () => {
      updateRequested = true;
      worker.postMessage('skip-waiting');
    }, { once: true });
  };
  navigator.serviceWorker.register(new URL('./sw.js', import.meta.url).href, { scope: './' })
    .then((registration) => {
      // A kiosk runs for days: it looks for a new version now and then, and the app
      // applies it at its next idle reset.
      if (new URLSearchParams(location.search).get('kiosk') === '1') {
        setInterval(() => registration.update().catch(() => {}), 30 * 60 * 1000);
      }
      if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(worker);
        });
      });
    })
    .catch((error) => console.warn('service worker not registered:', error));
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (updateRequested) {
      updateRequested = false;
      location.reload();
    }
  });
}
registerServiceWorker();
