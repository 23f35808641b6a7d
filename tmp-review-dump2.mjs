import { chromium } from '@playwright/test';
import fs from 'fs';
const base='http://127.0.0.1:8092'; const out='/tmp/review2/test'; fs.mkdirSync(out,{recursive:true});
const browser = await chromium.launch({ executablePath: '/usr/lib/chromium/chromium-headless-shell', args: ['--no-sandbox'] });
const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
const page = await ctx.newPage();
const pages = [['home',''],['changes','view=changes'],['k100','kpi=1-1-00'],['k101','kpi=1-1-01'],['k102','kpi=1-1-02'],['old100','edition=2023&kpi=1-1-00'],['oldhome','edition=2023'],['oldchanges','edition=2023&view=changes']];
for (const lang of ['ja','en','ja-easy']) for (const [name,q] of pages) {
  const qs = new URLSearchParams(q); if (lang!=='ja') qs.set('lang',lang);
  const url = base + '/?' + qs.toString();
  await page.goto(url);
  const id = qs.get('kpi');
  try {
    await page.waitForFunction((id) => !document.documentElement.hasAttribute('data-prerender') && (!id || document.querySelector(`[data-detail="${id}"]`)), id, { timeout: 20000 });
  } catch(e) { console.log('timeout', url); }
  await page.waitForTimeout(600);
  const scope = id ? `[data-detail="${id}"] ` : '';
  for (let i=0;i<5;i++){ const s=await page.$$(`${scope}details:not([open]) > summary`); if(!s.length)break; for(const x of s){try{await x.click();}catch(e){}} await page.waitForTimeout(150); }
  const res = await page.evaluate(() => {
    function txt(n){ if(n.nodeType===3) return n.nodeValue; if(n.nodeType!==1) return ''; const tag=n.tagName;
      if(['SCRIPT','STYLE','RT','RP'].includes(tag)) return '';
      if(tag==='RUBY'){let b='',r='';for(const c of n.childNodes){if(c.nodeType===1&&c.tagName==='RT')r+=c.textContent;else if(!(c.nodeType===1&&c.tagName==='RP'))b+=txt(c);}return b+'{'+r+'}';}
      const cs=getComputedStyle(n); if(cs.display==='none') return '';
      let s=''; for(const c of n.childNodes) s+=txt(c);
      if(tag==='A') s = '[' + s + '](' + n.getAttribute('href') + ')';
      if(tag==='TD'||tag==='TH') s+=' | '; if(tag==='BR') return '\n';
      return /^(block|flex|grid|list-item|table|table-row|table-caption)$/.test(cs.display)?'\n'+s+'\n':s; }
    const bad=[]; const w=document.createTreeWalker(document.body,NodeFilter.SHOW_TEXT); let n;
    while((n=w.nextNode())){ if(n.parentElement.closest('ruby,script,style,[hidden]'))continue; if(/[\u4e00-\u9fff々]/.test(n.nodeValue)){const el=n.parentElement; if(getComputedStyle(el).display==='none')continue; bad.push('<'+el.tagName+(el.className?'.'+el.className:'')+'> '+n.nodeValue.trim().slice(0,150));}}
    const ov = document.documentElement.scrollWidth > window.innerWidth;
    return {text: txt(document.body).replace(/\n\s*\n+/g,'\n').trim(), bad, title: document.title, lang: document.documentElement.lang, overflow: ov, sw: document.documentElement.scrollWidth};
  });
  fs.writeFileSync(`${out}/${name}.${lang}.txt`, `URL: ${url}\nTITLE: ${res.title}\nLANG: ${res.lang}\nOVERFLOW: ${res.overflow} ${res.sw}\n---\n${res.text}\n\n=== KANJI OUTSIDE RUBY ===\n${res.bad.join('\n')}\n`);
  await page.screenshot({ path: `${out}/${name}.${lang}.png`, fullPage: false });
}
await browser.close();
