import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './support/fixtures';
import { Dashboard } from './support/dashboard';

const LANGS = [
  { key: 'ja', button: '日本語', html: 'ja', heading: '目標別の進捗', status: '進捗の遅れ' },
  { key: 'en', button: 'English', html: 'en', heading: 'Progress by goal', status: 'Delayed' },
  { key: 'ja-easy', button: 'やさしい日本語', html: 'ja', heading: '目標（もくひょう）ごとの 進（すす）み具合（ぐあい）', status: '遅（おく）れている' },
];

test.describe('languages', () => {
  test('the switch changes the UI, <html lang>, the URL, and is remembered', async ({ page }) => {
    const app = new Dashboard(page);
    await app.open('status=delayed');
    await app.chooseLanguage('English');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 2, name: 'Progress by goal', exact: true })).toBeVisible();
    expect(app.query().get('lang')).toBe('en');
    expect(app.query().get('status')).toBe('delayed');
    await expect(page.locator('article[data-kpi="3-1-09"] .card-link')).toHaveText('Community bus passenger journeys');
    // Figures read with English units; the printed sheet text is kept as the title.
    await expect(page.locator('article[data-kpi="3-1-09"] .printed').first()).toHaveText('266,189 people');
    await expect(page.locator('article[data-kpi="3-1-09"] .printed').first()).toHaveAttribute('title', '266,189人');
    await app.open();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await app.chooseLanguage('やさしい日本語');
    await expect(page.locator('ruby').first()).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  });

  for (const lang of LANGS) {
    // One test per view, so none runs near its time limit on a busy machine.
    for (const query of ['', 'status=delayed', 'kpi=3-1-01', 'q=zzzz']) {
      test(`${lang.key} ?${query || '(overview)'}: reads in the language, fits 320 px, and passes axe`, async ({ page }) => {
        // axe over all 47 cards takes 20–35 s on a busy 2-core machine: room to finish.
        if (!query) test.slow();
        await page.setViewportSize({ width: 320, height: 700 });
        const app = new Dashboard(page);
        await app.open(`lang=${lang.key}${query ? '&' + query : ''}`);
        await expect(page.locator('html')).toHaveAttribute('lang', lang.html);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `overflow ${lang.key} ?${query}`).toBeLessThanOrEqual(0);
        const body = await page.locator('body').innerText();
        expect(body).not.toMatch(/\{[^}]*\|[^}]*\}/); // no raw furigana markup
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
        if (!query) {
          await expect(page.locator('#overview-title')).toHaveText(lang.heading);
          await expect(page.locator('.filters')).toContainText(lang.status);
        }
      });
    }

    test(`${lang.key} edit mode: a refused value explains itself, fits 320 px, and passes axe`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 700 });
      const app = new Dashboard(page);
      await app.open(`lang=${lang.key}&kpi=3-1-01`);
      await page.locator('.edit-toggle').click();
      const form = page.locator('form.row-form .form-field[data-field="actual_fy2024"]');
      await form.locator('input').fill('79');
      await page.locator('form.row-form button[type=submit]').click();
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
