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
 *  are not counts: they are taken out of the text before this is checked. */
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
    // 待機児童なし: the zero rule is said in words; its stand-in and the rates it makes
    // (−100 % a year) are never shown as figures.
    await progress.go('kpi=2-1-05');
    await progress.method.locator('summary').click();
    await expect(progress.method).toContainText('0の代わりにごく小さな値');
    await expect(progress.method).not.toContainText('0.001');
    await expect(progress.method).not.toContainText('-100');
    await expect(progress.label).toHaveText('✓目標達成');
  });

  test("the label's pace leads the outlook and the last change is context beside it", async ({ page }) => {
    const app = new Dashboard(page);
    const progress = new Progress(page);
    await app.open('kpi=1-2-01');
    // Recovering last year, falling since the baseline: both said, only one extrapolated.
    await expect(progress.shortTerm).toContainText('直近1年（2022年度（令和4年度）→2023年度（令和5年度））: 増加（+44%）');
    await expect(progress.shortTerm).toContainText('1回の変化は傾向を示しません');
    await expect(progress.section.locator('.label-meaning')).toHaveText('多いほど良い指標ですが、基準値より減っています（1年あたり-17%）。最新の実績（2023年度（令和5年度））からは、最終目標まで1年あたり+22%の変化が必要です。');
    await expect(progress.verdicts).toContainText('示しません');
    await expect(progress.verdicts).not.toContainText('届く');
    // A share falls short in points; a met target gets no forecast.
    await progress.go('kpi=2-1-04');
    await expect(progress.verdicts).toContainText('約21.7ポイント届きません');
    await progress.go('kpi=3-1-08');
    await expect(progress.verdicts).toHaveText('2023年度（令和5年度）の実績は最終目標（1,190人）以上です。最終目標は最終年度の目標なので、それまで保つ必要があります。見込みは示しません。');
    await progress.go('lang=en&kpi=3-2-03');
    // Fewer accidents since the baseline, but more in the latest year: both said.
    await expect(progress.verdicts).toHaveText('If the pace since the baseline (-5.2% a year) continues, the final target (1,050 accidents) would be reached around 2026. The latest change (2022 → 2023) was a rise, the other way from this pace, so it may not continue.');
    // +149% a year since FY2019, −44% last year: neither is extrapolated past the data.
    await progress.go('lang=en&kpi=1-2-04');
    await expect(progress.verdicts).toContainText('it would pass twice the largest figure so far');
    await expect(progress.shortTerm).toContainText('Latest one-year change (FY2022 → FY2023): down 44%');
  });

  test('zero children waiting reads as met, keeps its words, and is drawn', async ({ page }) => {
    const app = new Dashboard(page);
    await app.open();
    const card = page.locator('article[data-kpi="2-1-05"]');
    await expect(card.locator('.achievement')).toHaveText('目標どおり（実績・目標とも0）');
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
    await expect(app.detail).toContainText('Compares an FY2022 figure with an FY2023 target');
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
    test(`every outlook of goal ${goal} in ${lang} agrees with its label and stays near the data`, async ({ page }) => {
      const app = new Dashboard(page);
      const progress = new Progress(page);
      await app.open(`lang=${lang}`);
      const ids = await app.cardIds();
      expect(ids).toHaveLength(47);
      // No share of the way below 0 % or above 100 % on any card.
      for (const share of await page.locator('.track-share strong').allInnerTexts()) {
        expect(share).not.toMatch(/[-−]\s?\d/);
        for (const m of share.matchAll(/(\d+(?:\.\d+)?)%/g)) expect(Number(m[1]), share).toBeLessThanOrEqual(100);
      }
      for (const id of ids.filter((i) => i.startsWith(`${goal}-`))) {
        await progress.go(`lang=${lang}&kpi=${id}`);
        const { printed, verdicts, outlook, label } = await progress.outlook();
        expect(printed, id).not.toBe('');
        // Paces per year may fall (「1年あたり-1.5%」); no figure may be negative.
        const figuresText = outlook.replace(/[+\-−]\d[\d,.]*%/g, '');
        expect(figuresText, id).not.toMatch(NEGATIVE);
        expect(figuresText, id).not.toMatch(/約\s?[-−]/);
        // Figures of the outlook, without years and paces (「1年あたり+6.3%」, "+6.3% a year").
        const figuresOf = (text: string) =>
          [...text.replace(/\d{4}\s?年度?（[^）]*）|\d{4}\s?\{?年|FY\d{4}|\d{4}/g, '').replace(/[+-]\d[\d,.]*%/g, '').matchAll(/\d[\d,]*(\.\d+)?/g)].map((m) =>
            Number(m[0].replace(/,/g, '')),
          );
        const projected = figuresOf(verdicts);
        if (/%/.test(printed)) expect(Math.max(0, ...projected), `${id}: ${verdicts}`).toBeLessThanOrEqual(100);
        if (/日|days/.test(printed)) expect(Math.max(0, ...projected), `${id}: ${verdicts}`).toBeLessThanOrEqual(366);
        if (lang !== 'en') {
          // Printed in the sheet's own units: no projected figure over twice the row's largest.
          expect(Math.max(0, ...projected), `${id}: ${verdicts}`).toBeLessThanOrEqual(2 * Math.max(0, ...figuresOf(printed)));
          // No fraction of a person or a case.
          expect(verdicts, id).not.toMatch(/\d\.\d+\s?(\{)?(人|件)/);
        }
        // The outlook never contradicts the label.
        const reaches = /届きます|reached around|とどきます|上回っています。ただし|faster than the average pace|はやさより はやい/;
        if (/後退|前進わずか|一定の前進|Deterioration|Limited progress|Moderate progress|わるく|悪く|あまり|少し/.test(label)) expect(verdicts, `${id}: ${label}`).not.toMatch(reaches);
        if (/目標達成|Target achieved|とどいた/.test(label) && !/–|評価できません|Unable|調べられません/.test(label)) {
          expect(verdicts, `${id}: ${label}`).toMatch(/最終目標（[^）]+）(以上|以下)です|at or (above|below) the final target|とどいています/);
        }
      }
    });
  }

  test('the drawn projection line stays within what can happen', async ({ page }) => {
    const app = new Dashboard(page);
    const progress = new Progress(page);
    // Visitors falling since the baseline, shares falling short, a count reaching its target.
    const rows: [string, number][] = [['1-2-00', Infinity], ['2-1-02', 100], ['2-1-04', 100], ['3-1-07', 100], ['3-2-03', Infinity]];
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
