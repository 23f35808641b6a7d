import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './support/fixtures';
import { Dashboard } from './support/dashboard';
import { downloadOpenData, frictionlessValidate } from './support/open-data';

/** Splits one CSV record (quoted cells may hold commas). */
function cells(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"' && quoted && line[i + 1] === '"') { cell += '"'; i++; }
    else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) { out.push(cell); cell = ''; }
    else cell += c;
  }
  out.push(cell);
  return out;
}

test.describe('embedding in another site', () => {
  test('an embedded detail shows the content alone, with a link to the full view', async ({ page }) => {
    await page.goto('./?embed=1&kpi=1-1-00');
    await expect(page.locator('[data-detail="1-1-00"]')).toBeVisible();
    await expect(page.locator('.site-header')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'English' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: '編集モード' })).toHaveCount(0);
    await expect(page.locator('.back-link')).toHaveCount(0);
    const full = page.locator('.embed-link a');
    await expect(full).toHaveAttribute('href', '?kpi=1-1-00');
    await expect(full).toHaveAttribute('target', '_top');
  });

  test('a host page receives the frame height', async ({ page, baseURL }) => {
    await page.setContent(`<!doctype html><body><script>
      window.heights = [];
      addEventListener('message', (e) => { if (e.data && e.data.source === 'isesaki-kpi') window.heights.push(e.data.height); });
    </script><iframe src="${baseURL}?embed=1&kpi=3-1-01" style="width:360px;height:200px"></iframe></body>`);
    await expect.poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.at(-1) ?? 0), { timeout: 15_000 }).toBeGreaterThan(600);
  });

  test('an embedded list shows just the matching cards; a chart can be embedded alone', async ({ page }) => {
    await page.goto('./?embed=1&goal=1-2');
    await expect(page.locator('ol.card-list')).toHaveAttribute('data-complete', 'true');
    await expect(page.locator('article[data-kpi]:visible')).toHaveCount(6);
    await expect(page.locator('.filters')).toHaveCount(0);
    await page.goto('./?embed=1&chart=achievement');
    await expect(page.locator('[data-chart="achievement-chart"]')).toBeVisible();
    await expect(page.locator('[data-chart="overview-chart"]')).toHaveCount(0);
    await expect(page.locator('article[data-kpi]:visible')).toHaveCount(0);
  });

  test('the detail gives the iframe code to copy', async ({ page }) => {
    const app = new Dashboard(page);
    await app.open('kpi=1-1-00');
    await page.getByText('埋め込みコード').click();
    const code = page.getByLabel('埋め込み用の HTML');
    await expect(code).toHaveValue(/^<iframe src="https:\/\/kpi\.example\.jp\/isesaki\/\?kpi=1-1-00&embed=1" title="新規求人数/);
  });

  test('an embed shows the city\'s figures even where this browser holds edits', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('isesaki-kpi/edits/v1', JSON.stringify({
      schema: 1, edits: [{ kpi: '1-1-00', field: 'actual_fy2023', value: '9,999件', edited_at: '2026-11-25T10:00:00.000Z' }],
    })));
    await page.goto('./?embed=1&kpi=1-1-00');
    await expect(page.locator('[data-detail="1-1-00"]')).toContainText('1,472件');
    await expect(page.locator('[data-detail="1-1-00"]')).not.toContainText('9,999件');
  });
});

