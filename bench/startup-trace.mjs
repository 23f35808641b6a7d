// The start-up's long tasks in Chromium at 4× CPU, for `cargo xtask bench`: a trace of
// loading the page until the app is live and settled, each main-thread task over 50 ms
// with what it spent its time on. Prints one JSON array (one entry per run) on stdout.
import { chromium } from '@playwright/test';

const [, , url, runsArg = '3'] = process.argv;
const KINDS = {
  Layout: 'layout', UpdateLayoutTree: 'style', Paint: 'paint', ParseHTML: 'HTML parsing',
  EvaluateScript: 'script evaluation', 'v8.compile': 'script compilation', FunctionCall: 'script/wasm call',
};

async function trace() {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute', transferMode: 'ReportEvents' });
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('ol.card-list[data-complete="true"]'), null, { timeout: 120_000 });
  await page.waitForTimeout(5000);
  await cdp.send('Tracing.end');
  await done;
  await browser.close();
  const start = events.find((e) => e.name === 'navigationStart')?.ts ?? Math.min(...events.filter((e) => e.ts).map((e) => e.ts));
  // The page's main thread only (the thread that parsed its HTML): the trace also holds the
  // service worker's thread, whose tasks (such as compiling the scripts it caches for
  // offline use, ECharts among them) never block the page.
  const parsed = events.find((e) => e.name === 'ParseHTML' && (e.args?.beginData?.url ?? '').startsWith(url));
  const main = parsed && { pid: parsed.pid, tid: parsed.tid };
  return events
    .filter((e) => e.name === 'RunTask' && e.dur > 50_000 && (!main || (e.pid === main.pid && e.tid === main.tid)))
    .map((task) => {
      const spent = {};
      for (const e of events) {
        if (e.tid !== task.tid || e.pid !== task.pid || e.ph !== 'X' || !KINDS[e.name]) continue;
        if (e.ts < task.ts || e.ts + (e.dur ?? 0) > task.ts + task.dur) continue;
        spent[KINDS[e.name]] = (spent[KINDS[e.name]] ?? 0) + e.dur / 1000;
      }
      const call = events.find((e) => e.name === 'FunctionCall' && e.tid === task.tid && e.ts >= task.ts && e.ts < task.ts + task.dur);
      const script = (call?.args?.data?.url ?? '').split('/').pop();
      return { start_ms: (task.ts - start) / 1000, duration_ms: task.dur / 1000, spent, script };
    })
    .filter((t) => t.start_ms >= 0);
}

const runs = [];
for (let i = 0; i < Number(runsArg); i++) runs.push(await trace());
console.log(JSON.stringify(runs));
