import { test, expect } from './support/fixtures';
import { Dashboard } from './support/dashboard';

test.describe('answer first on a phone', { tag: '@phone-only' }, () => {
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

  // The six headline figures come first on every width; at 320×640 they take more than a
  // screen of their own, so the first card is within three screens there.
  for (const [width, height, screens] of [[390, 844, 2], [320, 640, 3]]) {
    test(`${width}×${height}: the first card is within ${screens} screens; a tap on a delayed count shows its cards`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto('./');
      await expect(page.locator('ol.card-list')).toHaveAttribute('data-complete', 'true');
      const first = await page.locator('article[data-kpi]').first().boundingBox();
      expect(first!.y).toBeLessThan(screens * height);
      await page.locator('[data-subgoal="1-2"] .count-link.status-delayed').click();
      const card = page.locator('article[data-kpi]:visible').first();
      await expect(card).toHaveClass(/status-delayed/);
      await expect(card).toBeInViewport();
    });
  }

  test('the charts are one tap away from the overview', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('ol.card-list')).toHaveAttribute('data-complete', 'true');
    const summary = page.locator('#charts > summary');
    await expect(summary).toBeInViewport();
    await summary.click();
    await expect(page.locator('[data-chart="overview-chart"]')).toBeInViewport();
  });

  test('filters fold into one button, and each active filter is a chip that removes it', async ({ page }) => {
    await page.goto('./?status=delayed&goal=1-2');
    await expect(page.locator('ol.card-list')).toHaveAttribute('data-complete', 'true');
    await expect(page.locator('#f-goal')).toBeHidden();
    await expect(page.locator('.filters-toggle')).toContainText('（2）');
    await page.getByRole('button', { name: '進捗の遅れ の条件を解除' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('status')).toBeNull();
    await expect.poll(() => new URL(page.url()).searchParams.get('goal')).toBe('1-2');
    await page.locator('.filters-toggle').click();
    await expect(page.locator('#f-goal')).toBeVisible();
  });

  test('a link preview has its og: card', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /伊勢崎市/);
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', 'https://kpi.example.jp/isesaki/og-image.png');
    const image = await page.request.get('./og-image.png');
    expect(image.headers()['content-type']).toBe('image/png');
  });
  test('each card shows its way from the baseline to the final target, with the year of each figure', async ({ page }) => {
    const app = new Dashboard(page);
    await app.open('goal=1-2');
    const track = page.locator('article[data-kpi="1-2-00"] .track');
    await expect(track).toBeVisible();
    await expect(track.locator('.track-share')).toContainText('2023年度: 基準値より後退');
    await expect(track.locator('.track-ends')).toContainText('基準値 2019年');
    // The final target is named at the bar's end; its figure and year are said once, below.
    await expect(track.locator('.track-end')).toHaveText('最終目標');
    await expect(page.locator('article[data-kpi="1-2-00"]')).toContainText('365万人');
    // Men and women have two figures: no single bar pretends to sum them up.
    await app.open('goal=3-1');
    await expect(page.locator('article[data-kpi="3-1-01"]')).toBeVisible();
    await expect(page.locator('article[data-kpi="3-1-01"] .track')).toHaveCount(0);
  });

  test('a detail answers in its first screen: the latest actual, both targets, both ratings and what they mean', async ({ page }) => {
    const app = new Dashboard(page);
    await app.open('kpi=1-1-00');
    const figures = page.locator('.key-figures');
    await expect(figures).toContainText('2023年度（令和5年度）実績');
    await expect(figures).toContainText('1,472件');
    await expect(figures).toContainText('1,594件');
    await expect(figures).toContainText('1,630件');
    for (const part of ['.key-figures', '.assessments', '.label-meaning']) {
      const box = (await page.locator(`.detail-body ${part}`).first().boundingBox())!;
      expect(box.y + box.height, part).toBeLessThanOrEqual(844);
    }
  });
});
