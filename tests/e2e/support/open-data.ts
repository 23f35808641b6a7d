import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';

/** The open-data page's three files, downloaded into `folder`; returns their names. */
export async function downloadOpenData(page: Page, folder: string): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const names: string[] = [];
  for (const kind of ['csv', 'json', 'package']) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-download="${kind}"]`).click()]);
    names.push(download.suggestedFilename());
    await download.saveAs(join(folder, download.suggestedFilename()));
  }
  return names;
}

/** The Frictionless validator (PyPI, installed by `./x test`) run on `folder`'s package. */
export function frictionlessValidate(folder: string): { ok: boolean; report: string } {
  const run = spawnSync(resolve('target/python/bin/frictionless'), ['validate', 'datapackage.json'], { cwd: folder, encoding: 'utf8' });
  return { ok: run.status === 0 && !run.stdout.includes('INVALID'), report: `${run.stdout}${run.stderr}` };
}
