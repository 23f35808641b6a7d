import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { Dashboard } from './support/dashboard';

test.describe('browsing the indicators', () => {
  test('status filters give the published counts', async ({ page }) => {
    const app = new Dashboard(page);
    await app.open();
    await app.expectShown(47);
    await app.statusBox('進捗の遅れ').check();
    await app.expectShown(16);
    await app.statusBox('順調に進捗').check();
    await app.expectShown(31);
    await app.statusBox('進捗の遅れ').uncheck();
    await app.expectShown(15);
    await expect.poll(() => app.query().get('status')).toBe('on_track');
  });

  test('filtered-out cards are out of reach: not shown, not focusable, not announced', async ({ page }) => {
    const app = new Dashboard(page);
    await app.open();
    await app.statusBox('進捗の遅れ').check();
    await app.expectShown(16);
    await expect(page.locator('.card-list').getByRole('listitem')).toHaveCount(16);
    await expect(page.locator('.card-list').getByRole('article')).toHaveCount(16);
    // 1-1-01 is 概ね順調に進捗: its card is still in the page, hidden.
    const link = page.locator('article[data-kpi="1-1-01"] .card-link');
    await expect(link).toBeAttached();
    await expect(link).toBeHidden();
    expect(await link.evaluate((a) => { (a as HTMLElement).focus(); return document.activeElement === a; })).toBe(false);
    await app.statusBox('進捗の遅れ').uncheck();
    await app.expectShown(47);
    await expect(link).toBeVisible();
  });

  test('goal, sub-goal, measure, department and kind filters combine', async ({ page }) => {
    const app = new Dashboard(page);
    await app.open();
    await app.select('目標').selectOption('1-1');
    await app.expectShown(11);
    await app.select('施策').selectOption('1-1-4');
    await app.expectShown(2);
    await app.select('施策').selectOption('');
    await app.select('目標').selectOption('3');
    await app.expectShown(17);
    await app.select('担当課').selectOption('交通政策課');
    await app.expectShown(3);
    await app.select('種類').selectOption('kpi');
    await app.expectShown(3);
    await app.select('目標').selectOption('');
    await app.select('担当課').selectOption('');
    await app.expectShown(41);
    await app.select('種類').selectOption('numerical_target');
    await app.expectShown(6);
  });

  test('the overview counts per sub-goal filter the cards when tapped', async ({ page }) => {
    const app = new Dashboard(page);
    await app.open();
    await page.getByRole('link', { name: '1-2 ひとの流れの創出の 進捗の遅れ 2 件のKPIを表示' }).click();
    await app.expectShown(2);
    expect(await app.cardIds()).toEqual(['1-2-01', '1-2-02']);
    await expect.poll(() => app.query().get('goal')).toBe('1-2');
    await expect.poll(() => app.query().get('status')).toBe('delayed');
  });

  test('search ignores full/half width, hiragana/katakana and case', async ({ page }) => {
    const app = new Dashboard(page);
    await app.open();
    for (const typed of ['ｺﾐｭﾆﾃｨ', 'こみゅにてぃ', 'コミュニティ', 'community BUS']) {
      await app.search.fill(typed);
      await expect(page.locator('article[data-kpi="3-1-09"]')).toBeVisible();
      await expect(app.cards.first()).toHaveAttribute('data-kpi', '3-1-09');
    }
    await expect.poll(() => app.query().get('q')).toBe('community BUS');
  });

  test('a search with no match explains itself and clears in one tap', async ({ page }) => {
    const app = new Dashboard(page);
    await app.open('q=zzzzzz&status=delayed');
    await app.expectShown(0);
    await expect(page.getByText('条件に合う指標はありません。')).toBeVisible();
    await page.locator('.empty-state').getByRole('button', { name: '条件をすべて解除' }).click();
    await app.expectShown(47);
    await expect(app.search).toHaveValue('');
    expect(page.url()).not.toContain('?');
  });

  test('the URL restores a view, and back/forward walk through changes', async ({ page }) => {
    const app = new Dashboard(page);
    await app.open('goal=2&status=delayed&sort=name');
    await app.expectShown(6);
    await expect(app.select('目標')).toHaveValue('2');
    await expect(app.statusBox('進捗の遅れ')).toBeChecked();
    await expect(app.select('並べ替え')).toHaveValue('name');

    await app.select('目標').selectOption('2-2');
    await app.expectShown(2);
    // The address is written once the change has been painted.
    await expect.poll(() => app.query().get('goal')).toBe('2-2');
    await page.reload();
    await app.expectShown(2);
    await expect(app.select('目標')).toHaveValue('2-2');

    await page.goBack();
    await app.expectShown(6);
    await expect(app.select('目標')).toHaveValue('2');
    await page.goForward();
    await app.expectShown(2);
  });

  test('malformed URL parameters fall back to defaults without errors', async ({ page }) => {
    const app = new Dashboard(page);
    await app.open('goal=99&measure=1-9-9&status=late,%ZZ&dept=nowhere&kind=x&sort=random&kpi=0-0-00&foo=%');
    await app.expectShown(47);
    await expect(app.select('目標')).toHaveValue('');
    await expect(app.select('並べ替え')).toHaveValue('doc');
    await expect(app.detail).toHaveCount(0);
  });

  test('sorting by achievement puts the least achieved first', async ({ page }) => {
    const app = new Dashboard(page);
    await app.open();
    await app.select('並べ替え').selectOption('achievement');
    await expect(app.cards.first()).toHaveAttribute('data-kpi', '2-2-02');
    await app.select('並べ替え').selectOption('doc');
    await expect(app.cards.first()).toHaveAttribute('data-kpi', '1-1-00');
  });

  test('a card shows figures, status as text, and years that differ from the column', async ({ page }) => {
    const app = new Dashboard(page);
    await app.open();
    const card = page.locator('article[data-kpi="1-1-01"]');
    await expect(card.getByRole('heading', { level: 3 })).toHaveText('製造品出荷額等');
    await expect(card).toContainText('概ね順調に進捗');
    await expect(card).toContainText('11,017億円');
    await expect(card).toContainText('2021年（令和3年）のデータ');
    await expect(card).toContainText('企業誘致課');
    const delayed = page.locator('article[data-kpi="1-1-02"]');
    await delayed.getByText('取組・課題・今後の方策').click();
    await expect(delayed).toContainText('進捗が遅れている理由');
  });

  test('the detail view opens by link, by URL, and Back returns to the same list', async ({ page }) => {
    const app = new Dashboard(page);
    await app.open('status=delayed');
    await page.locator('article[data-kpi="3-1-09"]').getByRole('link', { name: 'コミュニティバス利用者数' }).click();
    await expect(app.detail).toHaveAttribute('data-detail', '3-1-09');
    await expect(page.getByRole('heading', { level: 2, name: 'コミュニティバス利用者数' })).toBeFocused();
    await expect(page.getByRole('table')).toContainText('最終目標 2027年度（令和9年度）');
    expect(app.query().get('kpi')).toBe('3-1-09');
    await page.goBack();
    await app.expectShown(16);
    await page.goForward();
    await expect(app.detail).toHaveAttribute('data-detail', '3-1-09');
    await page.getByRole('link', { name: '← 一覧に戻る' }).click();
    await app.expectShown(16);

    await app.open('kpi=2-2-03');
    await expect(app.detail).toContainText('小学校87.1%中学校72.2%');
  });

  test('Back, and the link back to the list, return to where the reader was in the list, with focus on the card', { tag: '@phone' }, async ({ page }) => {
    const app = new Dashboard(page);
    await app.open();
    const card = page.locator('article[data-kpi="3-1-09"]');
    await card.evaluate((element) => element.scrollIntoView({ block: 'center', behavior: 'instant' }));
    // Where the card sits on the screen, and how far down the page the reader is.
    const place = () => page.evaluate(() => [Math.round(document.querySelector('article[data-kpi="3-1-09"]')!.getBoundingClientRect().top), window.scrollY]);
    const top = () => page.evaluate(() => window.scrollY);

    const settled = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

    for (const leave of ['Back', 'the link back'] as const) {
      // Cards near the screen render in the next frames; the page keeps the card in place.
      await settled();
      const [cardTop, y] = await place();
      expect(y).toBeGreaterThan(1000);
      await card.locator('.card-link').click();
      await expect(app.detail).toHaveAttribute('data-detail', '3-1-09');
      // A detail starts at its top.
      await expect.poll(top).toBe(0);
      if (leave === 'Back') await page.goBack();
      else await page.getByRole('link', { name: '← 一覧に戻る' }).click();
      await expect(card).toBeInViewport();
      await expect.poll(async () => Math.abs((await place())[0] - cardTop), { message: leave }).toBeLessThan(4);
      // Keyboard focus is back on the card that was opened.
      await expect(card.locator('.card-link')).toBeFocused();
    }

    // Back from there is the detail again, at its top.
    await page.goBack();
    await expect(app.detail).toHaveAttribute('data-detail', '3-1-09');
    await expect.poll(top).toBe(0);
  });

  test('keyboard alone can search, filter and open a detail', async ({ page }) => {
    const app = new Dashboard(page);
    await app.open();
    await app.search.focus();
    await page.keyboard.type('バス');
    await app.expectShown(1);
    await app.statusBox('進捗の遅れ').focus();
    await page.keyboard.press('Space');
    await expect(app.statusBox('進捗の遅れ')).toBeChecked();
    await app.expectShown(1);
    // Tab from the filters reaches the card link; Enter opens it.
    await page.locator('article[data-kpi="3-1-09"] a').focus();
    await page.keyboard.press('Enter');
    await expect(app.detail).toHaveAttribute('data-detail', '3-1-09');
    await expect(page.locator(':focus')).toHaveText('コミュニティバス利用者数');
    // Back to the list by keyboard too: the back link and 共有 come just before the heading.
    await page.keyboard.press('Shift+Tab');
    await expect(page.locator(':focus')).toHaveText('共有');
    await page.keyboard.press('Shift+Tab');
    await expect(page.locator(':focus')).toHaveText('← 一覧に戻る');
    await page.keyboard.press('Enter');
    await app.expectShown(1);
  });
});

