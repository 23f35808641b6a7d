import { test, expect } from './support/fixtures';
import { Dashboard } from './support/dashboard';
import { EditMode } from './support/edits';
import { Exchange } from './support/exchange';
import { DraftSheet, seedEdits } from './support/sheet';

// Edit mode's one form per row, as a department fills in next year's sheet.
test.describe('the row form', () => {
  test('turned on, it opens near the top with one 保存 and a figure needs only its digits', { tag: '@phone' }, async ({ page }) => {
    const app = new Dashboard(page);
    const edit = new EditMode(page);
    await app.open('kpi=1-1-00');
    await edit.turnOn();
    // The toggle is at the page's end; the user is taken to the form, above the progress.
    await expect(page.locator('#edit-form-title')).toBeFocused();
    await expect(page.locator('#edit-form-title')).toBeInViewport();
    const order = await page.evaluate(() => {
      const form = document.querySelector('form.row-form')!;
      const progress = document.querySelector('.progress-section')!;
      return form.compareDocumentPosition(progress) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
    await edit.save('actual_fy2024', '1510');
    await expect(edit.outcome()).toHaveText('保存しました（この端末のみ）');
    await expect(await edit.box('actual_fy2024')).toHaveValue('1,510件');
    expect((await edit.stored()).edits[0]).toMatchObject({ field: 'actual_fy2024', value: '1,510件' });
    await expect(page.locator('tr.later-actual')).toContainText('1,510件');
    // Pressing 保存 again with nothing changed writes nothing.
    await edit.submit();
    await expect(edit.outcome()).toHaveText('変更された項目はありません。');
  });

  test('the progress label the typed figure would get is suggested beside the status', async ({ page }) => {
    const app = new Dashboard(page);
    const edit = new EditMode(page);
    await app.open('kpi=1-1-00');
    await edit.turnOn();
    const suggestion = edit.field('status').locator('.progress-suggestion');
    await expect(suggestion).toContainText('後退');
    await edit.fill('actual_fy2024', '1,700');
    await expect(suggestion).toContainText('目標達成');
    await expect(suggestion).toContainText('2024年度（令和6年度）の実績から');
    await expect(suggestion).toContainText('近い進捗状況: 順調に進捗');
    // Only a suggestion: the status stays what staff chose.
    await expect(await edit.box('status')).toHaveValue('mostly_on_track');
  });

  test('problems are shown at their fields and nothing is saved until all are fixed', async ({ page }) => {
    const app = new Dashboard(page);
    const edit = new EditMode(page);
    await app.open('kpi=1-1-00');
    await edit.turnOn();
    await edit.fill('actual_fy2024', '1,510人');
    await edit.fill('status', 'delayed');
    await expect(edit.field('delay_reason')).toBeVisible();
    await edit.submit();
    await expect(edit.outcome()).toHaveText('2件の項目を確認してください。まだ何も保存していません。');
    await expect(edit.error('actual_fy2024')).toContainText('単位は「件」');
    await expect(edit.error('delay_reason')).toContainText('理由を入力してください');
    await expect(await edit.box('actual_fy2024')).toBeFocused();
    expect(await edit.stored()).toBeNull();
    await edit.fill('actual_fy2024', '1510');
    await edit.save('delay_reason', '説明会の会場が取れなかった。');
    await expect(edit.outcome()).toContainText('保存しました');
    await expect(edit.error('delay_reason')).toBeEmpty();
    await expect(app.detail.locator('[data-text="delay_reason"]')).toContainText('説明会の会場が取れなかった。');
  });
});

test.describe('the sheet\'s texts', () => {
  test('①②③ and the delay reason are labelled, saved together, kept on reload and marked', async ({ page }) => {
    const app = new Dashboard(page);
    const edit = new EditMode(page);
    await app.open('kpi=1-1-02');
    await edit.turnOn();
    for (const label of ['進捗が遅れている理由', '①取組', '②課題', '③今後の方策']) {
      await expect(edit.form().getByLabel(label)).toBeVisible();
    }
    await edit.fill('initiatives', '補助金の説明会を2回開いた。');
    await edit.fill('challenges', '申請の手間が大きい。');
    await edit.fill('plans', '申請書を簡単にする。\n窓口で記入を手伝う。');
    await edit.save('delay_reason', '開発意欲の回復が遅れている。');
    await expect(edit.outcome()).toContainText('保存しました');
    await expect(edit.field('plans').locator('.local-badge')).toHaveText('この端末で編集');
    await page.reload();
    const plans = app.detail.locator('[data-text="plans"]');
    await expect(plans).toContainText('申請書を簡単にする。');
    await expect(plans.locator('p.local-text')).toHaveAttribute('lang', 'ja');
    await expect(plans.locator('[data-official]')).toHaveCount(0);
    // The city's text is one tap away.
    await plans.getByText('この端末で編集').click();
    await expect(plans).toContainText('市の公表値:');
    const stored = (await new EditMode(page).stored()).edits.map((e: any) => e.field).sort();
    expect(stored).toEqual(['challenges', 'delay_reason', 'initiatives', 'plans']);
  });

  test('a text is compared with and reverted to the city\'s in the form', async ({ page }) => {
    await seedEdits(page, [{ kpi: '1-1-00', field: 'initiatives', value: '下書きの取組' }]);
    const app = new Dashboard(page);
    const edit = new EditMode(page);
    await app.open('kpi=1-1-00');
    await edit.turnOn();
    const field = edit.field('initiatives');
    await expect(await edit.box('initiatives')).toHaveValue('下書きの取組');
    await field.getByText('市の公表値と比べる').click();
    await expect(field.locator('[data-official][lang="ja"]')).toHaveText('雇用を促進するため、セミナー等を開催し支援に努めた。');
    await field.getByRole('button', { name: '公表値に戻す' }).click();
    await expect(await edit.box('initiatives')).toHaveValue('雇用を促進するため、セミナー等を開催し支援に努めた。');
    await expect(edit.banner()).toHaveCount(0);
    await expect(app.detail.locator('[data-text="initiatives"] p[data-official][lang="ja"]')).toBeVisible();
    // Too long is said, not cut.
    await edit.save('initiatives', 'あ'.repeat(401));
    await expect(edit.error('initiatives')).toContainText('400');
    await expect(await edit.box('initiatives')).toHaveValue('あ'.repeat(401));
  });

  test('typed texts appear in the draft sheet, marked, with all 47 rows', async ({ page }) => {
    await seedEdits(page, [{ kpi: '2-1-04', field: 'plans', value: '受診を呼びかける通知を年2回送る。' }]);
    const sheet = new DraftSheet(page);
    await sheet.open();
    await expect(sheet.rows).toHaveCount(47);
    const cell = sheet.cell('2-1-04', 'plans');
    await expect(cell).toContainText('受診を呼びかける通知を年2回送る。');
    await expect(cell).toContainText('この端末で編集');
    await expect(sheet.cell('2-1-04', 'initiatives').locator('[data-official][lang="ja"]')).toBeVisible();
    const csv = await sheet.downloadCsv();
    const at = (name: string) => csv.records[0].indexOf(name);
    const row = csv.records.find((r) => r[0] === '2-1-04')!;
    expect(row[at('③今後の方策')]).toBe('受診を呼びかける通知を年2回送る。');
    expect(row[at('この端末で編集した項目')]).toBe('③今後の方策');
  });

  test('a text changed on two devices is shown side by side on import and waits for a choice', async ({ page }) => {
    await seedEdits(page, [{ kpi: '1-1-00', field: 'plans', value: 'この端末の方策' }]);
    const app = new Dashboard(page);
    await app.open();
    await new EditMode(page).turnOn();
    await new Exchange(page).choose({
      schema: 3, device: 'd-other', clock: 2, seen: {},
      edits: [
        { kpi: '1-1-00', field: 'plans', value: '別の端末の方策', edited_at: '2026-11-26T09:00:00.000Z', rev: 1, device: 'd-other' },
        { kpi: '1-1-00', field: 'challenges', value: '別の端末の課題', edited_at: '2026-11-26T09:00:00.000Z', rev: 2, device: 'd-other' },
      ],
    });
    const conflict = page.locator('fieldset.conflict[data-conflict="1-1-00/plans"]');
    await expect(conflict).toContainText('この端末の方策');
    await expect(conflict).toContainText('別の端末の方策');
    await expect(page.locator('.import-preview')).toContainText('別の端末の課題');
    const apply = page.getByRole('button', { name: '読み込む' });
    await expect(apply).toBeDisabled();
    await conflict.getByRole('radio', { name: /この端末の値を残す/ }).check();
    await apply.click();
    await expect(page.locator('.import-message')).toContainText('1件の編集を読み込みました');
    const stored = Object.fromEntries((await new EditMode(page).stored()).edits.map((e: any) => [e.field, e.value]));
    expect(stored).toMatchObject({ plans: 'この端末の方策', challenges: '別の端末の課題' });
  });
});
