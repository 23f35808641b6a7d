import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './support/fixtures';
import { Dashboard } from './support/dashboard';
import { EditMode } from './support/edits';
import { ChartFigure } from './support/charts';
import { DraftSheet, seedEdits } from './support/sheet';

test.describe('draft verification sheet', () => {
  test('reached from edit mode: all 47 rows, and a typed FY2024 actual is marked as edited', async ({ page }) => {
    const app = new Dashboard(page);
    const edit = new EditMode(page);
    await app.open('kpi=1-1-00');
    await edit.turnOn();
    await edit.save('actual_fy2024', '1,510件');
    await expect(edit.outcome()).toContainText('保存しました');
    await page.getByRole('link', { name: '← 一覧に戻る' }).click();
    await page.locator('.edit-panel').getByRole('link', { name: '効果検証シートの下書きを開く' }).click();
    const sheet = new DraftSheet(page);
    expect(app.query().get('view')).toBe('sheet');
    await expect(sheet.heading).toContainText('2024年度（令和6年度） 効果検証シート（下書き）');
    await expect(sheet.rows).toHaveCount(47);
    const typed = sheet.cell('1-1-00', 'actual_fy2024');
    await expect(typed).toContainText('1,510件');
    await expect(typed).toContainText('この端末で編集');
    await expect(typed).toContainText('市の公表値: なし');
    // Official figures are the city's text, unmarked.
    await expect(sheet.cell('1-1-01', 'actual_fy2023').locator('[data-official][lang="ja"]')).toHaveText('11,017億円（令和3年）');
    await expect(sheet.cell('1-1-01', 'actual_fy2023')).not.toContainText('この端末で編集');
    await expect(sheet.editsLine).toContainText('この端末で編集した値を含む');
    await expect(sheet.progress).toHaveText('1 / 47 行に2024年度（令和6年度）実績があります');
  });

  test('an edited status is marked with the official text; the delay reason it leaves out is said so, not marked', async ({ page }) => {
    await seedEdits(page, [{ kpi: '1-1-02', field: 'status', value: 'on_track' }]);
    const sheet = new DraftSheet(page);
    await sheet.open();
    await expect(sheet.cell('1-1-02', 'status')).toContainText('順調に進捗');
    await expect(sheet.cell('1-1-02', 'status')).toContainText('市の公表値: 進捗の遅れ');
    // Nothing was edited in the reason: the cell says why it is empty, and no file would hold it.
    await expect(sheet.cell('1-1-02', 'delay_reason')).not.toContainText('この端末で編集');
    await expect(sheet.cell('1-1-02', 'delay_reason')).toContainText('遅れの理由は載せません');
    // The city's ①②③ stay as published, marked official.
    await expect(sheet.cell('1-1-02', 'initiatives').locator('[data-official]')).toHaveAttribute('lang', 'ja');
    // The official-only switch gives the city's sheet, without marks.
    await page.getByRole('switch', { name: '市の公表値のみ表示' }).check();
    await expect(sheet.cell('1-1-02', 'status')).toContainText('進捗の遅れ');
    await expect(page.locator('table.draft-sheet .cell-mark')).toHaveCount(0);
    await expect(sheet.editsLine).toContainText('市の公表値のみ');
  });

  test('the department filter narrows the sheet, is kept in the URL and survives a reload', async ({ page }) => {
    await seedEdits(page, [{ kpi: '1-1-09', field: 'actual_fy2024', value: '150人' }]);
    const sheet = new DraftSheet(page);
    await sheet.open();
    await sheet.department.selectOption('商工労働課');
    await expect(sheet.rows).toHaveCount(6);
    await expect(sheet.heading).toContainText('商工労働課');
    await expect.poll(() => new URL(page.url()).searchParams.get('dept')).toBe('商工労働課');
    await expect(sheet.progress).toHaveText('0 / 6 行に2024年度（令和6年度）実績があります');
    await page.reload();
    await expect(sheet.rows).toHaveCount(6);
    await sheet.department.selectOption('農政課');
    await expect(sheet.rows).toHaveCount(1);
    await expect(sheet.progress).toHaveText('1 / 1 行に2024年度（令和6年度）実績があります');
    await expect.poll(() => new URL(page.url()).searchParams.get('dept')).toBe('農政課');
    await page.goBack();
    await expect(sheet.rows).toHaveCount(6);
  });

  test('the CSV opens in Excel with numbers as numbers, unit and year beside them', async ({ page }) => {
    await seedEdits(page, [{ kpi: '1-1-00', field: 'actual_fy2024', value: '1,510件' }, { kpi: '1-1-00', field: 'note', value: '=SUM(A1)' }]);
    const sheet = new DraftSheet(page);
    await sheet.open();
    const csv = await sheet.downloadCsv();
    expect(csv.name).toMatch(/^isesaki-kpi-draft-sheet-fy2024-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    expect(csv.text.endsWith('\r\n')).toBe(true);
    const [header, ...records] = csv.records;
    expect(records).toHaveLength(49);
    const at = (name: string) => {
      expect(header, name).toContain(name);
      return header.indexOf(name);
    };
    const row = (id: string) => records.find((r) => r[at('指標ID')] === id)!;
    for (const r of records) {
      expect(r).toHaveLength(header.length);
      for (const [i, name] of header.entries()) {
        if (name.endsWith('（値）') && r[i] !== '') expect(Number.isFinite(Number(r[i])), `${r[0]} ${name}: ${r[i]}`).toBe(true);
      }
    }
    expect(Number(row('1-1-00')[at('令和6年度実績（値）')])).toBe(1510);
    expect(row('1-1-00')[at('令和6年度実績（単位）')]).toBe('件');
    expect(row('1-1-00')[at('令和6年度実績（対象年（西暦））')]).toBe('2024');
    expect(row('1-1-00')[at('この端末で編集した項目')]).toBe('令和6年度実績');
    expect(row('1-1-00')[at('この端末のメモ')]).toBe("'=SUM(A1)");
    expect(Number(row('1-1-01')[at('令和5年度実績（値）')])).toBe(11017);
    expect(row('1-1-01')[at('令和5年度実績（単位）')]).toBe('億円');
    expect(row('1-1-01')[at('令和5年度実績（対象年（西暦））')]).toBe('2021');
    expect(row('1-1-01')[at('令和5年度実績（シートの表記）')]).toBe('11,017億円（令和3年）');
    // Excel can add a column up.
    const total = records.reduce((sum, r) => sum + Number(r[at('基準値（値）')] || 0), 0);
    expect(total).toBeGreaterThan(0);
  });

  test('edit mode offers clearly named exports: the sheet as an Excel workbook and as CSV, and the edits as JSON', async ({ page }) => {
    await seedEdits(page, [{ kpi: '1-1-00', field: 'actual_fy2023', value: '1,600件' }]);
    const app = new Dashboard(page);
    await app.open();
    await new EditMode(page).turnOn();
    const panel = page.locator('.edit-panel');
    await expect(panel.locator('.sheet-exports button')).toHaveText([
      '検証シート（下書き）をExcelのブックで書き出す（.xlsx）',
      '検証シート（下書き）をCSVで書き出す（Excel用）',
      '編集データを書き出す（JSON・別の端末へ移す・バックアップ用）',
    ]);
    const download = page.waitForEvent('download');
    await panel.getByRole('button', { name: /^編集データを書き出す/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^isesaki-kpi-edits-\d{4}-\d{2}-\d{2}\.json$/);
    const backup = JSON.parse(readFileSync((await file.path())!, 'utf8'));
    expect(backup.edits[0]).toMatchObject({ kpi: '1-1-00', field: 'actual_fy2023', value: '1,600件' });
  });

  test('printed, the draft says it contains local edits and fills an A4 landscape page', async ({ page }) => {
    await seedEdits(page, [{ kpi: '1-1-00', field: 'actual_fy2024', value: '1,510件' }]);
    const sheet = new DraftSheet(page);
    await sheet.open();
    await page.emulateMedia({ media: 'print' });
    await expect(sheet.heading).toContainText('（下書き）');
    await expect(sheet.editsLine).toHaveText('この端末で編集した値を含む');
    await expect(page.locator('.sheet-date')).toContainText(/作成日: \d{4}年\d{1,2}月\d{1,2}日/);
    await expect(page.locator('.print-footer .print-as-of')).toContainText('この端末で編集した値を含む（市の公表値ではありません）');
    await expect(page.locator('.print-footer')).not.toContainText('検証シート・市の公表値');
    await expect(page.locator('.sheet-tools')).toBeHidden();
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    // A4 landscape: 297 × 210 mm = 841.89 × 595.28 pt.
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf)!;
    expect(Math.round(Number(box[1]))).toBe(842);
    expect(Math.round(Number(box[2]))).toBe(595);
  });

  test('printed without edits, the draft and the page header speak of the city\'s figures', async ({ page }) => {
    const sheet = new DraftSheet(page);
    await sheet.open('dept=交通政策課');
    await page.emulateMedia({ media: 'print' });
    await expect(sheet.editsLine).toHaveText('市の公表値のみ（この端末の編集は含みません）');
    await expect(page.locator('.print-footer .print-as-of')).toContainText('検証シート・市の公表値');
    await expect(page.locator('.print-footer .print-as-of')).not.toContainText('この端末');
  });

  test('no accessibility violations, with edits marked', async ({ page }) => {
    await seedEdits(page, [{ kpi: '1-1-00', field: 'actual_fy2024', value: '1,510件' }, { kpi: '1-1-02', field: 'status', value: 'on_track' }]);
    const sheet = new DraftSheet(page);
    await sheet.open();
    // The FY2024 actual and the status; the reason the status leaves out is said, not marked.
    await expect(page.locator('table.draft-sheet .cell-mark')).toHaveCount(2);
    await expect(sheet.cell('1-1-02', 'delay_reason').locator('.sheet-note')).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
  });

  // Furigana is matched loosely: how <ruby> reads as text is not what this test is about.
  for (const [lang, title, progress] of [
    ['en', /^FY2024 verification sheet \(draft\)$/, /^1 \/ 47 rows have an FY2024 actual$/],
    ['ja-easy', /^2024年度.*の シート（したがき）$/, /: 47こ の うち 1こ /],
  ] as const) {
    test(`${lang}: the sheet reads in the language and fits 320 px, scrolling sideways in its own region`, async ({ page }) => {
      await seedEdits(page, [{ kpi: '1-1-00', field: 'actual_fy2024', value: '1,510件' }]);
      await page.setViewportSize({ width: 320, height: 700 });
      const sheet = new DraftSheet(page);
      await sheet.open(`lang=${lang}`);
      await expect(sheet.heading).toHaveText(title);
      await expect(sheet.progress).toHaveText(progress);
      expect(await page.locator('body').innerText()).not.toMatch(/\{[^}]*\|[^}]*\}/);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const region = page.getByRole('region', { name: lang === 'en' ? "The sheet's table (scrolls sideways)" : 'シートの ひょう（よこに うごかせます）' });
      expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    });
  }

  test('a kiosk or an embedded view never shows the sheet', async ({ page }) => {
    await page.goto('./?view=sheet&kiosk=1');
    await expect(page.locator('[data-kpi]').first()).toBeAttached();
    await expect(page.locator('table.draft-sheet')).toHaveCount(0);
    // Embedded, the plain overview shows its summary.
    await page.goto('./?view=sheet&embed=1');
    await expect(page.locator('section.overview')).toBeVisible();
    await expect(page.locator('table.draft-sheet')).toHaveCount(0);
  });
});

