import { test, expect } from './support/fixtures';
import { Dashboard } from './support/dashboard';
import { ChartFigure } from './support/charts';
import { Progress } from './support/progress';

const LABELS_EN: [string, string][] = [
  ['1-1-03', 'Target achieved'],
  ['1-1-08', 'Substantial progress'],
  ['1-1-02', 'Moderate progress'],
  ['1-2-03', 'Limited progress'],
  ['1-2-01', 'Deterioration'],
];

/** A count or amount with a minus sign: 「約-2,537人」 was the bug. Paces (−17% a year)
 *  are not counts; they are not part of the outlook text checked here. */
const NEGATIVE = /[-−]\s?\d/;

test.describe('honest progress', () => {
  test('the detail shows the computed label beside the city status, in English labels', async ({ page }) => {
    const app = new Dashboard(page);
    const progress = new Progress(page);
    await app.open(`lang=en&kpi=${LABELS_EN[0][0]}`);
    for (const [id, label] of LABELS_EN) {
      await progress.go(`lang=en&kpi=${id}`);
      await expect(progress.label.locator('.progress-text')).toHaveText(label);
      // Beside, never instead of, the city's own status.
      await expect(progress.cityStatus).toBeVisible();
      await expect(progress.section.locator('.label-meaning')).not.toBeEmpty();
    }
  });

  test("the city's status is explained with one tap, on a card and on the detail", { tag: '@phone' }, async ({ page }) => {
    const app = new Dashboard(page);
    const progress = new Progress(page);
    await app.open();
    // 3-1-07: 遅れ for the city, Substantial progress by the method.
    const card = progress.card('3-1-07');
    await expect(card.label).toHaveText('↑大きく前進');
    await expect(card.why.locator('.agreement')).toHaveCount(0);
    await card.why.locator('summary').click();
    await expect(card.why).toContainText('市自身の評価');
    await expect(card.why.locator('.agreement')).toHaveText(/市の評価は「進捗の遅れ」、計算した評価は「大きく前進」/);
    await progress.go('kpi=1-2-04');
    await progress.why.locator('summary').click();
    await expect(progress.why.locator('.agreement')).toContainText('計算した評価の方が良くなっています');
    // How the label is computed is one more tap away from the same place.
    await progress.why.getByText('計算のしかた').click();
    await expect(progress.why).toContainText('カナダ統計局');
  });

  test('the 健康寿命 footnote is on 3-1-01 and in the overview footnotes, and men are met', async ({ page }) => {
    const app = new Dashboard(page);
    const progress = new Progress(page);
    await app.open('kpi=3-1-01');
    await expect(progress.footnote).toContainText('新たな算出方法の実績値は、２年遅れで公表されます');
    await expect(progress.footnote).toHaveAttribute('lang', 'ja');
    // Per part: what can honestly be said, instead of 「算出できません」.
    await expect(progress.section.locator('.progress-part').first()).toContainText('男性');
    await expect(progress.section.locator('.progress-part').first()).toContainText('目標達成');
    await expect(progress.section.locator('.progress-part').nth(1)).toContainText('評価できません');
    await progress.go('kpi=3-1-00');
    await expect(progress.footnote).toHaveCount(0);
    await page.getByRole('link', { name: '← 一覧に戻る' }).click();
    const footnotes = page.locator('.sheet-footnotes');
    await expect(footnotes.locator('[data-official="footnote"]')).toContainText('健康寿命');
    await footnotes.getByRole('link', { name: '3-1-01 健康寿命' }).click();
    await expect(app.detail).toHaveAttribute('data-detail', '3-1-01');
  });

  test('the method behind the label is one tap away, with R and its inputs', async ({ page }) => {
    const app = new Dashboard(page);
    const progress = new Progress(page);
    await app.open('kpi=1-2-01');
    await expect(progress.method.locator('table')).toHaveCount(0);
    await progress.method.locator('summary').click();
    const table = progress.method.locator('table');
    await expect(table).toContainText('88,271人');
    await expect(table).toContainText('2019年度（令和元年度）');
    await expect(table).toContainText('42,867人');
    await expect(table).toContainText('-20.94');
    // 待機児童なし: the 0 → 0.001 rule is shown, not hidden.
    await progress.go('kpi=2-1-05');
    await progress.method.locator('summary').click();
    await expect(progress.method).toContainText('0.001');
    await expect(progress.label).toHaveText('✓目標達成');
  });

  test('paces are in words and percentage gaps in points', async ({ page }) => {
    const app = new Dashboard(page);
    const progress = new Progress(page);
    await app.open('kpi=1-2-01');
    await expect(progress.paces).toHaveText('目標まで毎年 +22% 必要／直近1年は +44%／基準値からは毎年 -17%');
    await progress.go('kpi=2-1-04');
    await expect(progress.paces).toContainText('目標まで毎年 +3.4ポイント 必要');
    await expect(progress.verdicts).toContainText('約8.6ポイント届かない');
  });

  test('zero children waiting reads as met, keeps its words, and is drawn', async ({ page }) => {
    const app = new Dashboard(page);
    await app.open();
    const card = page.locator('article[data-kpi="2-1-05"]');
    await expect(card.locator('.achievement')).toHaveText('100%');
    await expect(card.locator('.progress-label')).toHaveText('✓目標達成');
    await expect(card).toContainText('待機児童なし');
    await app.open('kpi=2-1-05');
    await new ChartFigure(page, 'trend-chart').expectDrawn();
    await expect(page.locator('.text-cells')).toContainText('待機児童なし');
  });

  test('a comparison of different years says so', async ({ page }) => {
    const app = new Dashboard(page);
    await app.open();
    // 1-1-08: a 令和3年 count against a 令和4年 target reads 100%, with the years named.
    await expect(page.locator('article[data-kpi="1-1-08"] .achievement')).toContainText('2021年（令和3年）の実績を2022年（令和4年）の目標と比べています');
    await app.open('lang=en&kpi=3-1-03');
    await expect(app.detail).toContainText('Compares a FY2022 figure with a FY2023 target');
  });

  test('the overview counts the computed labels next to the city counts', async ({ page }) => {
    const app = new Dashboard(page);
    await app.open();
    const computed = page.locator('.overview-computed');
    await expect(computed).toContainText('大きく前進 13件');
    await expect(computed).toContainText('後退 14件');
    await expect(computed).toContainText('評価できません 5件');
  });

  // One test per language and goal, so that none runs near its time limit on a busy machine.
  const languagesAndGoals = ['ja', 'en', 'ja-easy'].flatMap((lang) => ['1', '2', '3'].map((goal) => [lang, goal]));
  for (const [lang, goal] of languagesAndGoals) {
    test(`no outlook of goal ${goal} in ${lang} shows a negative figure or a share above 100% or days above 366`, async ({ page }) => {
      const app = new Dashboard(page);
      const progress = new Progress(page);
      await app.open(`lang=${lang}`);
      const ids = await app.cardIds();
      expect(ids).toHaveLength(47);
      for (const id of ids.filter((i) => i.startsWith(`${goal}-`))) {
        await progress.go(`lang=${lang}&kpi=${id}`);
        const { printed, verdicts, outlook } = await progress.outlook();
        expect(printed, id).not.toBe('');
        expect(outlook, id).not.toMatch(NEGATIVE);
        expect(outlook, id).not.toMatch(/約\s?[-−]/);
        const verdictNumbers = verdicts.replace(/\d{4}年度?（[^）]*）|FY\d{4}|\d{4}/g, '');
        const figures = [...verdictNumbers.matchAll(/\d[\d,]*(\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, '')));
        if (/%/.test(printed)) expect(Math.max(0, ...figures), `${id}: ${verdictNumbers}`).toBeLessThanOrEqual(100);
        if (/日|days/.test(printed)) expect(Math.max(0, ...figures), `${id}: ${verdictNumbers}`).toBeLessThanOrEqual(366);
      }
    });
  }

  test('the drawn projection band stays within what can happen', async ({ page }) => {
    const app = new Dashboard(page);
    const progress = new Progress(page);
    // Visitors recovering after COVID, a share, and days open in a leap year.
    const rows: [string, number][] = [['1-2-01', Infinity], ['2-2-02', Infinity], ['2-1-02', 100], ['2-1-04', 100], ['3-1-02', 366]];
    await app.open(`kpi=${rows[0][0]}`);
    for (const [id, limit] of rows) {
      await progress.go(`kpi=${id}`);
      const values = await progress.projectedValues();
      expect(values.length, id).toBeGreaterThan(0);
      expect(Math.min(...values), id).toBeGreaterThanOrEqual(0);
      expect(Math.max(...values), id).toBeLessThanOrEqual(limit);
    }
  });
});
