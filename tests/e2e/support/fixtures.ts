import { test as base, expect, type Page } from '@playwright/test';

/** Problems a user would see as a broken page; any of them fails the test. */
export type PageProblems = string[];

/**
 * Every test gets a `page` that records console errors, uncaught exceptions and
 * Content-Security-Policy violations, and fails the test if any occurred.
 */
export const test = base.extend<{ problems: PageProblems }>({
  problems: [async ({ page }, use) => {
    const problems: PageProblems = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    await use(problems);
    expect(problems, 'console errors, uncaught exceptions or CSP violations').toEqual([]);
  }, { auto: true }],
});

export { expect };

/** Opens the app (optionally with a query string) and waits until the wasm UI is mounted. */
export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(query ? `./?${query}` : './');
  await expect(page.locator('[data-kpi]').first()).toBeVisible();
  await expect(page.locator('ol.card-list')).toHaveAttribute('data-complete', 'true');
}
