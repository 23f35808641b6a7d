import { expect, type Locator, type Page } from '@playwright/test';

/** The dashboard as a user sees it: overview, filters, cards and the detail view. */
export class Dashboard {
  readonly cards: Locator;
  readonly resultCount: Locator;
  readonly search: Locator;
  readonly detail: Locator;

  constructor(readonly page: Page) {
    this.cards = page.locator('article[data-kpi]:visible');
    this.resultCount = page.getByRole('status').filter({ hasText: '件を表示' });
    this.search = page.getByLabel('キーワード検索');
    this.detail = page.locator('[data-detail]');
  }

  async open(query = ''): Promise<void> {
    await this.page.goto(query ? `./?${query}` : './');
    await expect(this.page.locator('#results, [data-detail]').first()).toBeAttached();
    // Cards mount a batch per frame; wait until every card is in the page.
    await expect(this.page.locator('ol.card-list')).toHaveAttribute('data-complete', 'true', { timeout: 15_000 });
    await this.expandFilters();
  }

  /** The drop-downs sit behind the 「絞り込み」 button; open them if they are closed. */
  async expandFilters(): Promise<void> {
    const toggle = this.page.locator('.filters-toggle');
    if (await toggle.isVisible() && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  }

  /** The language and theme switches: behind one menu button on phones, always shown on wide screens. */
  async openDisplaySettings(): Promise<void> {
    const toggle = this.page.locator('.settings-toggle');
    if (await toggle.isVisible() && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  }

  async chooseLanguage(name: '日本語' | 'English' | 'やさしい日本語'): Promise<void> {
    await this.openDisplaySettings();
    await this.page.getByRole('button', { name, exact: true }).click();
  }

  select(label: '目標' | '施策' | '担当課' | '種類' | '並べ替え'): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  statusBox(name: '順調に進捗' | '概ね順調に進捗' | '進捗の遅れ'): Locator {
    return this.page.getByRole('checkbox', { name, exact: true });
  }

  async expectShown(count: number): Promise<void> {
    await expect(this.cards).toHaveCount(count);
    await expect(this.resultCount).toContainText(`${count} / 47`);
  }

  query(): URLSearchParams {
    return new URL(this.page.url()).searchParams;
  }

  async cardIds(): Promise<string[]> {
    return this.cards.evaluateAll((cards) => cards.map((c) => c.getAttribute('data-kpi')!));
  }
}
