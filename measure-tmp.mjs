import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/lib/chromium/chromium-headless-shell', args: ['--no-sandbox'] });
for (const [w, h] of [[390, 844], [1280, 800], [320, 640]]) {
  for (const lang of ['ja', 'en', 'ja-easy']) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  await page.goto(`http://127.0.0.1:8081/?lang=${lang}`);
  await page.waitForSelector('.card-list[data-complete="true"]');
  await page.waitForTimeout(500);
  const h0 = await page.evaluate(() => document.documentElement.scrollHeight);
  // one End jump, then two
  const jumps = [];
  for (let i = 0; i < 3; i++) {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(400);
    jumps.push(await page.evaluate(() => {
      const f = document.querySelector('footer.site-footer, .site-footer');
      const r = f ? f.getBoundingClientRect() : null;
      return [document.documentElement.scrollHeight, r ? Math.round(r.top - innerHeight) : null];
    }));
  }
  // scroll through everything
  for (let y = 0; y < 60000; y += h) { await page.evaluate((y) => window.scrollTo(0, y), y); await page.waitForTimeout(30); }
  const h1 = await page.evaluate(() => document.documentElement.scrollHeight);
  const cards = await page.evaluate(() => [...document.querySelectorAll('.card-list > li')].map(li => Math.round(li.getBoundingClientRect().height)));
  const avg = cards.reduce((a, b) => a + b, 0) / cards.length;
  console.log(`${w}x${h} ${lang}: start ${h0}, jumps ${JSON.stringify(jumps)}, end ${h1}, card avg ${avg.toFixed(0)} min ${Math.min(...cards)} max ${Math.max(...cards)}`);
  await page.close();
  }
}
await browser.close();
