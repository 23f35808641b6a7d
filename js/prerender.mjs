// Build step (run by `cargo xtask build`): opens the built app in Chromium and prints its
// first screen as static HTML, which the build puts into index.html. Visitors then see the
// real overview and cards at the first paint, before the wasm has even arrived; the app
// replaces this copy once it runs (src/web/startup.rs).
//
// usage: node js/prerender.mjs <origin serving the built app> <cards in the first screen>
import { chromium } from '@playwright/test';

const origin = process.argv[2];
// FIRST_SCREEN_CARDS in src/shared_names.rs, passed by the build.
const FIRST_SCREEN_CARDS = Number(process.argv[3]);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'ja-JP', colorScheme: 'light', viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // The chart library never arrives, so the copy shows charts as every visitor first sees
  // them: a placeholder with the chart's title, summary and data table.
  await page.route('**/echarts.*.js', () => {});
  await page.goto(`${origin}/`);
  await page.waitForSelector('ol.card-list[data-complete="true"]', { timeout: 120_000 });
  if (errors.length) throw new Error(`the app failed while pre-rendering: ${errors.join('; ')}`);
  const html = await page.evaluate((cards) => {
    const live = document.getElementById('app');
    const copy = live.cloneNode(true);
    // Form state lives in properties, which innerHTML does not show.
    const twins = copy.querySelectorAll('input, select');
    live.querySelectorAll('input, select').forEach((control, i) => {
      const twin = twins[i];
      if (control.type === 'checkbox' || control.type === 'radio') twin.toggleAttribute('checked', control.checked);
      else if (control.tagName === 'SELECT') twin.querySelectorAll('option').forEach((o, j) => o.toggleAttribute('selected', j === control.selectedIndex));
      else twin.setAttribute('value', control.value);
    });
    copy.querySelectorAll('ol.card-list > li').forEach((item, i) => { if (i >= cards) item.remove(); });
    copy.querySelector('ol.card-list')?.removeAttribute('data-complete');
    // Print-only parts name this build server's address; the live app writes them.
    copy.querySelectorAll('.print-only').forEach((node) => node.remove());
    return copy.innerHTML;
  }, FIRST_SCREEN_CARDS);
  process.stdout.write(html.replaceAll(origin, ''));
} finally {
  await browser.close();
}