test.describe('phone layout', () => {
  test('no horizontal scroll at 320 px, in the list and in a detail', { tag: '@phone-only' }, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const app = new Dashboard(page);
    for (const query of ['', 'kpi=3-1-01', 'kpi=2-2-03', 'q=zzz']) {
      await app.open(query);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `overflow with ?${query}`).toBeLessThanOrEqual(0);
    }
  });

  test('controls are at least 44 px tall', { tag: '@phone' }, async ({ page }) => {
    const app = new Dashboard(page);
    await app.open();
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('.filters select, .filters input[type=search], .check, .button, .count-link, .card-link, summary')]
        .filter((e) => (e as HTMLElement).offsetParent !== null)
        .map((e) => ({ text: e.textContent?.trim().slice(0, 20), h: e.getBoundingClientRect().height }))
        .filter((e) => e.h < 44),
    );
    expect(small).toEqual([]);
  });
});

/** Records what the print footer holds at each `afterprint`, before the app reacts to it. */
function recordPrintedFooters(): void {
  addEventListener('afterprint', () => {
    const footer = document.querySelector('.print-footer')!;
    ((globalThis as any).printedFooters ??= []).push({
      link: footer.querySelector('.print-link')!.textContent,
      qrCodes: footer.querySelectorAll('.print-qr svg').length,
    });
  });
}

