import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './support/fixtures';
import { Dashboard } from './support/dashboard';
import { EditMode } from './support/edits';
import { ChartFigure } from './support/charts';
import { AXE_HALVES, AXE_WHOLE, type AxeChecks } from './support/axe';

/** Each view, whether it is also checked on a phone here, and whether it shows every card
 *  (then axe runs in two tests). The overview, a list, an empty result and a detail are
 *  checked at a phone's width (320 px) in every language by tests/e2e/languages.spec.ts,
 *  so here they run on the desktop; the kiosk is a large screen. */
const views: [string, string, { tag?: string }, AxeChecks[]][] = [
  ['overview', '', {}, AXE_HALVES],
  ['filtered list', 'status=delayed&goal=3', {}, AXE_WHOLE],
  ['empty result', 'q=zzzz', {}, AXE_WHOLE],
  ['detail with chart', 'kpi=1-1-01', {}, AXE_WHOLE],
  ['kiosk', 'kiosk=1', {}, AXE_HALVES],
];

test.describe('accessibility (axe)', () => {
  for (const [name, query, phone, runs] of views) {
    for (const [checks, only] of runs) {
      test(`no violations: ${name}${runs.length > 1 ? ` (${checks})` : ''}`, phone, async ({ page }) => {
        const app = new Dashboard(page);
        await app.open(query);
        if (query.startsWith('kpi')) await new ChartFigure(page, 'trend-chart').expectDrawn();
        else await new ChartFigure(page, 'overview-chart').expectDrawn();
        const results = await only(new AxeBuilder({ page })).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
      });
    }
  }

  test('no violations: a list filtered in place, with the other cards hidden in the page', { tag: '@phone' }, async ({ page }) => {
    const app = new Dashboard(page);
    await app.open();
    await app.statusBox('進捗の遅れ').check();
    await app.expectShown(16);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
  });

  test('no violations: edit mode with an open form and a validation message', async ({ page }) => {
    const app = new Dashboard(page);
    await app.open('kpi=3-1-01');
    const edit = new EditMode(page);
    await edit.turnOn();
    await edit.save('actual_fy2024', '79歳');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
  });
});

/** A theme changes colours only: a dark page is checked with axe's colour rules; every
 *  other rule is checked on the same views in the light theme above. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

test.describe('themes', () => {
  test('the theme switch gives a dark page, kept on reload, and goes back to light and to automatic', { tag: '@phone' }, async ({ page }) => {
    const app = new Dashboard(page);
    await app.open();
    await app.openDisplaySettings();
    await page.getByRole('group', { name: '画面の色' }).getByRole('button', { name: '暗い' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(17, 20, 24)');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('ol.card-list')).toHaveAttribute('data-complete', 'true');
    await app.openDisplaySettings();
    await page.getByRole('button', { name: '明るい' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.getByRole('button', { name: '自動' }).click();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  });

  for (const [view, query, chart] of [['overview', '', 'overview-chart'], ['detail', 'kpi=1-1-01', 'trend-chart']]) {
    test(`the dark theme draws the charts to match and passes axe: ${view}`, async ({ page }) => {
      const app = new Dashboard(page);
      await app.open(query);
      await app.openDisplaySettings();
      await page.getByRole('group', { name: '画面の色' }).getByRole('button', { name: '暗い' }).click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await new ChartFigure(page, chart).expectDrawn();
      const results = await new AxeBuilder({ page }).withRules(COLOUR_RULES).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
    });
  }

  test('the system dark setting is followed in automatic mode', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark', serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto('./');
    await expect(page.locator('[data-kpi]').first()).toBeVisible();
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(17, 20, 24)');
    const results = await new AxeBuilder({ page }).withRules(COLOUR_RULES).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await context.close();
  });
});
