import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, appendFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test, expect } from './support/fixtures';
import { Dashboard } from './support/dashboard';
import { EditMode } from './support/edits';
import { ChartFigure } from './support/charts';

test.describe('offline and updates', () => {
  test.use({ serviceWorkers: 'allow' });

  async function controlled(page: import('@playwright/test').Page) {
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
      }
    });
  }

  test('after one visit the whole app reloads with the network off, charts and edits included', async ({ page, context }) => {
    const app = new Dashboard(page);
    await app.open();
    await controlled(page);
    await context.setOffline(true);
    await page.reload();
    await app.expectShown(47);
    await new ChartFigure(page, 'overview-chart').expectDrawn();
    await app.open('kpi=1-1-01');
    await new ChartFigure(page, 'trend-chart').expectDrawn();
    // The city's texts are a file of their own, kept with the rest.
    await expect(app.detail).toContainText('企業取引を増やすため、展示会出展に関する支援を行った。');
    const edit = new EditMode(page);
    await edit.turnOn();
    await edit.save('note', 'オフラインで編集');
    await page.reload();
    await expect(page.locator('[data-detail] .local-note')).toContainText('オフラインで編集');
    await context.setOffline(false);
  });

  test('after one visit in 日本語, English and やさしい日本語 open with the network off (their words and readings were kept)', async ({ page, context }) => {
    const app = new Dashboard(page);
    await app.open();
    await controlled(page);
    // The service worker keeps every file for offline use, not only what this visit read.
    await page.evaluate(async () => {
      const wanted = /split_words_(en|easy)\.|readings\./;
      for (let i = 0; i < 100; i++) {
        let found = 0;
        for (const name of await caches.keys()) found += (await (await caches.open(name)).keys()).filter((r) => wanted.test(r.url)).length;
        if (found >= 3) return;
        await new Promise((r) => setTimeout(r, 100));
      }
    });
    await context.setOffline(true);
    await app.chooseLanguage('English');
    await expect(page.locator('#overview-title')).toHaveText('Progress by goal');
    await app.chooseLanguage('やさしい日本語');
    await expect(page.locator('html')).toHaveAttribute('data-lang', 'ja-easy');
    await expect(page.locator('article[data-kpi="1-1-00"] .card-link ruby').first()).toBeVisible();
    await context.setOffline(false);
  });

  test('a new build shows 「新しいバージョンがあります」 and switches when asked', async ({ page }) => {
    const dir = mkdtempSync(join(tmpdir(), 'isesaki-kpi-'));
    cpSync(resolve('dist'), dir, { recursive: true });
    const port = 4600 + Math.floor(Math.random() * 300);
    const server: ChildProcess = spawn('cargo', ['xtask', 'serve', '--no-build', '--dir', dir, '--port', String(port)], { stdio: 'ignore' });
    try {
      await expect.poll(async () => (await fetch(`http://127.0.0.1:${port}/`).catch(() => null))?.status, { timeout: 60_000 }).toBe(200);
      await page.goto(`http://127.0.0.1:${port}/`);
      await expect(page.locator('[data-kpi]').first()).toBeVisible();
      await controlled(page);
      const before = await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL);
      // Deploy a "new build": any change to sw.js is a new version.
      appendFileSync(join(dir, 'sw.js'), '\n// next build\n');
      rmSync(join(dir, 'sw.js.br')); rmSync(join(dir, 'sw.js.gz'));
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
      const prompt = page.getByText('新しいバージョンがあります');
      await expect(prompt).toBeVisible();
      const reloaded = page.waitForEvent('load');
      await page.getByRole('button', { name: '更新する' }).click();
      await reloaded;
      await expect(page.locator('[data-kpi]').first()).toBeVisible();
      await expect(prompt).toHaveCount(0);
      expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(before);
      const waiting = await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())!.waiting);
      expect(waiting).toBe(false);
    } finally {
      server.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

test('the single-file build works from file://, charts included', async ({ page }) => {
  await page.goto('file://' + resolve('dist/isesaki-kpi-single.html'));
  await expect(page.locator('article[data-kpi]')).toHaveCount(47);
  await new ChartFigure(page, 'overview-chart').expectDrawn();
  await page.locator('article[data-kpi="1-1-01"] .card-link').click();
  await new ChartFigure(page, 'trend-chart').expectDrawn();
});

test('the single file carries the parts loaded on demand: open data and edit mode', async ({ page }) => {
  await page.goto('file://' + resolve('dist/isesaki-kpi-single.html') + '?view=data');
  await expect(page.getByText('シート全体（CSV）')).toBeVisible();
  await page.goto('file://' + resolve('dist/isesaki-kpi-single.html') + '?kpi=1-1-00');
  const edit = new EditMode(page);
  await edit.turnOn();
  await expect(edit.form()).toHaveCount(1);
});