test.describe('edits marked wherever they appear', () => {
  test('card, detail status badge, chart legend and title, PNG, and the header', async ({ page }) => {
    await seedEdits(page, [{ kpi: '1-1-09', field: 'actual_fy2024', value: '150人' }, { kpi: '1-1-09', field: 'status', value: 'delayed' }]);
    const app = new Dashboard(page);
    await app.open();
    await expect(page.locator('.site-header .as-of')).toContainText('この端末で編集した値を含む');
    const card = page.locator('article[data-kpi="1-1-09"]');
    await expect(card.locator('.card-head .local-badge')).toHaveText('この端末で編集');
    await expect(card.locator('.latest-actual .local-badge')).toHaveText('この端末で編集');

    await app.open('kpi=1-1-09');
    const badge = page.locator('[data-detail] .city-assessment');
    await expect(badge).toContainText('進捗の遅れ');
    await badge.getByText('この端末で編集').click();
    await expect(badge).toContainText('市の公表値: 順調に進捗');
    const chart = new ChartFigure(page, 'trend-chart');
    await chart.expectDrawn();
    await expect(chart.figure.locator('.chart-title')).toContainText('（この端末で編集した値を含む）');
    await expect(chart.figure.locator('.chart-summary')).toContainText('□はこの端末で編集した値です（市の公表値ではありません）: 2024年度（令和6年度） 150人');
    const legend = await chart.figure.locator('.chart-canvas').evaluate((el) => {
      const option = (globalThis as any).echarts.getInstanceByDom(el).getOption();
      return option.series.map((s: { name: string }) => s.name);
    });
    expect(legend).toContain('この端末で編集した値');
  });

  test('a saved chart image carries its title and says it includes local edits', async ({ page }) => {
    await seedEdits(page, [{ kpi: '1-1-09', field: 'actual_fy2024', value: '150人' }]);
    const app = new Dashboard(page);
    await app.open('kpi=1-1-09');
    const chart = new ChartFigure(page, 'trend-chart');
    await chart.expectDrawn();
    const download = page.waitForEvent('download');
    await chart.figure.getByRole('button', { name: '画像として保存（PNG）' }).click();
    const file = await download;
    // The id and the title, which says the image holds local figures.
    expect(file.suggestedFilename()).toBe('1-1-09-local-edits 新規就農者数 推移と見込み（この端末で編集した値を含む）.png');
    const png = readFileSync((await file.path())!);
    // The image is the chart (drawn at twice its size) plus the title above it.
    const height = png.readUInt32BE(20);
    const box = (await chart.figure.locator('.chart-canvas').boundingBox())!;
    expect(height).toBeGreaterThan(Math.round(box.height * 2) + 30);
  });
});
