import { expect, type Locator, type Page } from '@playwright/test';

/** The overview as a resident reads it on arrival, and the page's length as they scroll. */
export class Overview {
  readonly headlineNames: Locator;
  readonly firstCard: Locator;
  readonly footer: Locator;

  constructor(readonly page: Page) {
    this.headlineNames = page.locator('.subgoal .headline-figure .headline-name');
    this.firstCard = page.locator('article[data-kpi]').first();
    this.footer = page.locator('.site-footer');
  }

  async open(query = ''): Promise<void> {
    await this.page.goto(query ? `./?${query}` : './');
    await expect(this.page.locator('ol.card-list')).toHaveAttribute('data-complete', 'true', { timeout: 15_000 });
  }

  subgoal(id: string): Locator {
    return this.page.locator(`[data-subgoal="${id}"]`);
  }

  async pageHeight(): Promise<number> {
    return this.page.evaluate(() => document.documentElement.scrollHeight);
  }

  /** Jumps to the end of the page as the End key does (without its smooth scrolling). */
  async jumpToEnd(): Promise<void> {
    await this.page.evaluate(async () => {
      window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' });
      // Cards that come into view are drawn in the next frames.
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    });
  }

  /** Scrolls through the whole page a screen at a time, as a reader reading every card. */
  async readToEnd(): Promise<void> {
    await this.page.evaluate(async () => {
      // Two frames to draw what came into view; on a busy machine a frame can be held back,
      // so a screen waits at most 200 ms. A page that kept growing would still end: at most
      // 200 screens, and the caller compares the heights.
      const frames = () => new Promise((done) => {
        setTimeout(done, 200);
        requestAnimationFrame(() => requestAnimationFrame(done));
      });
      for (let top = 0, n = 0; top < document.documentElement.scrollHeight && n < 200; top += innerHeight, n++) {
        window.scrollTo({ top, behavior: 'instant' });
        await frames();
      }
    });
  }

  /** Text the page shows (without the readings over kanji). */
  async visibleText(): Promise<string> {
    return this.page.evaluate(() => {
      const copy = document.body.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('rt, script, style, [hidden]').forEach((e) => e.remove());
      return copy.innerText;
    });
  }
}

/** Kanji a reader can see outside a `<ruby>` (easy Japanese promises a reading on each). */
export async function bareKanji(page: Page, root = 'main'): Promise<string[]> {
  return page.evaluate((selector) => {
    const out: string[] = [];
    const kanji = /[\u3005\u3007\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/;
    const walker = document.createTreeWalker(document.querySelector(selector)!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || element.closest('ruby, script, style, [hidden], .visually-hidden')) continue;
      if (!element.checkVisibility()) continue;
      if (kanji.test(node.textContent ?? '')) out.push(`${element.tagName.toLowerCase()}.${element.className}: ${node.textContent!.trim()}`);
    }
    return out;
  }, root);
}

/** Opens every disclosure in `root`, again until none is left closed (opening one may add more). */
export async function openEveryDisclosure(page: Page, root: string): Promise<void> {
  for (let round = 0; round < 4; round++) {
    const closed = page.locator(`${root} details:not([open]) > summary`);
    const count = await closed.count();
    if (count === 0) return;
    for (let i = 0; i < count; i++) await closed.first().click();
  }
}
