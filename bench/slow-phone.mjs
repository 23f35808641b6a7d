// A resident's first visit on a slow phone, for `cargo xtask bench`: 4× CPU slowdown,
// 1.6 Mbps down / 750 kbps up with 150 ms latency, a 390×844 screen, an empty cache. Each
// run measures navigation → first contentful paint and navigation → app live (the
// `app-mounted` mark: the running app has replaced the pre-rendered first screen), and
// keeps the run's waterfall (every request: start, end, bytes on the wire). Prints one
// JSON array, one entry per run, on stdout.
import { chromium } from '@playwright/test';

const [, , url, runsArg = '5'] = process.argv;

/** Network and CPU of the slow phone (the conditions the performance issue names). */
const SLOW_PHONE = {
  latency: 150,
  downloadThroughput: (1.6 * 1000 * 1000) / 8,
  uploadThroughput: (750 * 1000) / 8,
  cpu: 4,
};

async function run() {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_PHONE });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_PHONE.cpu });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => performance.getEntriesByName('app-mounted').length > 0, null, { timeout: 120_000, polling: 100 });
  const result = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    const live = performance.getEntriesByName('app-mounted')[0];
    const requests = performance.getEntriesByType('resource').map((r) => ({
      file: new URL(r.name).pathname.split('/').pop() || r.name,
      start: Math.round(r.startTime),
      end: Math.round(r.responseEnd),
      bytes: r.transferSize,
    }));
    return { firstPaint: Math.round(fcp?.startTime ?? 0), appLive: Math.round(live.startTime), requests };
  });
  await browser.close();
  return result;
}

const runs = [];
for (let i = 0; i < Number(runsArg); i++) runs.push(await run());
console.log(JSON.stringify(runs));
