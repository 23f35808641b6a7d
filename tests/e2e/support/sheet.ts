import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';

export const EDITS_KEY = 'isesaki-kpi/edits/v1';

/** Puts edits on this device before the app starts, as an earlier visit would have. */
export async function seedEdits(page: Page, edits: { kpi: string; field: string; value: string }[]): Promise<void> {
  const entries = edits.map((e) => ({ ...e, edited_at: '2026-11-25T10:00:00.000Z' }));
  await page.addInitScript(([key, value]) => {
    if (!localStorage.getItem(key)) localStorage.setItem(key, value);
  }, [EDITS_KEY, JSON.stringify({ schema: 1, edits: entries })] as const);
}

/** A whole CSV file as records of cells (quoted cells may hold commas, quotes, line breaks). */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' && quoted && text[i + 1] === '"') { cell += '"'; i++; }
    else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) { record.push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n' && !quoted) { record.push(cell); records.push(record); record = []; cell = ''; i++; }
    else cell += c;
  }
  return records;
}

/** The draft verification sheet (`?view=sheet`) as staff use it. */
export class DraftSheet {
  readonly heading: Locator;
  readonly rows: Locator;
  readonly progress: Locator;
  readonly editsLine: Locator;
  readonly department: Locator;

  constructor(readonly page: Page) {
    this.heading = page.locator('#sheet-title');
    this.rows = page.locator('table.draft-sheet tbody tr');
    this.progress = page.locator('.sheet-progress');
    this.editsLine = page.locator('.sheet-edits');
    this.department = page.getByLabel('担当課で絞り込む');
  }

  async open(query = ''): Promise<void> {
    await this.page.goto(`./?view=sheet${query ? `&${query}` : ''}`);
    await expect(this.rows.first()).toBeVisible();
  }

  row(id: string): Locator {
    return this.page.locator(`table.draft-sheet tr[data-row="${id}"]`);
  }

  /** A cell of a row by its field key (`actual_fy2024`, `status`, `initiatives` …). */
  cell(id: string, field: string): Locator {
    return this.row(id).locator(`td[data-field="${field}"]`);
  }

  /** Downloads the sheet's CSV: its file name, its raw text and its records. */
  async downloadCsv(): Promise<{ name: string; text: string; records: string[][] }> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: '検証シート（下書き）をCSVで書き出す（Excel用）' }).click();
    const file = await download;
    const text = readFileSync((await file.path())!, 'utf8');
    return { name: file.suggestedFilename(), text, records: parseCsv(text.replace(/^\uFEFF/, '')) };
  }
}
