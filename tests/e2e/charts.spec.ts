import { test, expect } from './support/fixtures';
import { Dashboard } from './support/dashboard';
import { ChartFigure } from './support/charts';

test.describe('charts', () => {
  test('the overview chart draws, and a segment filters the cards', { tag: '@phone' }, async ({ page }) => {
    const app = new Dashboard(page);
    await app.open();
    const chart = new ChartFigure(page, 'overview-chart');
    await chart.expectDrawn();
    await expect(chart.figure.locator('.chart-canvas')).toHaveAttribute('role', 'img');
    await expect(chart.figure.locator('.chart-canvas')).toHaveAttribute('aria-label', /進捗の遅れ 13件/);
    // 1-2: on track 2, mostly 1, delayed 2 → the delayed segment spans 3..5.
    await chart.clickAt([4, 1]);
    await app.expectShown(2);
    await expect.poll(() => app.query().get('goal')).toBe('1-2');
    await expect.poll(() => app.query().get('status')).toBe('delayed');
  });

  test('the overview chart has a data table', async ({ page }) => {
    const app = new Dashboard(page);
    await app.open();
    const table = await new ChartFigure(page, 'overview-chart').openTable();
    await expect(table.locator('tbody tr')).toHaveCount(6);
    await expect(table.locator('tbody tr').nth(1)).toContainText('1-2 ひとの流れの創出');
  });

  test('reading the list never downloads the chart library or the charts\' module; the first chart shown does', async ({ page }) => {
    const scripts: string[] = [];
    const modules: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (/\/echarts\.[0-9a-f]+\.js$/.test(path)) scripts.push(path);
      if (/\/split_charts\.[0-9a-f]+\.wasm$/.test(path)) modules.push(path);
    });
    const app = new Dashboard(page);
    await app.open();
    await app.statusBox('進捗の遅れ').check();
    await app.expectShown(16);
    // Absence can only be shown by waiting: long enough for a load started at app-live.
    await page.waitForTimeout(1000);
    expect(scripts).toEqual([]);
    expect(modules).toEqual([]);
    await app.cards.first().locator('.card-link').click();
    await new ChartFigure(page, 'trend-chart').expectDrawn();
    expect(scripts).toHaveLength(1);
    expect(modules).toHaveLength(1);
    // The overview's charts come from the module already here.
    await page.goBack();
    await page.locator('#charts > summary').click();
    await new ChartFigure(page, 'achievement-chart').expectDrawn();
    expect(modules).toHaveLength(1);
  });

  test('the charts are folded under one summary and built and drawn only once opened', async ({ page }) => {
    const app = new Dashboard(page);
    await app.open();
    const chart = new ChartFigure(page, 'achievement-chart');
    await expect(page.locator('[_echarts_instance_]')).toHaveCount(0);
    await expect(chart.figure).toHaveCount(0);
    await page.locator('#charts > summary').click();
    await chart.expectDrawn();
  });

  test('opened on a slow line, the charts\' fold says they are coming; unreachable, it says why and the list goes on', async ({ page, problems }) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => { release = resolve; });
    let reachable = true;
    await page.route(/\/split_charts\.[0-9a-f]+\.wasm$/, async (route) => {
      await held;
      if (reachable) await route.continue(); else await route.abort();
    });
    const app = new Dashboard(page);
    await app.open();
    await page.locator('#charts > summary').click();
    await expect(page.locator('#charts [role="status"]')).toHaveText('グラフを読み込み中…');
    release();
    await new ChartFigure(page, 'achievement-chart').expectDrawn();
    await expect(page.locator('#charts [role="status"]').filter({ hasText: '読み込み中' })).toHaveCount(0);
    // Another visit with the module unreachable (offline without a cache).
    reachable = false;
    await page.reload();
    await app.open();
    await page.locator('#charts > summary').click();
    await expect(page.locator('#charts [role="alert"]')).toContainText('この画面を読み込めませんでした');
    await app.statusBox('進捗の遅れ').check();
    await app.expectShown(16);
    // The failed request itself is reported in the console; nothing else may be.
    const others = problems.filter((p) => !/Failed to load resource|ERR_FAILED|Failed to fetch|split_/.test(p));
    problems.splice(0, problems.length, ...others);
  });

  test('the achievement chart is sorted and a bar opens its indicator', { tag: '@phone' }, async ({ page }) => {
    const app = new Dashboard(page);
    await app.open();
    const chart = new ChartFigure(page, 'achievement-chart');
    await chart.expectDrawn();
    const table = await chart.openTable();
    await expect(table.locator('tbody tr').first()).toContainText('高等教育機関との連携による公開講座参加者数');
    // The first bar (lowest, about 24%) is at category 0.
    await chart.clickAt([10, 0]);
    await expect(app.detail).toHaveAttribute('data-detail', '2-2-02');
  });

  test('a detail shows the trend at reference years, targets, projection and verdict', async ({ page }) => {
    const app = new Dashboard(page);
    await app.open('kpi=1-1-01');
    const chart = new ChartFigure(page, 'trend-chart');
    await chart.expectDrawn();
    await expect(page.locator('.verdict')).toContainText('約3,870億円届きません');
    const table = await chart.openTable();
    await expect(table).toContainText('2018年（平成30年）');
    await expect(table).toContainText('2021年（令和3年）');
    // Hovering the first actual point shows its value, unit and year.
    const point = await chart.figure.locator('.chart-canvas').evaluate((el) =>
      (globalThis as any).echarts.getInstanceByDom(el).convertToPixel({ gridIndex: 0 }, ['2018', 11942]),
    );
    const box = (await chart.figure.locator('.chart-canvas').boundingBox())!;
    await page.mouse.move(box.x + point[0], box.y + point[1]);
    await expect(chart.figure).toContainText('2018年（平成30年）: 11,942億円');
  });

  test('words that mean zero are drawn as 0 and still shown as printed; other words are not drawn', async ({ page }) => {
    const app = new Dashboard(page);
    // 待機児童なし is 0人 against a target of 0: drawn, met, and its words kept.
    await app.open('kpi=2-1-05');
    await new ChartFigure(page, 'trend-chart').expectDrawn();
    await expect(page.locator('.text-cells')).toContainText('待機児童なし');
    await expect(page.locator('.verdict')).toContainText('最終目標（0人）以下です。最終目標は最終年度の目標なので、それまで保つ必要があります。見込みは示しません');
    // 出生数: the final target is a revision note, shown as text and never drawn.
    await app.open('kpi=2-1-01');
    await expect(page.locator('.text-cells')).toContainText('年少人口');
    await expect(page.locator('.verdict')).toContainText('最終目標が数値で示されていない');
  });

  test('a change of method is not drawn as one line', async ({ page }) => {
    const app = new Dashboard(page);
    await app.open('kpi=3-1-01');
    const chart = new ChartFigure(page, 'trend-chart');
    await chart.expectDrawn();
    await expect(page.locator('.verdict').nth(1)).toContainText('女性: 算出方法が変わったため');
    await expect(chart.figure.locator('.chart-summary')).toContainText('男性 実績（算出方法変更後）');
  });

  test('a chart downloads as a PNG named by the indicator id and the chart title in the chosen language', async ({ page }) => {
    const app = new Dashboard(page);
    await app.open('kpi=3-1-09');
    const chart = new ChartFigure(page, 'trend-chart');
    await chart.expectDrawn();
    const download = page.waitForEvent('download');
    await chart.figure.getByRole('button', { name: '画像として保存（PNG）' }).click();
    expect((await download).suggestedFilename()).toBe('3-1-09 コミュニティバス利用者数 推移と見込み.png');
    await app.chooseLanguage('English');
    await chart.expectDrawn();
    const english = page.waitForEvent('download');
    await chart.figure.getByRole('button', { name: 'Save as image (PNG)' }).click();
    expect((await english).suggestedFilename()).toBe('3-1-09 Community bus passenger journeys Trend and outlook.png');
  });

  // Every detail draws its chart with the same component, so a sample covers each kind of
  // row the chart is built from: a numerical target, one-figure KPIs, a missing baseline,
  // a row of words only (no chart), two-part rows (男性/女性) and the list's first and
  // last. Four to a test, so none runs near its time limit on a busy machine.
  const sample = [['1-1-00', '1-1-09', '2-1-03', '2-1-05'], ['2-2-03', '3-1-01', '3-1-09', '3-2-05']];
  for (const ids of sample) {
    test(`opening and closing details ${ids.join(', ')} leaves no chart instances behind`, async ({ page }) => {
      const app = new Dashboard(page);
      await app.open();
      await new ChartFigure(page, 'overview-chart').expectDrawn();
      const live = () => page.evaluate(() => document.documentElement.dataset.chartsLive);
      // Only the overview's own charts are drawn (the achievement chart once it is near).
      const baseline = Number(await live());
      expect(baseline).toBeGreaterThanOrEqual(1);
      expect(baseline).toBeLessThanOrEqual(2);
      for (const id of ids) {
        await page.locator(`article[data-kpi="${id}"] .card-link`).click();
        await expect(app.detail).toHaveAttribute('data-detail', id);
        await page.getByRole('link', { name: '← 一覧に戻る' }).click();
        await expect(app.detail).toHaveCount(0);
      }
      // What is left is the list's own charts: the overview, and the achievement chart if
      // walking the cards scrolled it near. No detail chart outlives its view.
      await expect(page.locator('[data-chart="trend-chart"]')).toHaveCount(0);
      const remaining = await page.locator('[_echarts_instance_]').count();
      expect(remaining).toBeLessThanOrEqual(2);
      expect(await live()).toBe(String(remaining));
    });
  }

  test('charts resize with their container', async ({ page }) => {
    const app = new Dashboard(page);
    await app.open('kpi=1-1-00');
    const chart = new ChartFigure(page, 'trend-chart');
    await chart.expectDrawn();
    const before = (await chart.canvas.boundingBox())!.width;
    await page.setViewportSize({ width: 700, height: 900 });
    await expect.poll(async () => (await chart.canvas.boundingBox())!.width).not.toBe(before);
  });
});
