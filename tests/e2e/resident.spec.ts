import { test, expect } from './support/fixtures';
import { Overview, bareKanji, openEveryDisclosure } from './support/overview';
import { Kiosk } from './support/kiosk';

/** What a resident reads first, and a page that holds still while they read it. */
test.describe('a resident on a phone', () => {
  test('the six headline figures come before the first card, each with its figures, years and both ratings', { tag: '@phone-only' }, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const overview = new Overview(page);
    await overview.open();
    await expect(overview.headlineNames).toHaveText(['新規求人数', '年間観光入込客数', '合計特殊出生率',
      '将来の夢や希望の実現に向け努力している児童・生徒の割合', '伊勢崎市が住みよいと感じている市民の割合', '刑法犯認知件数']);
    const firstCard = (await overview.firstCard.boundingBox())!;
    for (const name of await overview.headlineNames.all()) {
      expect((await name.boundingBox())!.y).toBeLessThan(firstCard.y);
    }
    expect(firstCard.y).toBeLessThan(2 * 844);
    // 3-2's headline figure is delayed although none of its KPIs is: the page says both.
    const safety = overview.subgoal('3-2');
    await expect(safety.locator('.headline-values')).toHaveText('1,869件（2023年）→ 最終目標 1,318件（2027年）');
    await expect(safety.locator('.headline-ratings')).toContainText('▲進捗の遅れ');
    await expect(safety.locator('.headline-ratings .progress-label')).toContainText('後退');
    await expect(page.locator('.overview-total').first()).toContainText('全47指標（数値目標6・KPI 41）のうち');
    await expect(safety.locator('.kpi-count-caption')).toHaveText('KPI 5件のうち');
    // One tap opens the figure's detail.
    await safety.locator('.headline-link').click();
    await expect(page.locator('[data-detail="3-2-00"]')).toBeVisible();
  });

  test('a count of none is plain text, and an empty list says which condition emptied it', async ({ page }) => {
    const overview = new Overview(page);
    await overview.open();
    const zero = overview.subgoal('3-2').locator('.count-link.status-delayed');
    await expect(zero).toHaveText(/0/);
    await expect(overview.subgoal('3-2').getByRole('link', { name: /進捗の遅れ/ })).toHaveCount(0);
    // The URL a zero once linked to: no keyword was typed, so no keyword advice.
    await overview.open('goal=3-2&status=delayed&kind=kpi');
    const empty = page.locator('.empty-state');
    await expect(empty).toContainText('条件に合う指標はありません。');
    await expect(empty).not.toContainText('キーワード');
    await expect(empty).toContainText('「進捗の遅れ」を外すと 5件あります。');
    await empty.getByRole('button', { name: '「進捗の遅れ」を外す' }).click();
    await expect(page.locator('article[data-kpi]:visible')).toHaveCount(5);
    await expect(page).not.toHaveURL(/status=/);
  });

  for (const [width, height] of [[390, 844], [1280, 800]]) {
    test(`${width}×${height}: the page keeps its length while read to the end, and two jumps reach the footer`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      const overview = new Overview(page);
      for (const lang of ['ja', 'en', 'ja-easy']) {
        await overview.open(`lang=${lang}`);
        await overview.jumpToEnd();
        await overview.jumpToEnd();
        await expect(overview.footer, `${lang}: the footer after two jumps`).toBeInViewport();
        await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
        const before = await overview.pageHeight();
        await overview.readToEnd();
        const after = await overview.pageHeight();
        expect(Math.abs(after - before) / before, `${lang}: ${before} → ${after} px`).toBeLessThan(0.1);
      }
      // A long list ends with a way back up.
      await page.getByRole('button', { name: /いちばん/ }).click();
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      await expect(page.locator('#overview-title')).toBeFocused();
    });
  }

  test('English counts read as English: no "(s)", one of a thing is singular', async ({ page }) => {
    const overview = new Overview(page);
    await overview.open('lang=en');
    await page.locator('#charts > summary').click();
    await expect(page.locator('[data-chart="achievement-chart"]')).toBeAttached();
    const text = await overview.visibleText();
    expect(text).not.toContain('(s)');
    expect(text).not.toMatch(/\b1 (indicators|KPIs|bars)\b/);
    await expect(page.locator('.overview-total').first()).toContainText('Of all 47 indicators (6 numerical targets, 41 KPIs)');
    await overview.open('lang=en&kpi=1-1-00');
    await expect(page.locator('.detail')).not.toContainText('(s)');
  });

  for (const id of ['1-1-01', '2-1-00', '3-1-09']) {
    test(`easy Japanese ${id}: every kanji a reader can see has its reading, with every disclosure open`, async ({ page }) => {
      const overview = new Overview(page);
      await overview.open(`lang=ja-easy&kpi=${id}`);
      await expect(page.locator('.detail-body')).toBeVisible();
      await openEveryDisclosure(page, '.detail-body');
      expect(await bareKanji(page, '.detail-body')).toEqual([]);
    });
  }

  test('a Japanese detail marks the English name under its heading as the English name', async ({ page }) => {
    const overview = new Overview(page);
    await overview.open('kpi=1-1-00');
    await expect(page.locator('.detail-en')).toHaveText(/^英語名: \S/);
    await expect(page.locator('.detail-en [lang="en"]')).toBeVisible();
  });
});

test.describe('the lobby screen', () => {
  for (const [width, height] of [[1280, 800], [1080, 1920]]) {
    test(`${width}×${height}: the phone box covers nothing a visitor can tap`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      const kiosk = new Kiosk(page);
      await kiosk.open('kiosk=1');
      await kiosk.start('タッチしてください');
      await expect(page.locator('.kiosk-qr')).toBeVisible();
      const covered = await page.evaluate(() => {
        const out: string[] = [];
        const targets = [...document.querySelectorAll('main a, main button, main summary, main input, main select')]
          .filter((e) => (e as HTMLElement).checkVisibility() && e.getBoundingClientRect().width > 0);
        for (const target of targets) {
          // Tapped where the page puts it: mid-screen, and at the bottom edge, where a fixed box would sit.
          for (const block of ['center', 'end'] as const) {
            target.scrollIntoView({ block, inline: 'center', behavior: 'instant' });
            const r = target.getBoundingClientRect();
            for (const x of [r.left + r.width * 0.1, r.left + r.width / 2, r.right - r.width * 0.1]) {
              const hit = document.elementFromPoint(x, r.bottom - Math.min(4, r.height / 2));
              if (!hit || !(target === hit || target.contains(hit))) {
                out.push(`${target.tagName} ${(target.textContent ?? '').trim().slice(0, 30)} under ${hit?.className ?? 'nothing'}`);
              }
            }
          }
        }
        return out;
      });
      expect(covered).toEqual([]);
    });
  }
});
