import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/lib/chromium/chromium-headless-shell', args: ['--no-sandbox'] });
for (const [w, h] of [[390, 844], [320, 640]]) for (const lang of ['ja', 'en', 'ja-easy']) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  await page.goto(`http://127.0.0.1:8081/?lang=${lang}`);
  await page.waitForSelector('.card-list[data-complete="true"]');
  const r = await page.evaluate(() => {
    const y = (s) => { const e = document.querySelector(s); return e ? Math.round(e.getBoundingClientRect().top + scrollY) : null; };
    return { overview: y('.overview'), goals: y('.goal-grid'), filters: y('.filters, .filter-panel'), results: y('#results'), card: y('article[data-kpi]'), sub: [...document.querySelectorAll('.subgoal')].map(e => Math.round(e.getBoundingClientRect().height)) };
  });
  console.log(w, lang, JSON.stringify(r));
  await page.close();
}
await browser.close();
