import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
const browser = await chromium.launch({ executablePath: '/usr/lib/chromium/chromium-headless-shell', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
for (const lang of ['ja', 'en', 'ja-easy']) {
  await page.goto(`http://127.0.0.1:8081/?lang=${lang}`);
  await page.waitForSelector('article[data-kpi]');
  await page.waitForTimeout(1500);
  const ids = await page.locator('article[data-kpi]').evaluateAll((els) => els.map((e) => e.getAttribute('data-kpi')));
  await page.addStyleTag({ content: 'rt,rp{display:none!important} canvas{display:none}' });
  const overviewText = await page.evaluate(() => document.querySelector(".overview").innerText);
  const cards = await page.evaluate(() => [...document.querySelectorAll('article[data-kpi]')].map((a) => `--- card ${a.getAttribute('data-kpi')}\n${a.innerText}`));
  let out = `===== overview (${lang})\n${overviewText}\n` + cards.join('\n') + '\n';
  for (const id of ids) {
    await page.evaluate((q) => { history.pushState(null, '', `?${q}`); dispatchEvent(new PopStateEvent('popstate')); }, `lang=${lang}&kpi=${id}`);
    await page.waitForSelector(`[data-detail="${id}"] .detail-main`);
    await page.evaluate(() => document.querySelectorAll('.detail-body details').forEach((d) => { d.open = true; d.dispatchEvent(new Event('toggle')); }));
    await page.waitForTimeout(300);
    await page.evaluate(() => document.querySelectorAll('.detail-body details').forEach((d) => { d.open = true; d.dispatchEvent(new Event('toggle')); }));
    await page.waitForTimeout(200);
    const text = await page.evaluate(() => document.querySelector('.detail-body').innerText);
    out += `\n===== detail ${id} (${lang})\n${text}\n`;
  }
  writeFileSync(`/tmp/review/details-${lang}.txt`, out);
}
await browser.close();
