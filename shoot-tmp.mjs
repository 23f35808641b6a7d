import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/lib/chromium/chromium-headless-shell', args: ['--no-sandbox'] });
const shots = process.argv.slice(2);
for (const spec of shots) {
  const [name, query, w, h, full, clickSel] = spec.split('|');
  const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) }, deviceScaleFactor: 1 });
  await page.goto(`http://127.0.0.1:8081/?${query}`);
  await page.waitForSelector('[data-app-live], .detail-body, .card', { timeout: 15000 }).catch(() => {});
  await page.waitForTimeout(2500);
  if (clickSel) { for (const s of clickSel.split(',')) { await page.locator(s).first().click().catch(()=>{}); } await page.waitForTimeout(800); }
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: full === '1' });
  await page.close();
}
await browser.close();
