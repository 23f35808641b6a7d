import { test, expect } from './support/fixtures';
import { Dashboard } from './support/dashboard';
import { Reader } from './support/readers';

// The overview, a filtered list, and details of rows with era years, prose cells, parts
// and large amounts. One test per view, so none runs near its time limit.
const VIEWS = ['', 'status=delayed&goal=2', 'kpi=3-1-01', 'kpi=2-1-00', 'kpi=1-2-04', 'kpi=1-1-01', 'kpi=3-1-03', 'kpi=2-1-05'];

test.describe('readers', () => {
  for (const view of VIEWS) {
    test(`English ?${view || '(overview)'}: no visible Japanese outside the parts marked lang="ja"`, async ({ page }) => {
      const app = new Dashboard(page);
      const reader = new Reader(page);
      await app.open(`lang=en${view ? '&' + view : ''}`);
      await reader.openEverything();
      expect(await reader.japaneseOutsideJapaneseParts()).toEqual([]);
    });

    test(`やさしい日本語 ?${view || '(overview)'}: every visible kanji has a reading, except the city's own words`, async ({ page }) => {
      const app = new Dashboard(page);
      const reader = new Reader(page);
      await app.open(`lang=ja-easy${view ? '&' + view : ''}`);
      await reader.openEverything();
      expect(await reader.kanjiWithoutReading()).toEqual([]);
    });
  }

  test('English: the city\'s texts stay Japanese, marked and labelled as the official text', async ({ page }) => {
    const app = new Dashboard(page);
    await app.open('lang=en&kpi=3-2-00');
    await expect(page).toHaveTitle('3-2-00 Penal Code offenses known to the police — Isesaki City strategy KPI dashboard');
    await expect(page.locator('h2#detail-title')).toHaveText('Penal Code offenses known to the police');
    await expect(page.locator('.detail-text [data-official][lang="ja"]').first()).toBeVisible();
    await expect(page.locator('.detail-body .section-note')).toContainText('Official text in Japanese');
    await expect(page.locator('.site-header .source')).toContainText('Source (in Japanese)');
    await expect(page.locator('.site-header .source-link[lang="ja"][data-official]')).toContainText('効果検証シート');
    // Amounts with the row's own noun, and years without 和暦.
    const values = page.locator('.values-table');
    await expect(values).toContainText('1,634 offenses');
    await expect(values.locator('tbody tr').first()).toContainText('2019');
  });

  test('English amounts read naturally on cards and in charts', async ({ page }) => {
    const app = new Dashboard(page);
    await app.open('lang=en&goal=1');
    await expect(page.locator('article[data-kpi="1-1-00"] .printed').first()).toHaveText('1,472 job openings');
    await expect(page.locator('article[data-kpi="1-2-00"] .printed').first()).toHaveText('2.58 million visits');
    await expect(page.locator('article[data-kpi="1-1-01"] .printed').first()).toHaveText('¥1,101.7 billion');
    await expect(page.locator('article[data-kpi="1-1-01"] .year-note').first()).toHaveText('data for 2021');
  });

  test('やさしい日本語: easy names with the official name one tap away, and the city\'s texts with readings', async ({ page }) => {
    const app = new Dashboard(page);
    const reader = new Reader(page);
    await app.open('lang=ja-easy&kpi=2-1-05');
    // A tab cannot carry readings: its easy Japanese is read out in kana.
    await expect(page).toHaveTitle(/^2-1-05 [ぁ-んー 　]+ — [ぁ-んー 　]+$/);
    const title = page.locator('h2#detail-title');
    expect(await reader.textWithReadings(title)).toContain('入（はい）れない');
    await expect(title.locator('ruby').first()).toBeVisible();
    const official = page.locator('.detail-body > details.official-name');
    await expect(official.locator('[data-official]')).toBeHidden();
    await official.locator('summary').click();
    await expect(official.locator('[data-official]')).toBeVisible();
    expect(await reader.textWithReadings(official.locator('[data-official]'))).toBe('保育（ほいく）施設（しせつ）待機（たいき）児童（じどう）数（すう）');
    await expect(official.locator('[data-official] ruby').first()).toBeVisible();
    expect(await reader.textWithReadings(page.locator('.detail-body .section-note'))).toBe('市（し）の 文（ぶん）（もとの まま）');
    await expect(page.locator('.detail-text [data-official] ruby').first()).toBeVisible();
  });

  test('やさしい日本語: KPI, 年度 and the status words are explained once on the overview', async ({ page }) => {
    const app = new Dashboard(page);
    const reader = new Reader(page);
    await app.open('lang=ja-easy');
    const glossary = page.locator('details.glossary');
    await glossary.locator('summary').click();
    await expect(glossary.locator('dl')).toBeVisible();
    const terms = await Promise.all((await glossary.locator('dt').all()).map((dt) => reader.textWithReadings(dt)));
    expect(terms).toEqual(expect.arrayContaining(['KPI', '年度（ねんど）', '順調（じゅんちょう）']));
    expect(await reader.textWithReadings(glossary)).toContain('4月（がつ）から つぎの 年（とし）の 3月（がつ）まで');
  });

  test('hiragana finds what kanji find: こそだて finds the 子育て rows, ほいく the 保育 rows', async ({ page }) => {
    const app = new Dashboard(page);
    const reader = new Reader(page);
    await app.open('lang=ja-easy');
    for (const [kana, kanji] of [['こそだて', '子育て'], ['ほいく', '保育']]) {
      await reader.search.fill(kanji);
      await expect.poll(() => app.query().get('q')).toBe(kanji);
      const byKanji = await app.cardIds();
      expect(byKanji.length).toBeGreaterThan(0);
      await reader.search.fill(kana);
      await expect.poll(() => app.query().get('q')).toBe(kana);
      expect(await app.cardIds()).toEqual(expect.arrayContaining(byKanji));
    }
    await reader.search.fill('こそだて');
    await expect(page.locator('article[data-kpi="2-1-04"]')).toBeVisible();
    await expect(page.locator('article[data-kpi="2-1-06"]')).toBeVisible();
  });
});
