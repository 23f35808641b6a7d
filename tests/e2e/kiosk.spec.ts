import { test, expect } from './support/fixtures';
import { Dashboard } from './support/dashboard';
import { Kiosk } from './support/kiosk';

test.describe('kiosk', () => {
  test('the start screen invites in three languages, and a touch starts in that language', async ({ page }) => {
    const kiosk = new Kiosk(page);
    await kiosk.open('kiosk=1');
    await expect(kiosk.welcome).toBeVisible();
    for (const text of ['タッチしてください', 'Touch to start', 'さわって']) {
      await expect(kiosk.welcome).toContainText(text);
    }
    await kiosk.start('Touch to start');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(kiosk.query().get('kiosk')).toBe('1');
  });

  test('no editing, downloads or theme switch, and every chart keeps its table', async ({ page }) => {
    const kiosk = new Kiosk(page);
    await kiosk.open('kiosk=1&kpi=1-1-01');
    await kiosk.start('タッチしてください');
    await expect(page.getByRole('button', { name: '編集モード' })).toBeHidden();
    await expect(page.getByRole('group', { name: '画面の色' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /画像として保存/ })).toHaveCount(0);
    await expect(page.getByText('埋め込みコード')).toHaveCount(0);
    await expect(page.locator('.site-footer')).not.toContainText('オープンデータ');
    await expect(page.locator('.detail .chart-table summary')).toBeVisible();
  });

  test('an idle kiosk counts down first, and "continue" keeps the view', async ({ page }) => {
    const kiosk = new Kiosk(page);
    const app = new Dashboard(page);
    await kiosk.open('kiosk=1&idle=60');
    await kiosk.start('タッチしてください');
    await kiosk.expandFilters();
    await app.statusBox('進捗の遅れ').check();
    await page.locator('article[data-kpi="1-2-01"] .card-link').click();
    await expect(app.detail).toBeVisible();
    await kiosk.idle(39_000);
    await expect(kiosk.countdown).toBeHidden();
    await kiosk.idle(2_000);
    await expect(kiosk.countdown).toBeVisible();
    await expect(kiosk.countdown).toContainText('秒で最初の画面に戻ります');
    const seconds = Number(await kiosk.countdown.locator('[data-seconds]').getAttribute('data-seconds'));
    expect(seconds).toBeGreaterThan(15);
    expect(seconds).toBeLessThanOrEqual(20);
    await expect(kiosk.countdown.getByRole('button', { name: '続けて使う' })).toBeFocused();
    await kiosk.countdown.getByRole('button', { name: '続けて使う' }).click();
    await expect(kiosk.countdown).toBeHidden();
    await expect(app.detail).toBeVisible();
    expect(kiosk.query().get('kpi')).toBe('1-2-01');
  });

  test('after the countdown it returns to the top of the start screen, in Japanese, with no filter', async ({ page }) => {
    const kiosk = new Kiosk(page);
    const app = new Dashboard(page);
    await kiosk.open('kiosk=1&idle=30');
    await kiosk.start('Touch to start');
    await kiosk.expandFilters();
    await app.statusBox('Delayed').check();
    await page.locator('article[data-kpi="1-2-01"] .card-link').click();
    await expect(app.detail).toBeVisible();
    await kiosk.idle(16_000);
    await expect(kiosk.countdown).toBeVisible();
    await kiosk.idle(15_000);
    await expect(kiosk.countdown).toBeHidden();
    await expect(kiosk.welcome).toBeVisible();
    await app.expectShown(47);
    expect(page.url()).toMatch(/\?kiosk=1&idle=30$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  test('the attract loop moves through the sub-goals on the start screen until touched', async ({ page }) => {
    const kiosk = new Kiosk(page);
    await kiosk.open('kiosk=1&attract=1');
    // Time stands still from here, so a slow machine cannot skip a step: only the test moves it.
    await kiosk.pause();
    await kiosk.idle(1_000);
    const highlighted = page.locator('.attract-highlight');
    await expect(highlighted).toHaveCount(1);
    const subgoals = await page.locator('[data-subgoal]').evaluateAll((all) => all.map((s) => s.getAttribute('data-subgoal')));
    const first = subgoals.indexOf(await highlighted.getAttribute('data-subgoal'));
    await kiosk.idle(8_000);
    const next = page.locator(`[data-subgoal="${subgoals[(first + 1) % subgoals.length]}"]`);
    await expect(next).toHaveClass(/attract-highlight/);
    await expect(highlighted).toHaveCount(1);
    // The URL stays on the overview: the loop only points, it does not filter.
    await expect.poll(() => kiosk.query().get('goal')).toBeNull();
    await page.clock.resume();
    await page.mouse.click(5, 5);
    await expect(kiosk.welcome).toBeHidden();
    await expect(page.locator('.attract-highlight')).toHaveCount(0);
  });

  test('the QR code and short address carry the current view for a phone', async ({ page }) => {
    const kiosk = new Kiosk(page);
    const app = new Dashboard(page);
    await kiosk.open('kiosk=1');
    await kiosk.touchAnywhere();
    await kiosk.expandFilters();
    await app.statusBox('進捗の遅れ').check();
    await expect(kiosk.qrUrl).toHaveText('kpi.example.jp/isesaki/?status=delayed');
    await expect(kiosk.qrUrl).toHaveAttribute('data-url', 'https://kpi.example.jp/isesaki/?status=delayed');
    await expect(page.locator('.kiosk-qr-code svg')).toBeVisible();
  });
});

// The kiosk at city hall is a large touch screen: its visitors tap, they do not click.
test.describe('kiosk on a touch screen', () => {
  test.use({ hasTouch: true });

  test('a tap starts it in the language tapped, and a tap later counts as use', async ({ page }) => {
    const kiosk = new Kiosk(page);
    await kiosk.open('kiosk=1&idle=30');
    await kiosk.pause();
    await kiosk.welcome.getByRole('button').filter({ hasText: 'Touch to start' }).tap();
    await expect(kiosk.welcome).toBeHidden();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    // With idle=30 the countdown (15 s) starts after 15 s without input.
    await kiosk.idle(14_000);
    await page.touchscreen.tap(5, 5);
    await kiosk.idle(14_000);
    await expect(kiosk.countdown).toBeHidden();
    await kiosk.idle(2_000);
    await expect(kiosk.countdown).toBeVisible();
  });
});
