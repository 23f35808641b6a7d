import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';

/** Files moving in and out of edit mode: an edits file to import, a download to read. */
export class Exchange {
  constructor(readonly page: Page) {}

  /** Chooses an edits file holding `content` (any schema) in the import control. */
  async choose(content: unknown): Promise<void> {
    await this.page.getByLabel('編集データ（JSON）または記入した検証シート（Excel・CSV）を選ぶ').setInputFiles({
      name: 'edits.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(content)),
    });
  }

  /** Presses an export button and returns the downloaded file's name and bytes. */
  async downloadFile(button: string): Promise<{ name: string; bytes: Buffer }> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: button }).click();
    const file = await download;
    return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
  }

  /** Presses an export button and returns the downloaded file's text. */
  async download(button: string): Promise<string> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: button }).click();
    return readFileSync((await (await download).path())!, 'utf8');
  }
}

/** The cells of one CSV line (RFC 4180: quoted cells may hold commas, quotes, newlines). */
export function csvRow(csv: string, id: string): string[] {
  return csvRows(csv).find((r) => r[0] === id) ?? [];
}

/** Every line of a CSV as cells (RFC 4180), the header line first. */
export function csvRows(csv: string): string[][] {
  const rows: string[][] = [[]];
  let cell = '';
  let quoted = false;
  const text = csv.replace(/^\uFEFF/, '');
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { rows[rows.length - 1].push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { rows[rows.length - 1].push(cell); cell = ''; rows.push([]); i++; }
    else if (c === '\n') { rows[rows.length - 1].push(cell); cell = ''; rows.push([]); }
    else cell += c;
  }
  if (cell || rows[rows.length - 1].length) rows[rows.length - 1].push(cell);
  return rows.filter((r) => r.some((c) => c.trim()));
}

/** The sheet CSV with cells changed as a department would in Excel: [id, header, text]. */
export function fillSheet(csv: string, changes: [string, string, string][]): string {
  const [headers, ...rows] = csvRows(csv);
  for (const [id, header, text] of changes) {
    const at = headers.indexOf(header);
    if (at < 0) throw new Error(`no column ${header}`);
    rows.find((r) => r[0] === id)![at] = text;
  }
  const quote = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return [headers, ...rows].map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}

/**
 * The exported workbook with cells of its first sheet changed as a department would in a
 * spreadsheet program, saved again by that program (not by the app): `[id, header, value]`,
 * a number written as a number.
 */
export async function fillWorkbook(bytes: Buffer, changes: [string, string, string | number][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes);
  const sheet = book.worksheets[0];
  const headers = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
  for (const [id, header, value] of changes) {
    const column = headers.indexOf(header);
    if (column < 0) throw new Error(`no column ${header}`);
    let found = false;
    sheet.eachRow((row) => {
      if (!found && row.getCell(1).value === id) {
        row.getCell(column).value = value;
        found = true;
      }
    });
    if (!found) throw new Error(`no row ${id}`);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
