import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './support/fixtures';
import { Dashboard } from './support/dashboard';
import { AXE_HALVES, AXE_WHOLE } from './support/axe';

const LANGS = [
  { key: 'ja', button: '日本語', html: 'ja', heading: '目標別の進捗', status: '進捗の遅れ' },
  { key: 'en', button: 'English', html: 'en', heading: 'Progress by goal', status: 'Delayed' },
  // Text content of <ruby>: each base followed by its reading (目標 + もくひょう).
  { key: 'ja-easy', button: 'やさしい日本語', html: 'ja', heading: '目標もくひょうごとの 進すすみ具合ぐあい', status: '遅おくれている' },
];

test.describe('languages', () => {
  test('the switch changes the UI, <html lang>, the URL, and is remembered', { tag: '@phone' }, async ({ page }) => {
    const app = new Dashboard(page);
    await app.open('status=delayed');
    await app.chooseLanguage('English');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 2, name: 'Progress by goal', exact: true })).toBeVisible();
    await expect.poll(() => app.query().get('lang')).toBe('en');
    await expect.poll(() => app.query().get('status')).toBe('delayed');
    await expect(page.locator('article[data-kpi="3-1-09"] .card-link')).toHaveText('Community bus passenger journeys');
    // Figures read with the row's English unit noun; the printed sheet text is kept as the title.
    await expect(page.locator('article[data-kpi="3-1-09"] .printed').first()).toHaveText('266,189 passenger journeys');
    await expect(page.locator('article[data-kpi="3-1-09"] .printed').first()).toHaveAttribute('title', '266,189人');
    await app.open();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await app.chooseLanguage('やさしい日本語');
    await expect(page.locator('ruby').first()).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  });

  for (const lang of LANGS) {
    // One test per view (two for the overview), so none runs near its time limit on a busy machine.
    for (const query of ['', 'status=delayed', 'kpi=3-1-01', 'q=zzzz']) {
      for (const [passes, only] of query ? AXE_WHOLE : AXE_HALVES) {
        test(`${lang.key} ?${query || '(overview)'}: reads in the language, fits 320 px, and passes ${passes}`, { tag: '@phone-only' }, async ({ page }) => {
          // Easy Japanese puts a reading over every kanji: the heaviest pages to check.
          test.slow(lang.key === 'ja-easy');
          await page.setViewportSize({ width: 320, height: 700 });
          const app = new Dashboard(page);
          await app.open(`lang=${lang.key}${query ? '&' + query : ''}`);
          await expect(page.locator('html')).toHaveAttribute('lang', lang.html);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `overflow ${lang.key} ?${query}`).toBeLessThanOrEqual(0);
          const body = await page.locator('body').innerText();
          expect(body).not.toMatch(/\{[^}]*\|[^}]*\}/); // no raw furigana markup
          // Every card is one component: five stand for all 47 here (the whole list is
          // checked in the accessibility tests), which keeps axe's pass short in easy Japanese.
          const results = await only(new AxeBuilder({ page }).exclude('.card-list > li:nth-child(n+6)')).analyze();
          expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
          if (!query) {
            await expect(page.locator('#overview-title')).toHaveText(lang.heading);
            await expect(page.locator('.filters')).toContainText(lang.status);
          }
        });
      }
    }

    test(`${lang.key} edit mode: a refused value explains itself, fits 320 px, and passes axe`, { tag: '@phone-only' }, async ({ page }) => {
      test.slow(lang.key === 'ja-easy');
      await page.setViewportSize({ width: 320, height: 700 });
      const app = new Dashboard(page);
      await app.open(`lang=${lang.key}&kpi=3-1-01`);
      await page.locator('.edit-toggle').click();
      const form = page.locator('form.row-form .form-field[data-field="actual_fy2024"]');
      await form.locator('input').fill('79');
      await page.locator('form.row-form button[type=submit]').press('Enter');
      await expect(form.locator('.field-error')).not.toBeEmpty();
      expect(await page.locator('body').innerText()).not.toMatch(/\{[^}]*\|[^}]*\}/);
      const editAxe = await new AxeBuilder({ page }).analyze();
      expect(editAxe.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `overflow ${lang.key} edit mode`).toBeLessThanOrEqual(0);
      if (lang.key === 'en') await expect(form.locator('.field-error')).toContainText('Please enter a value for each of');
    });
  }

  test('English UI chrome has no Japanese outside the official texts', async ({ page }) => {
    const app = new Dashboard(page);
    await app.open('lang=en');
    const japanese = await page.evaluate(() => {
      const found: string[] = [];
      const walker = document.createTreeWalker(document.querySelector('.filters')!, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const text = walker.currentNode.textContent ?? '';
        if (/[\u3040-\u30ff\u4e00-\u9fff]/.test(text)) found.push(text.trim());
      }
      return found;
    });
    expect(japanese).toEqual([]);
  });
});
