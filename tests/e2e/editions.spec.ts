import { test, expect } from './support/fixtures';
import { EDITIONS_URL } from '../../playwright.config';
import { EditMode } from './support/edits';
import { downloadOpenData, frictionlessValidate } from './support/open-data';
import { seedEdits } from './support/sheet';

// A build with two editions (`cargo xtask test`): the FY2023 sheet, and an FY2024 sheet
// made as the city would make it, from the app's exported draft sheet filled in and saved
// as Japanese Excel saves CSV: 1-1-00 gets an FY2024 actual (1,600件), target (1,650件)
// and a new ①取組; 1-1-01's FY2023 actual is revised to 11,100億円; 1-1-02 becomes 順調.
const at = (query = '') => `${EDITIONS_URL}${query ? `?${query}` : ''}`;

test.describe('editions of the sheet', () => {
  test('the newest edition is the city\'s figures: its actual, the header\'s edition and data line, no local marks', { tag: '@phone' }, async ({ page }) => {
    await page.goto(at('kpi=1-1-00'));
    const detail = page.locator('[data-detail="1-1-00"]');
    await expect(detail.locator('.key-latest')).toContainText('1,600件');
    await expect(detail.locator('.key-latest')).toContainText('2024年度');
    await expect(detail.locator('.local-mark')).toHaveCount(0);
    await expect(detail).toContainText('求人開拓を強化した。');
    await expect(page.locator('.edition-shown')).toContainText('2024年度（令和6年度）版（最新）');
    await expect(page.locator('.as-of')).toContainText('データ: 2024年度（令和6年度）の検証シート・市の公表値');
    await expect(page.locator('.site-footer')).toContainText('令和６年度');
    // Every figure the FY2023 sheet printed is still there, at its year.
    await expect(detail.locator('.values-table')).toContainText('1,472件');
    await expect(detail.locator('.values-table')).toContainText('1,650件');
    // The achievement is FY2024's now: 1,600 ÷ 1,650, beside the target it divides by.
    await expect(detail.locator('.key-figures')).toContainText('2024年度（令和6年度）目標');
    await expect(detail.locator('.key-figures')).toContainText('1,650件');
    await expect(detail.locator('.detail-meta')).toContainText('達成率（2024年度（令和6年度）実績 ÷ 目標）');
    await expect(detail.locator('.detail-meta')).toContainText('97%');
    await page.goto(at());
    const card = page.locator('article[data-kpi="1-1-00"]');
    await expect(card.locator('.card-figures')).toContainText('達成率（2024年度）');
    await expect(card.locator('.card-figures')).toContainText('1,650件');
    await expect(card.locator('.card-figures')).toContainText('97%');
    // A card still on FY2023 (no FY2024 target printed) keeps FY2023's figures and rate.
    await expect(page.locator('article[data-kpi="1-1-02"] .card-figures')).toContainText('達成率（2023年度）');
  });

  test('?edition=2023 shows the FY2023 sheet unchanged, every link keeps it, and the header leads back', async ({ page }) => {
    await page.goto(at('edition=2023&kpi=1-1-00'));
    const detail = page.locator('[data-detail="1-1-00"]');
    await expect(detail.locator('.key-figures')).toContainText('1,472件');
    await expect(detail).not.toContainText('1,600件');
    await expect(detail).not.toContainText('求人開拓を強化した。');
    await expect(page.locator('.edition-notice')).toContainText('2023年度（令和5年度）の検証シート（過去の版）を表示しています。最新は2024年度版です。');
    await expect(page.locator('.as-of')).toContainText('2023年度（令和5年度）の検証シート');
    await page.getByRole('link', { name: '← 一覧に戻る' }).click();
    await expect(page.locator('article[data-kpi="1-1-02"] .card-link')).toHaveAttribute('href', /edition=2023/);
    expect(new URL(page.url()).searchParams.get('edition')).toBe('2023');
    // Edits go on the newest edition only.
    await expect(page.locator('.site-footer .edit-toggle')).toHaveCount(0);
    await expect(page.locator('.site-footer')).toContainText('編集は最新の版にだけ重ねられます');
    await page.locator('[data-edition-link="2024"]').click();
    await expect(page.locator('.edition-shown')).toContainText('（最新）');
    expect(new URL(page.url()).searchParams.get('edition')).toBeNull();
  });

  // Easy Japanese carries readings (ruby), which are part of an element's text.
  for (const [lang, link, title, added, revised] of [
    ['ja', '2023年度版からの変更（3指標）', '2024年度版で変わったこと（2023年度版との比較）', '新しく掲載: 1,600件', '改訂: 11,017億円（令和3年） → 11,100億円'],
    ['en', 'Changes since the FY2023 edition (3 indicators)', 'What the FY2024 edition changed (compared with FY2023)', 'New: 1,600 ', 'Revised: ¥1,101.7 billion → ¥1,110 billion'],
    ['ja-easy', '2023年度ねんどから 変かわった こと（3こ）', '2024年度ねんどで 変かわった こと（2023年度ねんどと くらべて）', '新あたらしい 数字すうじ: 1,600', '→ 11,100'],
  ]) {
    test(`${lang}: the change list names exactly the rows the new sheet changed, each linked to its detail`, { tag: '@phone' }, async ({ page }) => {
      await page.goto(at(lang === 'ja' ? '' : `lang=${lang}`));
      const changesLink = page.locator('.edition-changes a');
      await expect(changesLink).toHaveText(link);
      await changesLink.click();
      await expect(page.locator('#changes-title')).toHaveText(title);
      const rows = page.locator('[data-change-row]');
      await expect(rows).toHaveCount(3);
      expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-change-row')))).toEqual(['1-1-00', '1-1-01', '1-1-02']);
      await expect(rows.nth(0).locator('[data-field="actual_fy2024"]')).toContainText(added);
      await expect(rows.nth(1).locator('[data-field="actual_fy2023"]')).toContainText(revised);
      await expect(rows.nth(2).locator('[data-field="status"]')).toBeVisible();
      await rows.nth(1).getByRole('link').click();
      await expect(page.locator('[data-detail="1-1-01"]')).toBeVisible();
      // The revised figure is the later one, with the value printed before.
      await expect(page.locator('[data-detail="1-1-01"] .revised-note')).toContainText(lang === 'en' ? '¥1,101.7 billion' : '11,017');
    });
  }

  test('やさしい日本語: the new edition\'s own texts have their readings, read at build time', async ({ page }) => {
    await page.goto(at('kpi=1-1-00&lang=ja-easy'));
    const text = page.locator('[data-detail="1-1-00"] .detail-text').filter({ hasText: '求人' }).first();
    await expect(text.locator('ruby', { hasText: '開拓' })).toContainText('かいたく');
  });

  test('an FY2024 figure this device drafted before the city published it is shown as superseded, one tap drops it', async ({ page }) => {
    await seedEdits(page, [
      { kpi: '1-1-00', field: 'actual_fy2024', value: '1,510件' },
      { kpi: '1-1-00', field: 'note', value: '速報値' },
    ]);
    await page.goto(at());
    await new EditMode(page).turnOn();
    const drafted = page.locator('tr[data-change="1-1-00/actual_fy2024"]');
    await expect(drafted).toHaveAttribute('data-superseded', 'true');
    await expect(drafted).toContainText('市が2024年度版で公表済みです');
    await expect(drafted).toContainText('1,600件');
    await expect(page.locator('tr[data-change="1-1-00/note"]')).toHaveAttribute('data-superseded', 'false');
    await expect(page.locator('.superseded-summary')).toContainText('1件の編集は、市が2024年度版で公表した項目の値です。');
    await drafted.getByRole('button', { name: 'この端末の値を捨てる' }).click();
    await expect(drafted).toHaveCount(0);
    await expect(page.locator('.superseded-summary')).toHaveCount(0);
    await page.goto(at('kpi=1-1-00'));
    await expect(page.locator('[data-detail="1-1-00"] .key-latest')).toContainText('1,600件');
    await expect(page.locator('[data-detail="1-1-00"] .key-latest .local-mark')).toHaveCount(0);
  });

  test('the FY2024 edition\'s open data passes the Frictionless validator', async ({ page }, testInfo) => {
    await page.goto(at('view=data'));
    const folder = testInfo.outputPath('open-data-2024');
    expect(await downloadOpenData(page, folder)).toEqual(['isesaki-kpi-fy2024.csv', 'isesaki-kpi-fy2024.json', 'datapackage.json']);
    const validation = frictionlessValidate(folder);
    expect(validation.ok, validation.report).toBe(true);
  });

  test('a build with one edition shows no edition switch and no change list', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('.overview-total').first()).toBeVisible();
    await expect(page.locator('.edition-switch')).toHaveCount(0);
    await expect(page.locator('.edition-changes')).toHaveCount(0);
  });
});
