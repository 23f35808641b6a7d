import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './support/fixtures';
import { Dashboard } from './support/dashboard';
import { EditMode } from './support/edits';
import { Exchange, csvRow } from './support/exchange';

const SAVED = '保存しました（この端末のみ）';

test.describe('saves that stay saved', () => {
  test('a clock set back between two saves keeps the second', async ({ page }) => {
    // The device's clock is a day ahead at the first save, then corrected.
    await page.clock.install({ time: new Date('2026-11-26T10:00:00Z') });
    const app = new Dashboard(page);
    const edit = new EditMode(page);
    await app.open('kpi=1-1-00');
    await edit.turnOn();
    await edit.save('note', '時計が進んでいたときのメモ');
    await expect(edit.outcome()).toHaveText(SAVED);
    await page.clock.setSystemTime(new Date('2026-11-25T10:00:00Z'));
    await edit.save('note', '時計を直した後のメモ');
    await expect(edit.outcome()).toHaveText(SAVED);
    await expect(app.detail.locator('.local-note')).toContainText('時計を直した後のメモ');
    await page.reload();
    await expect(app.detail.locator('.local-note')).toContainText('時計を直した後のメモ');
    expect((await edit.stored()).edits.map((e: any) => e.value)).toEqual(['時計を直した後のメモ']);
  });

  test('a save the storage does not hold is reported as not saved, and stays on screen', async ({ page }) => {
    // Some browsers drop writes silently: only reading back tells.
    await page.addInitScript(() => { Storage.prototype.setItem = function () {}; });
    const app = new Dashboard(page);
    const edit = new EditMode(page);
    await app.open('kpi=1-1-00');
    await edit.turnOn();
    await edit.save('note', '残らないメモ');
    await expect(edit.outcome()).toContainText('保存を確認できませんでした');
    await expect(edit.form().getByRole('status')).toHaveCount(0);
    await expect(app.detail.locator('.local-note')).toContainText('残らないメモ');
  });

  test('a full storage says not saved, in the language shown', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
    });
    const app = new Dashboard(page);
    const edit = new EditMode(page);
    await app.open('kpi=1-1-00&lang=en');
    await page.getByRole('button', { name: 'Edit mode', exact: true }).click();
    await (await edit.box('note')).fill('A note');
    await edit.form().getByRole('button', { name: 'Save', exact: true }).press('Enter');
    await expect(edit.outcome()).toContainText("Not saved: the browser's storage is full.");
  });
});

test.describe('edits from another device', () => {
  const otherDevice = (value: string) => ({
    schema: 2, device: 'd-other', clock: 1, seen: {},
    edits: [{ kpi: '1-1-00', field: 'note', value, edited_at: '2026-11-20T09:00:00.000Z', rev: 1, device: 'd-other' }],
  });

  test('a field changed on both devices is shown with both values, and only the choice is applied', { tag: '@phone' }, async ({ page }) => {
    const app = new Dashboard(page);
    const edit = new EditMode(page);
    const files = new Exchange(page);
    await app.open('kpi=1-1-00');
    await edit.turnOn();
    await edit.save('note', 'この端末のメモ');
    await page.getByRole('link', { name: '← 一覧に戻る' }).click();
    await files.choose(otherDevice('別の端末のメモ'));
    const conflict = page.locator('fieldset.conflict[data-conflict="1-1-00/note"]');
    await expect(page.locator('.import-conflicts')).toContainText('両方で変更された項目（1件）');
    await expect(conflict.getByRole('radio', { name: /この端末の値を残す/ })).toBeVisible();
    await expect(conflict).toContainText('この端末のメモ');
    await expect(conflict).toContainText('別の端末のメモ');
    // Nothing is settled without a choice.
    const apply = page.getByRole('button', { name: '読み込む' });
    await expect(apply).toBeDisabled();
    const axe = await new AxeBuilder({ page }).include('.import-preview').analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await conflict.getByRole('radio', { name: /ファイルの値にする/ }).check();
    await apply.click();
    await expect(page.locator('.import-message')).toContainText('1件の編集を読み込みました');
    await expect(page.locator('article[data-kpi="1-1-00"] .local-note')).toContainText('別の端末のメモ');
    await page.reload();
    await expect(page.locator('article[data-kpi="1-1-00"] .local-note')).toContainText('別の端末のメモ');
  });

  test('an imported note with a TAB before a formula is exported neutralised', async ({ page }) => {
    const formula = '\t=HYPERLINK("http://example.com/","x")';
    const app = new Dashboard(page);
    const files = new Exchange(page);
    await app.open();
    await new EditMode(page).turnOn();
    await files.choose({ schema: 1, edits: [{ kpi: '1-1-00', field: 'note', value: formula, edited_at: '2026-11-20T09:00:00.000Z' }] });
    await page.getByRole('button', { name: '読み込む' }).click();
    await expect(page.locator('.import-message')).toContainText('1件の編集を読み込みました');
    const row = csvRow(await files.download('検証シート（下書き）をCSVで書き出す（Excel用）'), '1-1-00');
    expect(row).toContain(`'${formula}`);
    expect(row).not.toContain(formula);
  });
});
