import { test, expect } from './support/fixtures';
import { Dashboard } from './support/dashboard';
import { EditMode } from './support/edits';

/** Views most visits never show come in wasm modules of their own (`split_<name>.<hash>.wasm`). */
const CHUNK = /\/split_[^/]*\.wasm$/;

test.describe('the editing screens, open data, the kiosk and the chart writer are downloads of their own', () => {
  // The page's own requests, not the service worker's background precaching.
  test.use({ serviceWorkers: 'block' });

  test('a resident reading the list downloads none; a chart, open data, edit mode, the draft sheet and the kiosk each fetch their own', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (CHUNK.test(path)) fetched.push(path.split('/').pop()!.replace(/\.[0-9a-f]{16}\.wasm$/, ''));
    });
    const app = new Dashboard(page);
    await app.open();
    await app.statusBox('進捗の遅れ').check();
    await expect(app.cards.first()).toBeVisible();
    expect(fetched).toEqual([]);

    // The first chart brings the module that writes chart options, with ECharts.
    await app.cards.first().locator('.card-link').click();
    await expect(app.detail).toBeVisible();
    await expect(page.locator('figure[data-chart="trend-chart"] canvas')).toBeVisible();
    expect(fetched).toEqual(['split_charts']);

    await page.goto('./?view=data');
    await expect(page.getByText('シート全体（CSV）')).toBeVisible();
    expect(fetched).toEqual(['split_charts', 'split_open_data']);

    await app.open('kpi=1-1-00');
    const edit = new EditMode(page);
    await edit.turnOn();
    await expect(edit.form()).toHaveCount(1);
    await expect(page.locator('figure[data-chart="trend-chart"] canvas')).toBeVisible();
    // A new page load: this detail's chart fetches the chart module again (from the cache).
    expect(fetched.slice(2).sort()).toEqual(['split_charts', 'split_staff']);
    await page.goto('./?view=sheet');
    await expect(page.locator('table.draft-sheet tbody tr')).toHaveCount(47);
    expect(fetched.slice(4)).toEqual(['split_staff']);

    await page.goto('./?kiosk=1');
    await expect(page.locator('.kiosk-welcome')).toBeVisible();
    expect(fetched.slice(5)).toEqual(['split_kiosk']);
  });

  test('a chart whose module cannot be downloaded shows its table instead', async ({ page, problems }) => {
    await page.route(/\/split_charts\.[0-9a-f]+\.wasm$/, (route) => route.abort());
    const app = new Dashboard(page);
    await app.open('kpi=1-1-00&lang=en');
    const figure = page.locator('figure[data-chart="trend-chart"]');
    await expect(figure.getByText('The chart could not be shown')).toBeVisible();
    await expect(figure.locator('details.chart-table table')).toBeVisible();
    const others = problems.filter((p) => !/Failed to load resource|ERR_FAILED|Failed to fetch|split_|chart module failed/.test(p));
    problems.splice(0, problems.length, ...others);
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
      const others = problems.filter((p) => !/Failed to load resource|ERR_FAILED|Failed to fetch|split_|chart module failed/.test(p));
      problems.splice(0, problems.length, ...others);
    });
  }
});