/** Prints the page (to PDF) and returns what its footer held while printing. */
async function printedFooter(page: Page): Promise<{ link: string; qrCodes: number }> {
  await page.pdf();
  return page.evaluate(() => (globalThis as any).printedFooters.at(-1));
}

test.describe('printing', () => {
  test('the printed page says where the view lives online, with a QR code of it', async ({ page }) => {
    await page.addInitScript(recordPrintedFooters);
    // The QR encoder is a module of its own, fetched once the app is live (a page printed
    // before it arrives has the address in words only).
    const encoder = page.waitForResponse((response) => /\/split_print_qr\.[0-9a-f]+\.wasm$/.test(new URL(response.url()).pathname));
    const app = new Dashboard(page);
    await app.open();
    await encoder;
    await app.statusBox('進捗の遅れ').check();
    await expect(page.locator('.print-footer')).toBeHidden();
    let printed = await printedFooter(page);
    expect(printed.link).toContain('https://kpi.example.jp/isesaki/?status=delayed');
    expect(printed.qrCodes).toBe(1);
    await app.statusBox('進捗の遅れ').uncheck();
    printed = await printedFooter(page);
    expect(printed.link).toMatch(/https:\/\/kpi\.example\.jp\/isesaki\/$/);
    expect(printed.qrCodes).toBe(1);
  });
});
