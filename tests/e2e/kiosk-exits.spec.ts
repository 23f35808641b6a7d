import { test, expect } from './support/fixtures';
import { Dashboard } from './support/dashboard';
import { EditMode } from './support/edits';
import { KioskExits } from './support/kiosk-exits';

// A kiosk visitor has a mouse, a touch screen or a keyboard, and no way out of the kiosk.
test.describe('a kiosk cannot be left', () => {
  test('every link of the overview and of a detail keeps kiosk and language', async ({ page, context }) => {
    const app = new Dashboard(page);
    const kiosk = new KioskExits(page, context);
    await app.open('kiosk=1&lang=en');
    expect(await kiosk.linksOutsideMode('en')).toEqual([]);
    await page.locator('article[data-kpi="1-1-01"] .card-link').click();
    await expect(app.detail).toBeVisible();
    expect(await kiosk.linksOutsideMode('en')).toEqual([]);
    await kiosk.expectNoEditControl();
  });

  test('the open-data page and the statement, reached by address, link nowhere else and download nothing', async ({ page, context }) => {
    const app = new Dashboard(page);
    const kiosk = new KioskExits(page, context);
    for (const view of ['data', 'accessibility']) {
      await app.open(`view=${view}&kiosk=1&lang=en`);
      await expect(page.locator('.info-page')).toBeVisible();
      expect(await kiosk.linksOutsideMode('en')).toEqual([]);
      await expect(page.locator('[data-download]:visible')).toHaveCount(0);
      await kiosk.expectNoEditControl();
    }
  });

  for (const modifiers of [['Control'], ['Shift'], ['Alt'], ['Meta']] as const) {
    test(`a ${modifiers[0]}-click on a card opens it in place, in kiosk mode`, async ({ page, context }) => {
      const app = new Dashboard(page);
      const kiosk = new KioskExits(page, context);
      await app.open('kiosk=1&lang=en');
      await page.locator('article[data-kpi="1-1-01"] .card-link').click({ modifiers: [...modifiers] });
      await expect(app.detail).toBeVisible();
      expect(Object.fromEntries(app.query())).toEqual({ kpi: '1-1-01', lang: 'en', kiosk: '1' });
      await kiosk.expectNoOtherWindow();
    });
  }

  test('a middle click on a link opens nothing', async ({ page, context }) => {
    const app = new Dashboard(page);
    const kiosk = new KioskExits(page, context);
    await app.open('kiosk=1&lang=en');
    await page.locator('article[data-kpi="1-1-01"] .card-link').click({ button: 'middle' });
    await page.locator('a.count-link').first().click({ button: 'middle' });
    await kiosk.expectNoOtherWindow();
    expect(Object.fromEntries(app.query())).toEqual({ lang: 'en', kiosk: '1' });
  });

  test('keyboard: Shift+Enter and Ctrl+Enter on a link stay in the kiosk, and no edit control is on the way', async ({ page, context }) => {
    const app = new Dashboard(page);
    const kiosk = new KioskExits(page, context);
    await app.open('kiosk=1&lang=en');
    // Through the header and the first links: nothing that edits, imports or exports.
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('.edit-toggle, .edit-panel, .header-tools') === null)).toBe(true);
    }
    await page.locator('article[data-kpi="1-1-01"] .card-link').focus();
    await page.keyboard.press('Shift+Enter');
    await expect(app.detail).toBeVisible();
    await page.locator('a.back-link').focus();
    await page.keyboard.press('Control+Enter');
    await expect(app.detail).toBeHidden();
    await kiosk.expectNoOtherWindow();
    expect(Object.fromEntries(app.query())).toEqual({ lang: 'en', kiosk: '1' });
  });

  test('edit mode switched on before does not survive a route into the kiosk', async ({ page, context }) => {
    const app = new Dashboard(page);
    const kiosk = new KioskExits(page, context);
    await app.open('kpi=1-1-00');
    await new EditMode(page).turnOn();
    await expect(page.locator('form.row-form .form-field')).toHaveCount(19);
    // A history entry that is a kiosk view, reached with Back or Forward.
    await page.evaluate(() => {
      history.pushState(null, '', '?kpi=1-1-00&kiosk=1&lang=en');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await expect(page.locator('html')).toHaveClass(/kiosk/);
    await kiosk.expectNoEditControl();
  });
});
