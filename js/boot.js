// Starts the app: instantiate the wasm module, then load ECharts once the first screen has
// painted so the cards never wait for the chart library. File names are filled in by the build.
import init from './__GLUE__';

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
  script.onload = () => window.dispatchEvent(new Event('echarts-ready'));
  script.onerror = () => window.dispatchEvent(new Event('echarts-failed'));
  document.head.append(script);
}

init({ module_or_path: new URL('./__WASM__', import.meta.url) })
  .then(() => requestAnimationFrame(() => setTimeout(loadCharts, 0)))
  .catch(showBootError);
