import { expect, type BrowserContext, type Page } from '@playwright/test';

/** A kiosk visitor's page, and every other page the browser opened meanwhile. */
export class KioskExits {
  readonly opened: Page[] = [];

  constructor(readonly page: Page, context: BrowserContext) {
    context.on('page', (other) => this.opened.push(other));
  }

  /** Every link's address that drops the kiosk or the language `lang`. */
  async linksOutsideMode(lang: string): Promise<string[]> {
    const hrefs = await this.page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(0);
    return hrefs.filter((href) => {
      const query = new URL(href).searchParams;
      return query.get('kiosk') !== '1' || query.get('lang') !== lang;
    });
  }

  /** No other window or tab was opened (checked after the browser had time to open one). */
  async expectNoOtherWindow(): Promise<void> {
    await this.page.waitForTimeout(300);
    expect(this.opened.map((p) => p.url())).toEqual([]);
  }

  /** Edit mode, its toggle, import and export are nowhere in the page. */
  async expectNoEditControl(): Promise<void> {
    await expect(this.page.locator('.edit-toggle, .edit-panel, form.field-editor, #import-edits, .edit-mode-flag')).toHaveCount(0);
  }
}
