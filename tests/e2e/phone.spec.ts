import { test, expect } from './support/fixtures';
import { Dashboard } from './support/dashboard';

test.describe('answer first on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the header is compact: name, one settings menu, the data year and source in one line', async ({ page }) => {
    const app = new Dashboard(page);
    await app.open();
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height).toBeLessThan(844 * 0.25);
    await expect(page.getByRole('button', { name: 'English' })).toBeHidden();
    await app.chooseLanguage('English');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    // Edit mode is still a visible button, at the end of the page, not in the way.
    await expect(page.locator('.site-footer').getByRole('button', { name: 'Edit mode' })).toBeVisible();
  });

  test('the tab names the indicator; the share control copies a link to just that detail', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
    const app = new Dashboard(page);
    await app.open('status=delayed&kpi=1-2-01');
    await expect(page).toHaveTitle(/^1-2-01 境地区.*— 伊勢崎市 総合戦略 KPIダッシュボード$/);
    await page.evaluate(() => { (navigator as { share?: unknown }).share = undefined; });
    await page.locator('.detail').getByRole('button', { name: '共有' }).click();
    await expect(page.locator('.detail .share-result')).toHaveText('リンクをコピーしました。');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe('https://kpi.example.jp/isesaki/?kpi=1-2-01');
    await app.open('lang=en&goal=1-2');
    await expect(page).toHaveTitle(/^1-2 .* — Isesaki City strategy KPI dashboard$/);
  });

  test('a link preview has its og: card', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /伊勢崎市/);
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', 'https://kpi.example.jp/isesaki/og-image.png');
    const image = await page.request.get('./og-image.png');
    expect(image.headers()['content-type']).toBe('image/png');
  });
});
