import { readFileSync } from 'node:fs';
import { test, expect } from './support/fixtures';
import { Dashboard } from './support/dashboard';
import ExcelJS from 'exceljs';
import { Exchange, fillSheet, fillWorkbook } from './support/exchange';
import { EditMode, STORAGE_KEY } from './support/edits';

test.describe('local edits', () => {
  test('edit mode is off by default and clearly shown when on', async ({ page }) => {
    const app = new Dashboard(page);
    await app.open('kpi=1-1-00');
    await expect(page.locator('form.row-form')).toHaveCount(0);
    const edit = new EditMode(page);
    await edit.turnOn();
    await expect(page.getByRole('button', { name: '編集モードを終わる' })).toHaveAttribute('aria-pressed', 'true');
    // One form for the row, with every field (the drafted year's target among them) and one 保存.
    await expect(edit.form()).toHaveCount(1);
    await expect(edit.form().locator('.form-field')).toHaveCount(19);
    await expect(edit.field('target_fy2024')).toContainText('2024年度（令和6年度）目標');
    await expect(edit.form().getByRole('button', { name: '保存', exact: true })).toHaveCount(1);
  });

  test('an edited figure is marked, survives reload, and the official one is a tap away', { tag: '@phone' }, async ({ page }) => {
    const app = new Dashboard(page);
    const edit = new EditMode(page);
    await app.open('kpi=1-1-00');
    await edit.turnOn();
    await edit.save('actual_fy2023', '1,600件');
    await expect(edit.outcome()).toContainText('保存しました');
    await expect(edit.banner()).toContainText('1件');
    expect((await edit.stored()).edits).toHaveLength(1);

    await page.reload();
    await page.getByRole('link', { name: '← 一覧に戻る' }).click();
    const card = page.locator('article[data-kpi="1-1-00"]');
    await expect(card).toContainText('1,600件');
    await card.getByText('この端末で編集').first().click();
    await expect(card).toContainText('市の公表値: 1,472件');

    // The switch shows the city's figures only.
    await page.getByRole('switch', { name: '市の公表値のみ表示' }).check();
    await expect(card).toContainText('1,472件');
    await expect(card).not.toContainText('1,600件');
    await expect(card.getByText('この端末で編集')).toHaveCount(0);
  });

  test('invalid input gets an inline message and is not saved', async ({ page }) => {
    const app = new Dashboard(page);
    const edit = new EditMode(page);
    await app.open('kpi=3-1-01');
    await edit.turnOn();
    await edit.save('actual_fy2024', '79.6歳');
    await expect(edit.error('actual_fy2024')).toContainText('男性・女性の値をそれぞれ入力してください');
    await expect(edit.outcome()).toContainText('1件の項目を確認してください');
    await expect(edit.field('actual_fy2024').locator('input')).toHaveAttribute('aria-invalid', 'true');
    await expect(edit.field('actual_fy2024').locator('input')).toBeFocused();
    await edit.save('actual_fy2024', '男性79.6歳 女性84.1歳');
    await expect(edit.error('actual_fy2024')).toBeEmpty();
    await expect(page.locator('tr.later-actual')).toContainText('男性79.6歳 女性84.1歳');
    await app.open('kpi=1-1-00');
    await edit.turnOn();
    await edit.save('actual_fy2023', '1,600人');
    await expect(edit.error('actual_fy2023')).toContainText('単位は「件」');
    const stored = await edit.stored();
    expect(stored.edits.map((e: any) => e.kpi)).toEqual(['3-1-01']);
  });

  test('a later actual feeds the card, the trend chart and the status filter', async ({ page }) => {
    const app = new Dashboard(page);
    const edit = new EditMode(page);
    await app.open('kpi=1-1-09');
    await edit.turnOn();
    await edit.fill('actual_fy2024', '150人');
    await edit.fill('status', 'delayed');
    await edit.save('delay_reason', '受け入れ先が減った。');
    await expect(page.locator('figure[data-chart="trend-chart"] .chart-summary')).toContainText('2024年度（令和6年度） 150人');
    await page.getByRole('link', { name: '← 一覧に戻る' }).click();
    await expect(page.locator('article[data-kpi="1-1-09"]')).toContainText('2024年度（令和6年度）実績');
    await app.expandFilters();
    await app.statusBox('進捗の遅れ').check();
    await app.expectShown(17);
  });

  test('the changes view lists edits and reverts per field, per row and all', async ({ page }) => {
    const app = new Dashboard(page);
    const edit = new EditMode(page);
    await app.open('kpi=1-1-00');
    await edit.turnOn();
    await edit.save('actual_fy2023', '1,600件');
    await edit.save('note', '速報値');
    await app.open('kpi=1-1-01');
    await edit.turnOn();
    await edit.save('status', 'on_track');
    await page.getByRole('link', { name: '← 一覧に戻る' }).click();
    await expect(edit.changes()).toHaveCount(3);
    await expect(page.locator('tr[data-change="1-1-00/actual_fy2023"]')).toContainText('1,472件');
    await page.locator('tr[data-change="1-1-00/note"]').getByRole('button', { name: 'この項目を戻す' }).click();
    await expect(edit.changes()).toHaveCount(2);
    page.once('dialog', (dialog) => dialog.accept());
    await page.locator('tr[data-change="1-1-00/actual_fy2023"]').getByRole('button', { name: 'この指標を戻す' }).click();
    await expect(edit.changes()).toHaveCount(1);
    page.once('dialog', (dialog) => dialog.dismiss());
    await page.getByRole('button', { name: 'すべての編集を取り消す' }).click();
    await expect(edit.changes()).toHaveCount(1);
    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: 'すべての編集を取り消す' }).click();
    await expect(edit.changes()).toHaveCount(0);
    await expect(edit.banner()).toHaveCount(0);
  });

  test('exports: the draft sheet as CSV for Excel, and the edits alone', async ({ page }) => {
    const app = new Dashboard(page);
    const edit = new EditMode(page);
    await app.open('kpi=1-1-00');
    await edit.turnOn();
    await edit.save('actual_fy2023', '1,600件');
    await page.getByRole('link', { name: '← 一覧に戻る' }).click();

    const read = async (button: string) => {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: button }).click();
      const file = await download;
      return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
    };
    const csv = await read('検証シート（下書き）をCSVで書き出す（Excel用）');
    expect(csv.name).toMatch(/\.csv$/);
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.text.trim().split('\r\n');
    expect(lines).toHaveLength(50);
    expect(lines[1]).toContain(',1600,件,2023,年度,"1,600件",');
    const backup = JSON.parse((await read('編集データを書き出す（JSON・別の端末へ移す・バックアップ用）')).text);
    expect(backup.schema).toBe(3);
    expect(backup.edits[0]).toMatchObject({ kpi: '1-1-00', field: 'actual_fy2023', value: '1,600件' });
  });

  test('import shows a preview and applies all or nothing', async ({ page }) => {
    const app = new Dashboard(page);
    await app.open();
    await new EditMode(page).turnOn();
    const chooser = page.getByLabel('編集データ（JSON）または記入した検証シート（Excel・CSV）を選ぶ');
    const file = (edits: unknown[]) => ({
      name: 'edits.json', mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ schema: 1, edits })),
    });
    await chooser.setInputFiles(file([
      { kpi: '1-1-00', field: 'note', value: 'ok', edited_at: '2026-01-01T00:00:00.000Z' },
      { kpi: '9-9-99', field: 'note', value: 'x', edited_at: '2026-01-01T00:00:00.000Z' },
    ]));
    await expect(page.locator('.import-message')).toContainText('2件目: 指標ID「9-9-99」はこのデータにありません。');
    await expect(page.locator('.edit-panel tr[data-change]')).toHaveCount(0);

    await chooser.setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{oops') });
    await expect(page.locator('.import-message')).toContainText('JSON として読めません');

    await chooser.setInputFiles(file([
      { kpi: '1-1-00', field: 'actual_fy2024', value: '1,650件', edited_at: '2026-01-01T00:00:00.000Z' },
      { kpi: '2-1-05', field: 'status', value: 'delayed', edited_at: '2026-01-01T00:00:00.000Z' },
    ]));
    const previewTable = page.locator('.import-preview');
    await expect(previewTable).toContainText('次の2件が変わります');
    await expect(previewTable).toContainText('1,650件');
    await page.getByRole('button', { name: '読み込む' }).click();
    await expect(page.locator('.edit-panel tr[data-change]')).toHaveCount(2);
    await expect(page.locator('.import-message')).toContainText('2件の編集を読み込みました');
  });

  test('a backup restores: edits exported, undone, then imported again come back when asked', async ({ page }) => {
    const app = new Dashboard(page);
    const edit = new EditMode(page);
    await app.open('kpi=1-1-00');
    await edit.turnOn();
    await edit.save('actual_fy2023', '1,600件');
    await edit.save('note', '速報値');
    await page.getByRole('link', { name: '← 一覧に戻る' }).click();
    const exchange = new Exchange(page);
    const backup = await exchange.download('編集データを書き出す（JSON・別の端末へ移す・バックアップ用）');
    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: 'すべての編集を取り消す' }).click();
    await expect(edit.changes()).toHaveCount(0);

    await page.getByLabel('編集データ（JSON）または記入した検証シート（Excel・CSV）を選ぶ').setInputFiles({
      name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup),
    });
    const restores = page.locator('.import-restores');
    await expect(restores).toContainText('ファイルより後にこの端末で変更した項目（2件）');
    // Nothing is taken unless asked: this device's value is the one chosen at first.
    await expect(restores.getByRole('radio', { name: /この端末の値/ }).first()).toBeChecked();
    await restores.getByRole('button', { name: 'すべてファイルの値にする' }).click();
    await page.getByRole('button', { name: '読み込む' }).click();
    await expect(page.locator('.import-message')).toContainText('2件の編集を読み込みました');
    await expect(edit.changes()).toHaveCount(2);
    await expect(page.locator('tr[data-change="1-1-00/actual_fy2023"]')).toContainText('1,600件');
  });

  test('the draft sheet filled in outside the app comes back as this device\'s edits; a bad cell is named and stores nothing', async ({ page, browser, baseURL }) => {
    const app = new Dashboard(page);
    await app.open();
    await new EditMode(page).turnOn();
    const exported = await new Exchange(page).download('検証シート（下書き）をCSVで書き出す（Excel用）');
    // Two figures and a text typed in Excel, which saves without the BOM.
    const filled = fillSheet(exported, [
      ['1-1-00', '令和5年度実績（値）', '1600'],
      ['1-2-01', '令和5年度実績（値）', '１，９００'],
      ['1-1-00', '①取組', '求人開拓を強化した。'],
    ]).replace(/^\uFEFF/, '');
    const bad = fillSheet(filled, [['1-2-01', '令和5年度実績（値）', 'abc']]);

    // A fresh profile: another staff member's browser.
    const profile = await browser.newContext({ baseURL });
    const other = await profile.newPage();
    const fresh = new Dashboard(other);
    const edit = new EditMode(other);
    await fresh.open();
    await edit.turnOn();
    const chooser = other.getByLabel('編集データ（JSON）または記入した検証シート（Excel・CSV）を選ぶ');
    await chooser.setInputFiles({ name: 'sheet.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await expect(other.locator('.import-message')).toContainText('1-2-01');
    await expect(other.locator('.import-message')).toContainText('『令和5年度実績（値）』');
    await expect(other.locator('.import-message')).toContainText('abc');
    expect(await other.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();

    await chooser.setInputFiles({ name: 'sheet.csv', mimeType: 'text/csv', buffer: Buffer.from(filled) });
    await expect(other.locator('.import-preview')).toContainText('次の3件が変わります');
    await other.getByRole('button', { name: '読み込む' }).click();
    await expect(edit.changes()).toHaveCount(3);
    await expect(other.locator('tr[data-change="1-1-00/actual_fy2023"]')).toContainText('1,600件');
    await expect(other.locator('tr[data-change="1-2-01/actual_fy2023"]')).toContainText('1,900');
    await other.locator('article[data-kpi="1-1-00"] .card-link').click();
    await expect(other.locator('[data-detail="1-1-00"] .local-mark').first()).toBeVisible();
    await profile.close();
  });

  test('the draft sheet as an Excel workbook, filled and saved by another spreadsheet program, comes back in a fresh profile; a bad cell stores nothing', async ({ page, browser, baseURL }) => {
    const app = new Dashboard(page);
    await app.open();
    await new EditMode(page).turnOn();
    const exported = await new Exchange(page).downloadFile('検証シート（下書き）をExcelのブックで書き出す（.xlsx）');
    expect(exported.name).toMatch(/^isesaki-kpi-draft-sheet-fy2024-\d{4}-\d{2}-\d{2}\.xlsx$/);
    // What Excel shows: the fill sheet first, IDs as text, figures as numbers, a frozen header.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(exported.bytes);
    expect(book.worksheets.map((w) => w.name)).toEqual(['検証シート', 'アプリの計算']);
    const fill = book.worksheets[0];
    expect(fill.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const headers = (fill.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    expect(fill.getRow(2).getCell(1).value).toBe('1-1-00');
    expect(fill.getRow(2).getCell(headers.indexOf('基準値（値）')).value).toBe(1563);

    // Two figures and a text typed in, one figure in full-width digits.
    const filled = await fillWorkbook(exported.bytes, [
      ['1-1-00', '令和6年度実績（値）', 1600],
      ['1-2-01', '令和6年度実績（値）', '１，９００'],
      ['1-1-00', '①取組', '求人開拓を強化した。'],
    ]);
    const bad = await fillWorkbook(filled, [['1-2-01', '令和6年度実績（値）', 'abc']]);
    const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

    const profile = await browser.newContext({ baseURL });
    const other = await profile.newPage();
    const edit = new EditMode(other);
    await new Dashboard(other).open();
    await edit.turnOn();
    const chooser = other.getByLabel('編集データ（JSON）または記入した検証シート（Excel・CSV）を選ぶ');
    await chooser.setInputFiles({ name: 'sheet.xlsx', mimeType: xlsx, buffer: bad });
    await expect(other.locator('.import-message')).toContainText('1-2-01', { timeout: 20_000 });
    await expect(other.locator('.import-message')).toContainText('『令和6年度実績（値）』');
    await expect(other.locator('.import-message')).toContainText('abc');
    await expect(other.locator('.import-preview')).toHaveCount(0);
    expect(await other.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();

    await chooser.setInputFiles({ name: 'sheet.xlsx', mimeType: xlsx, buffer: filled });
    await expect(other.locator('.import-preview')).toContainText('次の3件が変わります');
    await other.getByRole('button', { name: '読み込む' }).click();
    await expect(edit.changes()).toHaveCount(3);
    await expect(other.locator('tr[data-change="1-1-00/actual_fy2024"]')).toContainText('1,600件');
    await expect(other.locator('tr[data-change="1-2-01/actual_fy2024"]')).toContainText('1,900');
    await expect(other.locator('tr[data-change="1-1-00/initiatives"]')).toContainText('求人開拓を強化した。');
    await profile.close();
  });

  test('corrupted storage: official data, a clear message, the text kept and downloadable, then reset', async ({ page }) => {
    await page.addInitScript((key) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, '{"schema":1,"edits":[{"kpi":');
        sessionStorage.setItem('seeded', '1');
      }
    }, STORAGE_KEY);
    const app = new Dashboard(page);
    await app.open();
    const warning = page.locator('.storage-warning');
    await expect(warning).toContainText('読み込めなかったため、市の公表値で表示しています');
    await app.expectShown(47);
    const download = page.waitForEvent('download');
    await warning.getByRole('button', { name: '読めなかったデータをダウンロード' }).click();
    expect(readFileSync((await (await download).path())!, 'utf8')).toBe('{"schema":1,"edits":[{"kpi":');
    // An edit now stays in memory and does not overwrite the unreadable text.
    const edit = new EditMode(page);
    await app.open('kpi=1-1-00');
    await expect(warning).toBeVisible();
    await edit.turnOn();
    await edit.save('note', 'メモ');
    expect(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)).toBe('{"schema":1,"edits":[{"kpi":');
    page.once('dialog', (d) => d.accept());
    await warning.getByRole('button', { name: 'リセットして保存を再開' }).click();
    await expect(warning).toHaveCount(0);
    // Saved again by edit mode's module, a moment after the reset.
    await expect.poll(async () => (await edit.stored())?.edits?.[0]).toMatchObject({ kpi: '1-1-00', field: 'note', value: 'メモ' });
  });

  test('blocked storage: edits work in memory with a visible warning', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
    });
    const app = new Dashboard(page);
    await app.open('kpi=1-1-00');
    await expect(page.locator('.storage-warning')).toContainText('この環境ではブラウザに保存できません');
    const edit = new EditMode(page);
    await edit.turnOn();
    await edit.save('actual_fy2023', '1,600件');
    await expect(page.getByRole('table').first()).toContainText('1,600件');
  });

  test('quota exceeded: a warning, and the edit is still shown', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
    });
    const app = new Dashboard(page);
    await app.open('kpi=1-1-00');
    const edit = new EditMode(page);
    await edit.turnOn();
    await edit.save('note', '容量テスト');
    await expect(page.locator('.storage-warning')).toContainText('保存容量がいっぱい');
    await expect(page.locator('[data-detail] .local-note')).toContainText('容量テスト');
  });

  test('two tabs editing stay in sync and lose nothing', async ({ page, context }) => {
    const a = new Dashboard(page);
    await a.open('kpi=1-1-00');
    const other = await context.newPage();
    const b = new Dashboard(other);
    await b.open('kpi=1-1-01');
    await new EditMode(page).turnOn();
    await new EditMode(other).turnOn();
    await new EditMode(page).save('note', 'タブA');
    await expect(other.locator('.local-banner')).toContainText('1件');
    await new EditMode(other).save('note', 'タブB');
    await expect(page.locator('.local-banner')).toContainText('2件');
    await page.reload();
    await expect(page.locator('.local-banner')).toContainText('2件');
    const stored = await new EditMode(page).stored();
    expect(stored.edits.map((e: any) => e.value).sort()).toEqual(['タブA', 'タブB']);
    await other.close();
  });

  test('script and HTML typed or imported are shown as text, never run', async ({ page }) => {
    const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
    const app = new Dashboard(page);
    const edit = new EditMode(page);
    await app.open('kpi=1-1-00');
    await edit.turnOn();
    for (const key of ['baseline', 'actual_fy2022', 'actual_fy2023', 'target_fy2023', 'target_final', 'actual_fy2024']) {
      await edit.save(key, payload);
      await expect(edit.error(key)).not.toBeEmpty({ timeout: 10_000 });
    }
    // Nothing was saved; the refused boxes keep what was typed until reloaded.
    expect(await edit.stored()).toBeNull();
    await page.reload();
    await edit.turnOn();
    await edit.fill('initiatives', payload);
    await edit.save('note', payload);
    await expect(edit.outcome()).toContainText('保存しました');
    await expect(page.locator('[data-detail] [data-text="initiatives"]')).toContainText('<script>');
    await page.getByLabel('編集データ（JSON）または記入した検証シート（Excel・CSV）を選ぶ').setInputFiles({
      name: 'evil.json', mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ schema: 1, edits: [{ kpi: '1-1-01', field: 'note', value: payload, edited_at: 'x' }] })),
    });
    await page.getByRole('link', { name: '← 一覧に戻る' }).click();
    await page.getByRole('button', { name: '読み込む' }).click();
    await expect(page.locator('article[data-kpi="1-1-01"] .local-note')).toContainText('<script>');
    await expect(page.locator('article[data-kpi="1-1-00"] .local-note')).toContainText('<img src=x');
    expect(await page.evaluate(() => (window as any).__xss)).toBeUndefined();
    await expect(page.locator('main img, main script')).toHaveCount(0);
  });
});
