import { test, expect } from './support/fixtures';
import { LONG_SHEET_URL } from '../../playwright.config';

// A sheet longer than one page of cards (150 rows: the real 47 repeated), built by
// `cargo xtask test`. 60 matching cards are shown at a time.
test.describe('a long sheet', { tag: '@phone' }, () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(LONG_SHEET_URL);
    await expect(page.locator('ol.card-list')).toHaveAttribute('data-complete', 'true');
  });

  test('shows 60 cards, then more on 「さらに表示」 and when the end of the list is reached', async ({ page }) => {
    const cards = page.locator('article[data-kpi]:visible');
    const more = page.getByRole('button', { name: /^さらに表示/ });
    await expect(page.locator('.result-count')).toContainText('150 / 150');
    await expect(cards).toHaveCount(60);
    await expect(more).toHaveText('さらに表示（残り 90 件）');

    const lastOfFirstPage = await cards.nth(59).getAttribute('data-kpi');
    // A press without scrolling: scrolling near the button would load more by itself.
    await more.dispatchEvent('click');
    await expect(cards).toHaveCount(120);
    await expect(more).toHaveText('さらに表示（残り 30 件）');
    // The cards that were already shown stay where they were.
    await expect(cards.nth(59)).toHaveAttribute('data-kpi', lastOfFirstPage!);

    // Scrolling near the end loads the rest without a tap.
    await more.scrollIntoViewIfNeeded();
    await expect(cards).toHaveCount(150);
    await expect(more).toHaveCount(0);
  });

  test('a filter starts again from the first page of its matches', async ({ page }) => {
    const cards = page.locator('article[data-kpi]:visible');
    const more = page.getByRole('button', { name: /^さらに表示/ });
    await more.dispatchEvent('click');
    await expect(cards).toHaveCount(120);
    await page.locator('.filters-toggle').click();
    await page.getByRole('checkbox', { name: '順調に進捗', exact: true }).check();
    // 15 of the 47 real rows are 順調に進捗: 45 in three copies, and a few of the last 9.
    const matching = Number((await page.locator('.result-count').textContent())!.match(/([\d,]+)\s*\//)![1]);
    expect(matching).toBeGreaterThanOrEqual(45);
    expect(matching).toBeLessThan(60);
    await expect(cards).toHaveCount(matching);
    await expect(more).toHaveCount(0);
    for (const status of await page.locator('article[data-kpi]:visible .status-text').allTextContents()) {
      expect(status).toBe('順調に進捗');
    }
    await page.getByRole('checkbox', { name: '順調に進捗', exact: true }).uncheck();
    await expect(cards).toHaveCount(60);
    await expect(more).toHaveText('さらに表示（残り 90 件）');
  });
});
