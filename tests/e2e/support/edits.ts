import { expect, type Locator, type Page } from '@playwright/test';

export const STORAGE_KEY = 'isesaki-kpi/edits/v1';

/** Edit mode as staff use it: the header toggle, the row's one form, the changes panel. */
export class EditMode {
  constructor(readonly page: Page) {}

  async turnOn(): Promise<void> {
    await this.page.getByRole('button', { name: '編集モード', exact: true }).click();
    // Edit mode's module is fetched and compiled at the first click: on a busy two-core
    // machine that can take longer than the default five seconds.
    await expect(this.page.getByText('編集モード中')).toBeVisible({ timeout: 15_000 });
  }

  /** The open detail's form (one per row). */
  form(): Locator {
    return this.page.locator('form.row-form');
  }

  /** One field of the form: its label, box, hints, problem and the city's value. */
  field(key: string): Locator {
    return this.form().locator(`.form-field[data-field="${key}"]`);
  }

  /** The box of a field, after opening the folded group it may sit in. */
  async box(key: string): Promise<Locator> {
    const box = this.field(key).locator('input, textarea, select').first();
    if (!(await box.isVisible())) {
      const others = this.form().locator('details.other-fields');
      if (!(await others.evaluate((d) => (d as HTMLDetailsElement).open))) await others.locator('summary').click();
    }
    return box;
  }

  /** Types `text` into a field without saving. */
  async fill(key: string, text: string): Promise<void> {
    const box = await this.box(key);
    if (key === 'status') await box.selectOption(text);
    else await box.fill(text);
  }

  /**
   * Presses the form's one 保存, from the keyboard: the button sticks to the bottom of the
   * screen while the page scrolls smoothly, so a pointer click aimed during the scroll can
   * land beside it.
   */
  async submit(): Promise<void> {
    await this.form().getByRole('button', { name: '保存', exact: true }).press('Enter');
  }

  /** Types `text` into a field of the open detail view and saves the form. */
  async save(key: string, text: string): Promise<void> {
    await this.fill(key, text);
    await this.submit();
  }

  /** What the last 保存 came to: 「保存しました」, or why not. */
  outcome(): Locator {
    return this.form().locator('.form-actions [role="status"], .form-actions [role="alert"]');
  }

  /** The problem shown at a field after 保存. */
  error(key: string): Locator {
    return this.field(key).locator('.field-error');
  }

  banner(): Locator {
    return this.page.locator('.local-banner');
  }

  changes(): Locator {
    return this.page.locator('.edit-panel tr[data-change]');
  }

  async stored(): Promise<any> {
    return this.page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), STORAGE_KEY);
  }
}
