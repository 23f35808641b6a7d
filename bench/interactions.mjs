// Interaction timings in Chromium, for `cargo xtask bench`. Prints one JSON object on stdout.
//
// Filter and search: the change is made at the start of a frame (in a requestAnimationFrame
// callback) and timed until that frame has been painted (a task posted from the callback
// runs only after the frame's style, layout and paint). That is the main-thread work the
// change costs before it is on screen; ≤ 16 ms means it is painted in the very next frame.
// "Frame-aligned" times the same change from just after a painted frame to the next one,
// so it also includes the wait for the display's refresh (at least one 16.7 ms frame).
import { chromium } from '@playwright/test';

const [, , baseURL, runsArg = '5'] = process.argv;
const RUNS = Number(runsArg);
const flags = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

/** The state changes that are timed, installed in the page before it loads. */
function installActions() {
  const type = (text) => {
    const input = document.getElementById('f-search');
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  globalThis.benchActions = {
    toggleDelayed: () => document.getElementById('f-status-delayed').click(),
    search: () => type('ばす'),
    clearSearch: () => type(''),
    // Edit mode's panel comes with the staff module, downloaded the first time it opens.
    openEditMode: async () => {
      [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === '編集モード').click();
      while (!document.querySelector('.edit-panel')) await new Promise((r) => setTimeout(r, 1));
    },
    openDetail: async () => {
      document.querySelector('article[data-kpi] .card-link').click();
      while (!document.querySelector('figure[data-chart="trend-chart"] canvas')) await new Promise((r) => setTimeout(r, 1));
    },
  };
}

/** Makes the named change at the start of a frame; returns ms until that frame is painted. */
async function measureInFrame(page, action) {
  return page.evaluate((name) => new Promise((resolve) => {
    // Two frames first, so nothing from the previous change is still pending.
    requestAnimationFrame(() => requestAnimationFrame(() => {
      const start = performance.now();
      globalThis.benchActions[name]();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now() - start);
      channel.port2.postMessage(0);
    }));
  }), action);
}

/** Runs the named state change in the page and returns ms until the next painted frame. */
async function measure(page, action) {
  return page.evaluate(async (name) => {
    const nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    }));
    await nextPaint();
    const start = performance.now();
    await globalThis.benchActions[name]();
    await nextPaint();
    return performance.now() - start;
  }, action);
}

async function run(throttle) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: flags });
  // No service worker: it would serve the staff module from its precache, not the server.
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.addInitScript(installActions);
  await page.goto(baseURL);
  await page.waitForSelector('[data-kpi]');
  await page.waitForSelector('ol.card-list[data-complete="true"]', { timeout: 120000 });
  const marks = await page.evaluate(() => Object.fromEntries(
    [...performance.getEntriesByType('mark'), ...performance.getEntriesByType('paint')].map((m) => [m.name, m.startTime])));
  // Rows in the sheet, from the result count ("47 / 47 件を表示"); only displayed cards are in the page.
  const rows = Number((await page.locator('.result-count').textContent()).match(/\/\s*([\d,]+)/)[1].replace(/,/g, ''));
  // The list alone never loads ECharts: a first detail, untimed, does, so that the timed
  // ones open with ECharts in place (as every detail after the first).
  await page.evaluate(() => globalThis.benchActions.openDetail());
  await page.goBack();
  await page.waitForSelector('[data-detail]', { state: 'detached' });
  await page.waitForFunction(() => typeof globalThis.echarts === 'object');

  const filter = [];
  const filterAligned = [];
  for (let i = 0; i < RUNS; i++) {
    filter.push(await measureInFrame(page, 'toggleDelayed'));
    filter.push(await measureInFrame(page, 'toggleDelayed'));
    filterAligned.push(await measure(page, 'toggleDelayed'));
    filterAligned.push(await measure(page, 'toggleDelayed'));
  }
  const search = [];
  for (let i = 0; i < RUNS; i++) {
    search.push(await measureInFrame(page, 'search'));
    await measureInFrame(page, 'clearSearch');
  }
  const detail = [];
  for (let i = 0; i < RUNS; i++) {
    detail.push(await measure(page, 'openDetail'));
    await page.goBack();
    await page.waitForSelector('.browse:not([hidden]) article[data-kpi]', { state: 'attached' });
    await page.waitForSelector('[data-detail]', { state: 'detached' });
  }
  // Opening edit mode the first time: a fresh load each run, with the HTTP cache off, so
  // every run downloads the staff module from the server.
  const editMode = [];
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  for (let i = 0; i < RUNS; i++) {
    await page.reload();
    await page.waitForSelector('ol.card-list[data-complete="true"]', { timeout: 120000 });
    await page.waitForTimeout(500);
    editMode.push(await measure(page, 'openEditMode'));
  }
  await browser.close();
  return {
    throttle, rows,
    wasm_instantiate_ms: marks['wasm-ready'] - marks['wasm-start'],
    first_paint_ms: marks['first-contentful-paint'],
    live_ms: marks['app-mounted'],
    filter_ms: median(filter), filter_aligned_ms: median(filterAligned), search_ms: median(search), detail_ms: median(detail),
    edit_mode_ms: median(editMode),
  };
}

const results = [];
for (const throttle of [1, 4]) results.push(await run(throttle));
console.log(JSON.stringify(results));