test.describe('open data', () => {
  test('reached from the footer; the CSV follows the machine-readable rules', async ({ page }) => {
    const app = new Dashboard(page);
    await app.open();
    await page.locator('.site-footer').getByRole('link', { name: /オープンデータ/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'オープンデータ' })).toBeFocused();
    expect(app.query().get('view')).toBe('data');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-download="csv"]').click()]);
    expect(download.suggestedFilename()).toBe('isesaki-kpi-fy2023.csv');
    const text = await readFile((await download.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trimEnd().split('\r\n').map(cells);
    const header = lines[0];
    for (const name of ['全国地方公共団体コード', '地方公共団体名', '値', '単位', '対象年（西暦）', '対象年（和暦）']) expect(header).toContain(name);
    expect(header.every((h) => h.trim() !== '')).toBe(true);
    const at = (name: string) => header.indexOf(name);
    for (const row of lines.slice(1)) {
      expect(row[at('全国地方公共団体コード')]).toBe('102041');
      expect(row[at('値')]).toMatch(/^(-?\d+(\.\d+)?)?$/);
    }
    const jobs = lines.find((r) => r[at('指標ID')] === '1-1-00' && r[at('項目')] === '令和5年度実績')!;
    expect(jobs[at('値')]).toBe('1472');
    expect(jobs[at('単位')]).toBe('件');
    expect(jobs[at('対象年（西暦）')]).toBe('2023');
  });

  test('the three files as downloaded pass the Frictionless validator, with absolute indicator addresses', async ({ page }, testInfo) => {
    await page.goto('./?view=data&lang=en');
    await expect(page.getByRole('heading', { level: 2, name: 'Open data' })).toBeVisible();
    const folder = testInfo.outputPath('open-data');
    expect(await downloadOpenData(page, folder)).toEqual(['isesaki-kpi-fy2023.csv', 'isesaki-kpi-fy2023.json', 'datapackage.json']);
    const pkg = JSON.parse(await readFile(join(folder, 'datapackage.json'), 'utf8'));
    expect(pkg.resources.map((r: { path: string }) => r.path)).toEqual(['isesaki-kpi-fy2023.csv', 'isesaki-kpi-fy2023.json']);
    expect(pkg.licenses[0].name).toBe('CC-BY-4.0');
    // An address anyone can open from a spreadsheet: this page's own, with the indicator.
    const csv = (await readFile(join(folder, 'isesaki-kpi-fy2023.csv'), 'utf8')).slice(1).trimEnd().split('\r\n').map(cells);
    const at = (name: string) => csv[0].indexOf(name);
    const pageAddress = new URL(page.url());
    expect(csv[1][at('指標URL')]).toBe(`${pageAddress.origin}${pageAddress.pathname}?kpi=1-1-00`);
    const validation = frictionlessValidate(folder);
    expect(validation.ok, validation.report).toBe(true);
  });
});

test.describe('accessibility statement', () => {
  for (const [lang, link, heading] of [
    ['ja', 'アクセシビリティ方針と試験結果', 'アクセシビリティ方針と試験結果'],
    ['en', 'Accessibility statement and test results', 'Accessibility statement and test results'],
    ['ja-easy', 'だれでも 使える ための 取り組み', 'だれでも 使える ための 取り組み'],
  ]) {
    test(`${lang}: reachable from the overview's footer, with the target and the results`, async ({ page }) => {
      const app = new Dashboard(page);
      await app.open(`lang=${lang}`);
      await page.locator('.site-footer a').filter({ hasText: link.split(' ')[0] }).last().click();
      await expect(page.locator('#a11y-title')).toContainText(heading.replace(/ /g, '').slice(0, 4));
      await expect(page.locator('.accessibility-statement')).toContainText('JIS X 8341-3:2016');
      expect(app.query().get('view')).toBe('accessibility');
    });
  }
});

test.describe('charts at the edges', () => {
  test('if the chart library cannot load, every chart shows its table and says why', async ({ page, problems }) => {
    await page.route('**/echarts.*.js', (route) => route.abort());
    await page.goto('./?kpi=1-1-01');
    await expect(page.locator('.detail .chart-placeholder')).toContainText('グラフを表示できません');
    await expect(page.locator('.detail .chart-table table')).toBeVisible();
    // The blocked script itself is the only problem.
    problems.splice(0, problems.length, ...problems.filter((p) => !p.includes('ERR_FAILED') && !p.includes('Failed to load resource')));
  });

  test('a change of the system dark setting redraws the charts to match', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('./?kpi=1-1-01');
    const canvas = page.locator('.detail .chart-canvas');
    await expect(canvas).toHaveAttribute('_echarts_instance_', /.+/);
    const before = await canvas.getAttribute('_echarts_instance_');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => canvas.getAttribute('_echarts_instance_')).not.toBe(before);
  });
});
