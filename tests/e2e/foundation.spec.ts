import { createHash } from 'node:crypto';
import { test, expect, openApp } from './support/fixtures';
import { SUB_PATH_URL } from '../../playwright.config';

test('first screen shows the sheet title, its as-of year and all 47 indicators', { tag: '@phone' }, async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('伊勢崎市 総合戦略 KPIダッシュボード');
  // The official sheet is named as the source, as printed, in one line with the data's year.
  await expect(page.locator('.site-header .source-link')).toContainText('伊勢崎市まち・ひと・しごと創生総合戦略');
  // One year style in Japanese: 西暦 with 和暦.
  await expect(page.getByRole('banner')).toContainText('2023年度（令和5年度）');
  await expect(page.locator('[data-kpi]')).toHaveCount(47);
  await expect(page.locator('[data-kpi="1-1-00"]')).toContainText('新規求人数');
  await expect(page.locator('[data-kpi="3-2-05"]')).toContainText('危険空き家除却件数');
});

test('the page declares a strict Content-Security-Policy', async ({ page }) => {
  await openApp(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toMatch(/script-src 'self' ('sha256-[A-Za-z0-9+/=]+' )*'wasm-unsafe-eval';/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(csp).not.toMatch(/'unsafe-eval'/);
  expect(csp).toContain("connect-src 'self'");
  // The one inline script (js/head.js) is allowed by its hash, and by nothing broader.
  const inline = await page.locator('script:not([src])').allTextContents();
  expect(inline).toHaveLength(1);
  const hash = createHash('sha256').update(inline[0]).digest('base64');
  expect(csp).toContain(`'sha256-${hash}'`);
});

test('every request stays on this origin', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(baseURL!) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  await openApp(page);
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);
});

test('ECharts is loaded from the app itself when the first chart is shown', async ({ page }) => {
  await openApp(page);
  await page.locator('article[data-kpi="1-1-01"] .card-link').click();
  await expect.poll(() => page.evaluate(() => typeof (globalThis as any).echarts)).toBe('object');
});

test('a failure to start shows a readable message, not a blank page', async ({ page, problems }) => {
  await page.route(/\.wasm$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('アプリを読み込めませんでした');
  await expect(alert).toContainText('The app could not be loaded');
  // This test provokes the failure on purpose; the expected errors are not problems.
  problems.length = 0;
});

test('the same build works deployed under a sub-path', async ({ page }) => {
  await page.goto(SUB_PATH_URL);
  await expect(page.locator('[data-kpi]').first()).toBeVisible();
  await expect(page.locator('[data-kpi]')).toHaveCount(47);
  await expect(page.locator('ol.card-list')).toHaveAttribute('data-complete', 'true');
  await page.locator('article[data-kpi="1-1-01"] .card-link').click();
  await expect.poll(() => page.evaluate(() => typeof (globalThis as any).echarts)).toBe('object');
  // The parts loaded on demand come from the sub-path too.
  await page.goto(`${SUB_PATH_URL}?view=data`);
  await expect(page.getByText('シート全体（CSV）')).toBeVisible();
});

// Pre-rendered at a phone's width, for the phones that wait longest for the wasm.
test.describe('the pre-rendered first screen', { tag: '@phone' }, () => {
  // The wasm never arrives in these tests: what shows is the copy the build put in index.html.
  test.beforeEach(async ({ page }) => {
    await page.route(/\.wasm$/, () => new Promise(() => {}));
  });

  test('the overview and every card are in the HTML, before the app runs', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('伊勢崎市 総合戦略 KPIダッシュボード');
    await expect(page.locator('#app[data-prerendered] article[data-kpi]')).toHaveCount(47);
    await expect(page.locator('[data-kpi="3-2-05"]')).toContainText('危険空き家除却件数');
    await expect(page.locator('#boot-message')).toBeHidden();
  });

  test('a link to another view shows the loading message instead of the default view', async ({ page }) => {
    await page.goto('./?status=delayed');
    await expect(page.locator('#app[data-prerendered]')).toBeHidden();
    await expect(page.locator('#boot-message')).toBeVisible();
  });
});

test('the page keeps its length when the app replaces the static copy, even before all its cards are built', { tag: '@phone' }, async ({ page }) => {
  // The copy's length at its last frame, and the page's right after the swap (a phone's
  // list can be swapped in before its cards below the screen are built).
  await page.addInitScript(() => {
    const seen = ((globalThis as any).__swap = { copy: 0, live: 0, cards: 0 });
    const measure = () => {
      if (!document.querySelector('#app[data-prerendered]')) return;
      seen.copy = document.documentElement.scrollHeight;
      requestAnimationFrame(measure);
    };
    addEventListener('DOMContentLoaded', () => {
      measure();
      new MutationObserver(() => {
        if (seen.live || document.querySelector('#app[data-prerendered]') || !document.querySelector('#app')) return;
        seen.live = document.documentElement.scrollHeight;
        seen.cards = document.querySelectorAll('#app article[data-kpi]').length;
      }).observe(document.body, { childList: true });
    });
  });
  await openApp(page);
  const seen = await page.evaluate(() => (globalThis as any).__swap);
  expect(seen.copy).toBeGreaterThan(2000);
  expect(seen.cards, 'the swap happened with cards').toBeGreaterThan(0);
  expect(Math.abs(seen.live - seen.copy) / seen.copy, `copy ${seen.copy} px, at the swap ${seen.live} px`).toBeLessThan(0.02);
  // Once every card is there, the list's length is its own again.
  await expect(page.locator('ol.card-list')).not.toHaveAttribute('style');
  const complete = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(Math.abs(complete - seen.copy) / seen.copy, `copy ${seen.copy} px, complete ${complete} px`).toBeLessThan(0.1);
});

test('once the app runs, it has replaced the static copy', { tag: '@phone' }, async ({ page }) => {
  await openApp(page);
  await expect(page.locator('#app')).toHaveCount(1);
  await expect(page.locator('#app[data-prerendered], #boot-message')).toHaveCount(0);
  await expect(page.locator('[data-kpi]')).toHaveCount(47);
});
