import { resolve } from 'node:path';
import { test, expect } from './support/fixtures';
import { Dashboard } from './support/dashboard';

/** The rows' long texts (遅れの理由, ①②③) are a file of their own, not part of the main module. */
const TEXTS = /\/texts\.[0-9a-f]{16}\.txt$/;

/** 1-1-00's ①取組 as the city printed it. */
const INITIATIVES_1_1_00 = '雇用を促進するため、セミナー等を開催し支援に努めた。';

test.describe('the city\'s long texts come with a card\'s texts, a detail or a search', () => {
  // The page's own requests, not the service worker's background precaching.
  test.use({ serviceWorkers: 'block' });

  function counted(page: import('@playwright/test').Page): string[] {
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (TEXTS.test(new URL(request.url()).pathname)) fetched.push(request.url());
    });
    return fetched;
  }

  test('a visit that reads the list fetches none; opening a card\'s texts fetches them once, and the card stays open', { tag: '@phone' }, async ({ page }) => {
    const fetched = counted(page);
    const app = new Dashboard(page);
    await app.open();
    await app.statusBox('進捗の遅れ').check();
    await app.statusBox('進捗の遅れ').uncheck();
    await page.locator('article[data-kpi="3-2-04"]').scrollIntoViewIfNeeded();
    expect(fetched).toEqual([]);

    const card = page.locator('article[data-kpi="1-1-00"]');
    const texts = card.locator('details.card-texts');
    await texts.locator('summary').click();
    await expect(texts).toContainText(INITIATIVES_1_1_00);
    await expect(texts).toHaveAttribute('open', '');
    await expect(texts.locator('[data-texts-loading]')).toHaveCount(0);
    // A card with a delay reason still says so on its folded summary, before any fetch.
    expect(fetched).toHaveLength(1);

    await card.locator('.card-link').click();
    await expect(app.detail).toContainText(INITIATIVES_1_1_00);
    expect(fetched).toHaveLength(1);
  });

  test('a folded card says it has a delay reason before the texts are fetched', async ({ page }) => {
    const fetched = counted(page);
    const app = new Dashboard(page);
    await app.open();
    await expect(page.locator('article[data-kpi="1-1-02"] details.card-texts summary')).toContainText('遅れの理由');
    await expect(page.locator('article[data-kpi="1-1-00"] details.card-texts summary')).not.toContainText('遅れの理由');
    expect(fetched).toEqual([]);
  });

  test('a link to a detail shows its texts; a search finds a word only the texts hold', { tag: '@phone' }, async ({ page }) => {
    const fetched = counted(page);
    const app = new Dashboard(page);
    await app.open('kpi=1-1-00');
    await expect(app.detail).toContainText(INITIATIVES_1_1_00);
    expect(fetched).toHaveLength(1);

    await app.open();
    // セミナー is in no name, place or department: only 1-1-00's ①取組.
    await app.search.fill('セミナー');
    await expect(page.locator('article[data-kpi="1-1-00"]')).toBeVisible();
    await app.expectShown(1);
  });

  test('while the texts are on their way the card says so, in the language shown; unreachable, it says why and a reopen retries', async ({ page, problems }) => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let refuse = true;
    await page.route(TEXTS, async (route) => {
      if (refuse) return route.abort();
      await held;
      await route.continue();
    });
    const app = new Dashboard(page);
    await app.open('lang=en');
    const texts = page.locator('article[data-kpi="1-1-00"] details.card-texts');
    await texts.locator('summary').click();
    await expect(texts.getByRole('alert')).toHaveText(/could not be loaded/);

    refuse = false;
    await texts.locator('summary').click();
    await expect(texts).not.toHaveAttribute('open', '');
    await texts.locator('summary').click();
    await expect(texts.locator('[data-texts-loading]')).toHaveText("Loading the city's texts…");
    await expect(texts.locator('[data-texts-loading]')).toHaveAttribute('aria-busy', 'true');
    release();
    await expect(texts).toContainText(INITIATIVES_1_1_00);
    // The city's words are marked as its official Japanese text.
    await expect(texts.locator('[lang="ja"]').filter({ hasText: INITIATIVES_1_1_00 })).toBeVisible();
    // The refused download is this test's doing, not a problem of the page.
    problems.splice(0, problems.length, ...problems.filter((p) => !p.includes('Failed to load resource')));
  });

  test('in やさしい日本語 the wait and the texts keep their readings', { tag: '@phone' }, async ({ page }) => {
    const app = new Dashboard(page);
    await app.open('lang=ja-easy');
    const texts = page.locator('article[data-kpi="1-1-00"] details.card-texts');
    await texts.locator('summary').click();
    await expect(texts).toContainText('セミナー');
    // The city's words carry a reading over every kanji: 雇用 (こよう).
    await expect(texts.locator('ruby').filter({ hasText: '雇用' }).first()).toContainText('こよう');
  });
});

test('the single file carries the texts: a card\'s texts and a detail from file://', async ({ page }) => {
  await page.goto('file://' + resolve('dist/isesaki-kpi-single.html'));
  // The live app, not the pre-rendered copy it replaces.
  await expect(page.locator('ol.card-list')).toHaveAttribute('data-complete', 'true');
  const texts = page.locator('article[data-kpi="1-1-00"] details.card-texts');
  await texts.locator('summary').click();
  await expect(texts).toContainText(INITIATIVES_1_1_00);
  await page.goto('file://' + resolve('dist/isesaki-kpi-single.html') + '?kpi=1-1-00');
  await expect(page.locator('[data-detail="1-1-00"]')).toContainText(INITIATIVES_1_1_00);
});
