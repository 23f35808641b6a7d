import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/lib/chromium/chromium-headless-shell', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
await page.goto('http://127.0.0.1:8081/');
await page.waitForSelector('.card-list[data-complete="true"]');
const times = [];
for (let y = 0; y < 12000; y += 844) {
  const t = Date.now();
  const inner = await page.evaluate(async (top) => { const a = performance.now(); window.scrollTo(0, top); await new Promise((d) => requestAnimationFrame(() => requestAnimationFrame(d))); return Math.round(performance.now() - a); }, y);
  times.push([y, inner, Date.now() - t]);
}
console.log(JSON.stringify(times));
const t = Date.now(); for (let i = 0; i < 10; i++) await page.evaluate(() => 1); console.log('10 evals', Date.now() - t);
await browser.close();
