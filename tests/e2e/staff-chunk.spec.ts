import { test, expect } from './support/fixtures';
import { Dashboard } from './support/dashboard';
import { EditMode } from './support/edits';

/** Views most visits never show come in wasm modules of their own (`split_<name>.<hash>.wasm`). */
const CHUNK = /\/split_[^/]*\.wasm$/;

test.describe('the editing screens and open data are downloads of their own', () => {
  // The page's own requests, not the service worker's background precaching.
  test.use({ serviceWorkers: 'block' });

  test('a resident browsing never downloads them; open data, edit mode and the draft sheet each fetch their own', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (CHUNK.test(path)) fetched.push(path.split('/').pop()!.replace(/\.[0-9a-f]{16}\.wasm$/, ''));
    });
    const app = new Dashboard(page);
    await app.open();
    await app.statusBox('進捗の遅れ').check();
    await app.cards.first().locator('.card-link').click();
    await expect(app.detail).toBeVisible();
    await expect(page.locator('figure[data-chart="trend-chart"]')).toBeVisible();
    expect(fetched).toEqual([]);

    await page.goto('./?view=data');
    await expect(page.getByText('シート全体（CSV）')).toBeVisible();
    expect(fetched).toEqual(['split_open_data']);

    await app.open('kpi=1-1-00');
    const edit = new EditMode(page);
    await edit.turnOn();
    await expect(edit.form()).toHaveCount(1);
    await page.goto('./?view=sheet');
    await expect(page.locator('table.draft-sheet tbody tr')).toHaveCount(47);
    expect(fetched).toEqual(['split_open_data', 'split_staff', 'split_staff']);
  });

  for (const [lang, button, message, back] of [
    ['', '編集モード', 'この画面を読み込めませんでした', '← 一覧に戻る'],
    ['&lang=en', 'Edit mode', 'This screen could not be loaded', '← Back to the list'],
  ] as const) {
    test(`a failed download is said in the reader's language and the rest keeps working${lang}`, async ({ page, problems }) => {
      await page.route(CHUNK, (route) => route.abort());
      const app = new Dashboard(page);
      await app.open(`kpi=1-1-00${lang}`);
      await page.getByRole('button', { name: button, exact: true }).click();
      await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
      // The app still runs: the list is one link away.
      await page.getByRole('link', { name: back }).click();
      await expect(page.locator('article[data-kpi]').first()).toBeVisible();
      // The failed request itself is reported in the console; nothing else may be.
      const others = problems.filter((p) => !/Failed to load resource|ERR_FAILED|Failed to fetch|split_/.test(p));
      problems.splice(0, problems.length, ...others);
    });
  }
});
