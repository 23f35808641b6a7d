import { resolve } from 'node:path';
import { test, expect } from './support/fixtures';
import { Dashboard } from './support/dashboard';

/** The furigana table is a file of its own (`readings.<hash>.txt`), not part of the main module. */
const READINGS = /\/readings\.[0-9a-f]{16}\.txt$/;

test.describe('the furigana table comes only when a visit needs it', () => {
  // The page's own requests, not the service worker's background precaching.
  test.use({ serviceWorkers: 'block' });

  test('a visit in 日本語 reads the list and a detail without it; the first search fetches it once and finds by reading', { tag: '@phone' }, async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (READINGS.test(new URL(request.url()).pathname)) fetched.push(request.url());
    });
    const app = new Dashboard(page);
    await app.open();
    await app.cards.first().locator('.card-link').click();
    await expect(app.detail).toBeVisible();
    await app.open();
    expect(fetched).toEqual([]);

    // 求人 read as きゅうじん: found only with the readings.
    await app.search.fill('きゅうじん');
    await expect(page.locator('article[data-kpi="1-1-00"]')).toBeVisible();
    expect(fetched).toHaveLength(1);
    await app.search.fill('しごと');
    await app.search.fill('きゅうじん');
    await expect(page.locator('article[data-kpi="1-1-00"]')).toBeVisible();
    expect(fetched).toHaveLength(1);
  });

  test('an address in やさしい日本語 is drawn with its readings from the first screen', { tag: '@phone' }, async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (READINGS.test(new URL(request.url()).pathname)) fetched.push(request.url());
    });
    const app = new Dashboard(page);
    await app.open('lang=ja-easy&kpi=1-1-00');
    await expect(page.locator('html')).toHaveAttribute('data-lang', 'ja-easy');
    // The row's own name, a dataset text: its readings come from the table.
    await expect(page.locator('[data-detail="1-1-00"] h2 ruby').first()).toBeVisible();
    expect(await page.locator('body').innerText()).not.toMatch(/\{[^}]*\|[^}]*\}/);
    expect(fetched).toHaveLength(1);
  });

  test('a switch to やさしい日本語 keeps the language shown until the readings are there', { tag: '@phone' }, async ({ page }) => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(READINGS, async (route) => {
      await held;
      await route.continue();
    });
    const app = new Dashboard(page);
    await app.open('lang=en');
    await app.chooseLanguage('やさしい日本語');
    // Still all English while the table is on its way: no Japanese without readings.
    await page.waitForTimeout(500);
    await expect(page.locator('#overview-title')).toHaveText('Progress by goal');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    release();
    await expect(page.locator('html')).toHaveAttribute('data-lang', 'ja-easy');
    await expect(page.locator('#overview-title ruby').first()).toBeVisible();
    await expect(page.locator('article[data-kpi="1-1-00"] .card-link ruby').first()).toBeVisible();
  });

  test('with the table unreachable, やさしい日本語 still opens (without readings) and search by printed words works', async ({ page, problems }) => {
    await page.route(READINGS, (route) => route.abort());
    const app = new Dashboard(page);
    await app.open();
    await app.search.fill('求人');
    await expect(page.locator('article[data-kpi="1-1-00"]')).toBeVisible();
    await app.chooseLanguage('やさしい日本語');
    await expect(page.locator('html')).toHaveAttribute('data-lang', 'ja-easy');
    // The app's own words carry their readings; the city's texts are shown as printed.
    await expect(page.locator('#overview-title ruby').first()).toBeVisible();
    await expect(page.locator('article[data-kpi="1-1-00"] .card-link')).not.toBeEmpty();
    // The refused download is this test's doing, not a problem of the page.
    problems.splice(0, problems.length, ...problems.filter((p) => !p.includes('Failed to load resource')));
  });
});

test('the single file carries the furigana table: やさしい日本語 from file:// has its readings', async ({ page }) => {
  await page.goto('file://' + resolve('dist/isesaki-kpi-single.html') + '?lang=ja-easy&kpi=1-1-00');
  await expect(page.locator('[data-detail="1-1-00"] h2 ruby').first()).toBeVisible();
  await page.goto('file://' + resolve('dist/isesaki-kpi-single.html') + '?q=%E3%81%8D%E3%82%85%E3%81%86%E3%81%98%E3%82%93');
  await expect(page.locator('article[data-kpi="1-1-00"]')).toBeVisible();
});
