import { test, expect } from './support/fixtures';
import { Dashboard } from './support/dashboard';
import { EditMode } from './support/edits';
import { EDITS_KEY, seedEdits } from './support/sheet';

/** Views most visits never show come in wasm modules of their own (`split_<name>.<hash>.wasm`). */
const CHUNK = /\/split_[^/]*\.wasm$/;

test.describe('the detail, the editing screens, open data, the kiosk and the chart writer are downloads of their own', () => {
  // The page's own requests, not the service worker's background precaching.
  test.use({ serviceWorkers: 'block' });

  test('a resident reading the list gets only the detail and the printed footer\'s QR encoder, once the app is live; a chart, open data, edit mode, the draft sheet, its workbook and the kiosk each fetch their own', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (CHUNK.test(path)) fetched.push(path.split('/').pop()!.replace(/\.[0-9a-f]{16}\.wasm$/, ''));
    });
    const app = new Dashboard(page);
    await app.open();
    await app.statusBox('進捗の遅れ').check();
    await expect(app.cards.first()).toBeVisible();
    // Fetched ahead of the first tap on a card, and of printing (the tests' build has a
    // public address, so its printed footer has a QR code).
    const sorted = () => [...fetched].sort();
    await expect.poll(sorted).toEqual(['split_detail', 'split_print_qr']);

    // The first chart brings the module that writes chart options, with ECharts.
    await app.cards.first().locator('.card-link').click();
    await expect(app.detail).toBeVisible();
    await expect(page.locator('figure[data-chart="trend-chart"] canvas')).toBeVisible();
    expect(sorted()).toEqual(['split_charts', 'split_detail', 'split_print_qr']);
    fetched.length = 0;

    await page.goto('./?view=data');
    await expect(page.getByText('シート全体（CSV）')).toBeVisible();
    // Every page load of the app prefetches the detail and the QR encoder (from the HTTP
    // cache here).
    await expect.poll(sorted).toEqual(['split_detail', 'split_open_data', 'split_print_qr']);
    fetched.length = 0;

    await app.open('kpi=1-1-00');
    const edit = new EditMode(page);
    await edit.turnOn();
    await expect(edit.form()).toHaveCount(1);
    await expect(page.locator('figure[data-chart="trend-chart"] canvas')).toBeVisible();
    // A new page load: this detail fetches its modules again (from the HTTP cache).
    await expect.poll(sorted).toEqual(['split_charts', 'split_detail', 'split_print_qr', 'split_staff']);
    fetched.length = 0;
    await page.goto('./?view=sheet');
    await expect(page.locator('table.draft-sheet tbody tr')).toHaveCount(47);
    await expect.poll(sorted).toEqual(['split_detail', 'split_print_qr', 'split_staff']);
    fetched.length = 0;
    // The workbook's writer and reader come only when a workbook is asked for.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '検証シート（下書き）をExcelのブックで書き出す（.xlsx）' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
    expect(fetched).toEqual(['split_spreadsheet']);
    fetched.length = 0;

    await page.goto('./?kiosk=1');
    await expect(page.locator('.kiosk-welcome')).toBeVisible();
    await expect.poll(sorted).toEqual(['split_detail', 'split_kiosk', 'split_print_qr']);
  });

  test('a link to a detail fetches its module beside the main one, once', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => {
      const file = new URL(request.url()).pathname.split('/').pop()!;
      if (/^(split_detail|isesaki_kpi)\.[0-9a-f]{16}\.wasm$/.test(file)) requested.push(file.split('.')[0]);
    });
    const app = new Dashboard(page);
    await app.open('kpi=3-1-09&lang=en');
    await expect(app.detail).toHaveAttribute('data-detail', '3-1-09');
    await expect(page.locator('link[rel="preload"][href*="split_detail."]')).toHaveCount(1);
    // The preload serves the app's own request: one download, started with the main module's.
    expect(requested.sort()).toEqual(['isesaki_kpi', 'split_detail']);
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

  test('a detail whose module cannot be downloaded says so, and Back returns to the list', async ({ page, problems }) => {
    await page.route(/\/split_detail\.[0-9a-f]+\.wasm$/, (route) => route.abort());
    const app = new Dashboard(page);
    await app.open('lang=en');
    await app.cards.first().locator('.card-link').click();
    await expect(page.getByRole('alert').filter({ hasText: 'This screen could not be loaded' })).toBeVisible();
    await page.goBack();
    await expect(app.cards.first()).toBeVisible();
    const others = problems.filter((p) => !/Failed to load resource|ERR_FAILED|Failed to fetch|split_/.test(p));
    problems.splice(0, problems.length, ...others);
  });

  for (const [lang, button, message, back] of [
    ['', '編集モード', 'この画面を読み込めませんでした', '← 一覧に戻る'],
    ['&lang=en', 'Edit mode', 'This screen could not be loaded', '← Back to the list'],
  ] as const) {
    test(`a failed download is said in the reader's language and the rest keeps working${lang}`, async ({ page, problems }) => {
      await page.route(/\/split_staff\.[0-9a-f]+\.wasm$/, (route) => route.abort());
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

  test('edits stored on this device are read by a small module of their own before the app is built; edit mode is not fetched for it', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (CHUNK.test(path)) fetched.push(path.split('/').pop()!.replace(/\.[0-9a-f]{16}\.wasm$/, ''));
    });
    await seedEdits(page, [{ kpi: '1-1-00', field: 'actual_fy2023', value: '9,999件' }]);
    const app = new Dashboard(page);
    await app.open('lang=en');
    await expect(page.locator('article[data-kpi="1-1-00"]')).toContainText('9,999');
    await expect(page.locator('.local-banner')).toBeVisible();
    // Preloaded beside the main module by the boot script: one download, not one after start.
    await expect(page.locator('link[rel="preload"][href*="split_stored_edits."]')).toHaveCount(1);
    expect(fetched.filter((f) => f === 'split_stored_edits')).toHaveLength(1);
    expect(fetched).not.toContain('split_staff');
  });

  test('a save in another tab while this one is starting is what this one shows', async ({ page, context }) => {
    await seedEdits(page, [{ kpi: '1-1-00', field: 'actual_fy2023', value: '9,999件' }]);
    // Hold the reader of stored edits until the other tab has saved.
    let release = () => {};
    const held = new Promise<void>((resolve) => { release = resolve; });
    const requested = new Promise<void>((resolve) => {
      page.route(/\/split_stored_edits\.[0-9a-f]+\.wasm$/, async (route) => {
        resolve();
        await held;
        await route.continue();
      });
    });
    const opening = new Dashboard(page).open('lang=en');
    await requested;
    const other = await context.newPage();
    await other.goto('./manifest.webmanifest');
    await other.evaluate((key) => localStorage.setItem(key, JSON.stringify({
      schema: 1, edits: [{ kpi: '1-1-00', field: 'actual_fy2023', value: '8,888件', edited_at: '2026-11-26T10:00:00.000Z' }],
    })), EDITS_KEY);
    release();
    await opening;
    await expect(page.locator('article[data-kpi="1-1-00"]')).toContainText('8,888');
  });

  for (const [lang, message] of [
    ['', '保存した編集を読み込むための部分をダウンロードできなかったため'],
    ['lang=en', 'reads the edits saved on this device could not be downloaded'],
    ['lang=ja-easy', 'きえていません'],
  ] as const) {
    test(`stored edits whose reader cannot be downloaded: the city's figures, a message, the edits kept ${lang}`, async ({ page, problems }) => {
      await page.route(/\/split_stored_edits\.[0-9a-f]+\.wasm$/, (route) => route.abort());
      await seedEdits(page, [{ kpi: '1-1-00', field: 'actual_fy2023', value: '9,999件' }]);
      const stored = await (async () => {
        const app = new Dashboard(page);
        await app.open(lang);
        await expect(page.locator('.storage-warning')).toContainText(message);
        await expect(page.locator('article[data-kpi="1-1-00"]')).toContainText('1,472');
        return page.evaluate((key) => localStorage.getItem(key), EDITS_KEY);
      })();
      expect(JSON.parse(stored!).edits[0]).toMatchObject({ kpi: '1-1-00', value: '9,999件' });
      const others = problems.filter((p) => !/Failed to load resource|ERR_FAILED|Failed to fetch|split_/.test(p));
      problems.splice(0, problems.length, ...others);
    });
  }
});
