import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/lib/chromium/chromium-headless-shell', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
const ids = process.argv.slice(2);
for (const id of ids) {
  await page.goto(`http://127.0.0.1:8081/?lang=ja-easy${id === 'overview' ? '' : '&kpi=' + id}`);
  await page.waitForSelector(id === 'overview' ? '.card-list[data-complete="true"]' : '.detail-body');
  for (let i = 0; i < 3; i++) {
    await page.evaluate(() => document.querySelectorAll('main details, .detail-body details, .overview details').forEach((d) => { if (!d.open) { d.open = true; } }));
    await page.waitForTimeout(500);
  }
  const bare = await page.evaluate(() => {
    const out = [];
    const root = document.querySelector('main') || document.body;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const kanji = /[\u3005\u3007\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('ruby, rt, script, style, [hidden], canvas, .visually-hidden')) continue;
      if (!el.checkVisibility()) continue;
      if (kanji.test(n.textContent)) out.push(`${el.tagName}.${el.className}: ${n.textContent.trim().slice(0, 80)}`);
    }
    return out;
  });
  console.log(`== ${id}: ${bare.length}`); for (const b of bare.slice(0, 40)) console.log('  ' + b);
}
await browser.close();
