import { chromium } from '@playwright/test';
import fs from 'fs';
const base = process.argv[2]; const outdir = process.argv[3]; const extra = process.argv[4] || '';
fs.mkdirSync(outdir, { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/lib/chromium/chromium-headless-shell', args: ['--no-sandbox'] });
const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
const page = await ctx.newPage();
await page.goto(base + '/' + (extra ? '?' + extra : ''));
await page.waitForFunction(() => !document.documentElement.hasAttribute('data-prerender'), null, { timeout: 20000 });
await page.waitForTimeout(500);
const ids = await page.$$eval('article[data-kpi]', as => as.map(a => a.getAttribute('data-kpi')));
fs.writeFileSync(outdir + '/ids.txt', ids.join('\n'));
const langs = (process.argv[5] || 'ja,en,ja-easy').split(',');
const only = process.argv[6] ? process.argv[6].split(',') : ids;
for (const id of only) for (const lang of langs) {
  const q = new URLSearchParams(); if (extra) for (const [k,v] of new URLSearchParams(extra)) q.set(k,v);
  q.set('kpi', id); if (lang !== 'ja') q.set('lang', lang);
  await page.goto(base + '/?' + q.toString());
  await page.waitForFunction((id) => !document.documentElement.hasAttribute('data-prerender') && document.querySelector(`[data-detail="${id}"]`), id, { timeout: 20000 });
  await page.waitForTimeout(300);
  for (let i = 0; i < 5; i++) {
    const sums = await page.$$(`[data-detail="${id}"] details:not([open]) > summary`);
    if (!sums.length) break;
    for (const s of sums) { try { await s.click(); } catch (e) {} }
    await page.waitForTimeout(150);
  }
  const res = await page.evaluate((id) => {
    const root = document.querySelector(`[data-detail="${id}"]`);
    // text with ruby shown as base(reading)
    function txt(n) {
      if (n.nodeType === 3) return n.nodeValue;
      if (n.nodeType !== 1) return '';
      const tag = n.tagName;
      if (tag === 'SCRIPT' || tag === 'STYLE') return '';
      if (tag === 'RT') return '';
      if (tag === 'RP') return '';
      if (tag === 'RUBY') { let b = '', r = ''; for (const c of n.childNodes) { if (c.nodeType===1 && c.tagName==='RT') r += c.textContent; else if (!(c.nodeType===1 && c.tagName==='RP')) b += txt(c);} return b + '{' + r + '}'; }
      const cs = getComputedStyle(n);
      if (cs.display === 'none') return '';
      let s = ''; for (const c of n.childNodes) s += txt(c);
      const blk = /^(block|flex|grid|list-item|table|table-row|table-caption)$/.test(cs.display);
      if (tag === 'TD' || tag === 'TH') s = s + ' | ';
      if (tag === 'BR') return '\n';
      return blk ? '\n' + s + '\n' : s;
    }
    // kanji outside ruby
    const bad = [];
    const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let n; while ((n = w.nextNode())) {
      if (n.parentElement.closest('ruby,script,style,[hidden]')) continue;
      if (/[\u4e00-\u9fff々]/.test(n.nodeValue)) { const el = n.parentElement; if (getComputedStyle(el).display==='none') continue; bad.push((el.closest('[lang]')?.getAttribute('lang')||'') + ' <' + el.tagName + (el.className?'.'+el.className:'') + '> ' + n.nodeValue.trim().slice(0,120)); }
    }
    return { text: txt(root).replace(/\n\s*\n+/g, '\n').trim(), bad, header: document.querySelector('header')?.innerText || '', title: document.title, htmllang: document.documentElement.lang };
  }, id);
  fs.writeFileSync(`${outdir}/${id}.${lang}.txt`, `TITLE: ${res.title}\nLANG: ${res.htmllang}\n---\n${res.text}\n` + (res.bad.length ? '\n=== KANJI OUTSIDE RUBY ===\n' + res.bad.join('\n') + '\n' : ''));
}
await browser.close();
