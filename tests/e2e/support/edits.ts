import { expect, type Locator, type Page } from '@playwright/test';

export const STORAGE_KEY = 'isesaki-kpi/edits/v1';

/** Edit mode as staff use it: the header toggle, the per-field form, the changes panel. */
export class EditMode {
  constructor(readonly page: Page) {}

  async turnOn(): Promise<void> {
    await this.page.getByRole('button', { name: '編集モード', exact: true }).click();
    await expect(this.page.getByText('編集モード中')).toBeVisible();
  }

  field(key: string): Locator {
    return this.page.locator(`form.field-editor[data-field="${key}"]`);
  }

  /** Types `text` into a field of the open detail view and saves it. */
  async save(key: string, text: string): Promise<void> {
    const form = this.field(key);
    const input = form.locator('input, textarea, select').first();
    if (key === 'status') await input.selectOption(text);
    else await input.fill(text);
    await form.getByRole('button', { name: '保存' }).click();
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
