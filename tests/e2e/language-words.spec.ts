import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { Dashboard } from './support/dashboard';

/** English's and やさしい日本語's words are wasm modules of their own (`split_words_<lang>.<hash>.wasm`). */
const WORDS = /\/split_words_(en|easy)\.[0-9a-f]{16}\.wasm$/;

/**
 * The page's visible text outside the parts marked as another language (`lang=`) or as
 * the city's official text: what would read as a mix of languages.
 */
async function unmarkedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pageLang = document.documentElement.lang;
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const parent = node.parentElement;
      if (!text || !parent || parent.closest('script, style, rt, [hidden], [data-official]')) continue;
      if (parent.closest('[lang]')?.getAttribute('lang') !== pageLang) continue;
      if (!(parent as HTMLElement).checkVisibility?.()) continue;
      out.push(text);
    }
    return out;
  });
}

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

test.describe('each language’s words come only when a visit shows that language', () => {
  // The page's own requests, not the service worker's background precaching.
  test.use({ serviceWorkers: 'block' });

  test('a visit in 日本語 reads the list, a detail and a search without English or やさしい日本語', { tag: '@phone' }, async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (WORDS.test(new URL(request.url()).pathname)) fetched.push(request.url());
    });
    const app = new Dashboard(page);
    await app.open();
    await app.search.fill('求人');
    await expect(page.locator('article[data-kpi="1-1-00"]')).toBeVisible();
    await page.locator('article[data-kpi="1-1-00"] .card-link').click();
    await expect(app.detail).toBeVisible();
    expect(fetched).toEqual([]);
  });

  test('an address in English is English from the first screen, with nothing in Japanese that is not marked as such', { tag: '@phone' }, async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      const match = WORDS.exec(new URL(request.url()).pathname);
      if (match) fetched.push(match[1]);
    });
    const app = new Dashboard(page);
    await app.open('lang=en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('#overview-title')).toHaveText('Progress by goal');
    expect((await unmarkedText(page)).filter((t) => JAPANESE.test(t))).toEqual([]);
    expect(new Set(fetched)).toEqual(new Set(['en']));
  });

  test('an address in やさしい日本語 is easy Japanese from the first screen, with nothing in English that is not marked as such', { tag: '@phone' }, async ({ page }) => {
    const app = new Dashboard(page);
    await app.open('lang=ja-easy');
    await expect(page.locator('html')).toHaveAttribute('data-lang', 'ja-easy');
    await expect(page.locator('#overview-title ruby').first()).toBeVisible();
    // Words of English, not the names and abbreviations easy Japanese uses too (KPI, Excel).
    const english = (await unmarkedText(page)).filter((t) => /\b(?!KPI|Excel|CSV|JSON|Open|SDG)[A-Za-z]{4,}\b/.test(t));
    expect(english).toEqual([]);
  });

  test('a switch keeps the language shown until the new one’s words are there, then shows only the new one', { tag: '@phone' }, async ({ page }) => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/split_words_en\./, async (route) => {
      await held;
      await route.continue();
    });
    const app = new Dashboard(page);
    await app.open('lang=ja-easy');
    await expect(page.locator('#overview-title ruby').first()).toBeVisible();
    await app.chooseLanguage('English');
    await page.waitForTimeout(500);
    // Still wholly やさしい日本語 while English is on its way: nothing blank, nothing mixed.
    await expect(page.locator('html')).toHaveAttribute('data-lang', 'ja-easy');
    await expect(page.locator('#overview-title ruby').first()).toBeVisible();
    await expect(page.locator('#filters-title')).not.toBeEmpty();
    // The switch says that the choice is on its way.
    await expect(page.getByRole('group', { name: '表示言語 / Language' })).toHaveAttribute('aria-busy', 'true');
    release();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('group', { name: '表示言語 / Language' })).not.toHaveAttribute('aria-busy', 'true');
    await expect(page.locator('#overview-title')).toHaveText('Progress by goal');
    expect((await unmarkedText(page)).filter((t) => JAPANESE.test(t))).toEqual([]);
    // And back: 日本語 is always there.
    await app.chooseLanguage('日本語');
    await expect(page.locator('#overview-title')).toHaveText('目標別の進捗');
  });

  test('when a language cannot be downloaded, the page stays as it is and says so; choosing it again once online works', async ({ page, problems }) => {
    let reachable = false;
    await page.route(/\/split_words_en\./, (route) => (reachable ? route.continue() : route.abort()));
    const app = new Dashboard(page);
    await app.open();
    await app.chooseLanguage('English');
    await expect(page.locator('[data-language-missing]')).toHaveText(/Englishの表示を読み込めませんでした/);
    await expect(page.locator('#overview-title')).toHaveText('目標別の進捗');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    reachable = true;
    await app.chooseLanguage('日本語');
    // Back in the language shown, nothing is missing any more.
    await expect(page.locator('[data-language-missing]')).toHaveCount(0);
    await app.chooseLanguage('English');
    await expect(page.locator('#overview-title')).toHaveText('Progress by goal');
    await expect(page.locator('[data-language-missing]')).toHaveCount(0);
    // The refused download is this test's doing, not a problem of the page.
    problems.splice(0, problems.length, ...problems.filter((p) => !/Failed to load resource|ERR_FAILED|Failed to fetch/.test(p)));
  });
});

test('the single file carries every language: English and やさしい日本語 from file://', async ({ page }) => {
  const single = 'file://' + resolve('dist/isesaki-kpi-single.html');
  await page.goto(single + '?lang=en');
  await expect(page.locator('#overview-title')).toHaveText('Progress by goal');
  await page.goto(single + '?lang=ja-easy');
  await expect(page.locator('#overview-title ruby').first()).toBeVisible();
  await page.goto(single);
  await expect(page.locator('#overview-title')).toHaveText('目標別の進捗');
});
