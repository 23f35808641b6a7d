import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/** Files moving in and out of edit mode: an edits file to import, a download to read. */
export class Exchange {
  constructor(readonly page: Page) {}

  /** Chooses an edits file holding `content` (any schema) in the import control. */
  async choose(content: unknown): Promise<void> {
    await this.page.getByLabel('編集データ（JSON）を選ぶ').setInputFiles({
      name: 'edits.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(content)),
    });
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
  const rows: string[][] = [[]];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { rows[rows.length - 1].push(cell); cell = ''; }
    else if (c === '\r' && csv[i + 1] === '\n') { rows[rows.length - 1].push(cell); cell = ''; rows.push([]); i++; }
    else cell += c;
  }
  return rows.find((r) => r[0] === id) ?? [];
}
