import { expect, type Locator, type Page } from '@playwright/test';

/** Japanese script an English reader would notice: kana, kanji, CJK punctuation and
 *  full-width forms (the ideographic space alone is only a space). */
export const JAPANESE = /[\u3001-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uffef]/;
/** A kanji (or 々), the characters that need a reading in やさしい日本語. */
export const KANJI = /[\u3005\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/** A piece of text a reader sees, and where. */
export interface SeenText {
  text: string;
  where: string;
}

/** The page as each kind of reader sees it: every visible text, checked per language. */
export class Reader {
  /** The search box, whatever the language of its label. */
  readonly search: Locator;

  constructor(readonly page: Page) {
    this.search = page.locator('#f-search');
  }

  /** Opens what a curious reader would open: the glossary, chart data tables, the
   *  official names and the city's texts of the first cards. */
  async openEverything(): Promise<void> {
    await this.page.evaluate(() => {
      const open = (selector: string, limit = Infinity) =>
        Array.from(document.querySelectorAll<HTMLDetailsElement>(selector)).slice(0, limit).forEach((d) => { d.open = true; });
      open('details.glossary');
      open('details.official-name');
      open('details.card-texts', 3);
    });
    // The city's texts are fetched when first opened: read them, not the wait for them.
    await expect(this.page.locator('details.card-texts[open]:not(:has(h4))')).toHaveCount(0);
    // Chart tables are built when opened, through the app's own toggle.
    const closed = this.page.locator('details.chart-table:not([open]) > summary:visible');
    for (let left = await closed.count(); left > 0; left--) {
      await closed.first().click();
      await expect(closed).toHaveCount(left - 1);
    }
  }

  /** Every visible text node (with what no element can show as ruby: the chosen option
   *  of each drop-down, placeholders and the tab title), with the nearest ancestors'
   *  facts a check needs. */
  private async seen(skip: string): Promise<SeenText[]> {
    return this.page.evaluate((skipSelector) => {
      const found: { text: string; where: string }[] = [];
      const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${Array.from(el.classList).join('.')} in ${el.closest('[data-kpi], [data-detail], section, header, figure')?.className ?? 'page'}`;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        const text = node.textContent?.trim() ?? '';
        const parent = node.parentElement;
        if (!text || !parent || parent.closest('script, style, select')) continue;
        if (!parent.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        if (range.getClientRects().length === 0) continue;
        if (parent.closest(skipSelector)) continue;
        found.push({ text, where: describe(parent) });
      }
      for (const select of Array.from(document.querySelectorAll('select'))) {
        if (select.checkVisibility()) found.push({ text: select.selectedOptions[0]?.text ?? '', where: `select#${select.id}` });
      }
      for (const input of Array.from(document.querySelectorAll<HTMLInputElement>('input[placeholder]'))) {
        if (input.checkVisibility()) found.push({ text: input.placeholder, where: `placeholder of #${input.id}` });
      }
      found.push({ text: document.title, where: 'title' });
      return found;
    }, skip);
  }

  /** A part's text with each reading in brackets after its word, as it reads aloud:
   *  <ruby>年度<rt>ねんど</rt></ruby> → 年度（ねんど）. */
  async textWithReadings(locator: Locator): Promise<string> {
    return locator.evaluate((element) => {
      const copy = element.cloneNode(true) as Element;
      copy.querySelectorAll('rt').forEach((rt) => rt.replaceWith(`（${rt.textContent}）`));
      return copy.textContent ?? '';
    });
  }

  /** Visible texts with Japanese in them, outside the parts marked `lang="ja"`. */
  async japaneseOutsideJapaneseParts(): Promise<SeenText[]> {
    return (await this.seen('[lang="ja"]')).filter((t) => JAPANESE.test(t.text));
  }

  /** Visible kanji not under a reading: outside `<ruby>` and outside the city's own
   *  words (`[data-official]`), which are kept as printed. Readings are for the eye:
   *  text only screen readers get (`.visually-hidden`) does not need them. */
  async kanjiWithoutReading(): Promise<SeenText[]> {
    return (await this.seen('ruby, [data-official], .visually-hidden')).filter((t) => KANJI.test(t.text));
  }
}
