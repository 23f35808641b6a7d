import { expect, type Locator, type Page } from '@playwright/test';

/** The progress a resident reads: the city's status beside the computed label, the
 *  one-tap explanation, the method's figures, the sheet's notes, paces and the outlook. */
export class Progress {
  readonly section: Locator;
  readonly label: Locator;
  readonly cityStatus: Locator;
  readonly why: Locator;
  readonly method: Locator;
  readonly footnote: Locator;
  readonly verdicts: Locator;
  readonly shortTerm: Locator;

  constructor(readonly page: Page) {
    this.section = page.locator('.progress-section');
    this.label = this.section.locator('.progress-label');
    this.cityStatus = this.section.locator('.status');
    this.why = this.section.locator('.rating-why');
    this.method = this.section.locator('details.method');
    this.footnote = this.section.locator('[data-official="footnote"]');
    this.verdicts = page.locator('.verdict');
    this.shortTerm = this.section.locator('.short-term');
  }

  /** Opens a view inside the running app, as Back/Forward would, without reloading it. */
  async go(query: string): Promise<void> {
    await this.page.evaluate((q) => {
      history.pushState(null, '', `?${q}`);
      dispatchEvent(new PopStateEvent('popstate'));
    }, query);
    const id = new URLSearchParams(query).get('kpi');
    if (id) await expect(this.page.locator('[data-detail]')).toHaveAttribute('data-detail', id);
  }

  /** A card's pair of ratings and its one-tap explanation. */
  card(id: string): { why: Locator; label: Locator } {
    const card = this.page.locator(`article[data-kpi="${id}"]`);
    return { why: card.locator('.rating-why'), label: card.locator('.progress-label') };
  }

  /** The detail's printed values, its verdicts, every figure of the outlook (verdicts and
   *  the chart's summary) and its computed label, as text read in one step: the outlook
   *  tests read 47 details. Readings over kanji are left out of the text. */
  async outlook(): Promise<{ printed: string; verdicts: string; outlook: string; label: string }> {
    return this.page.evaluate(() => {
      const texts = (selector: string) =>
        [...document.querySelectorAll<HTMLElement>(selector)].map((e) => {
          const copy = e.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('rt, rp').forEach((r) => r.remove());
          return copy.textContent ?? '';
        });
      const verdicts = texts('.verdict');
      return {
        printed: texts('.values-table').join('\n'),
        verdicts: verdicts.join(' '),
        outlook: [...verdicts, ...texts('figure[data-chart="trend-chart"] .chart-summary')].join('\n'),
        label: texts('.progress-section .assessments .progress-text').join(' '),
      };
    });
  }

  /** The drawn projection (dashed lines) of the trend chart. */
  async projectedValues(): Promise<number[]> {
    const canvas = this.page.locator('figure[data-chart="trend-chart"] .chart-canvas');
    // The chart library arrives after the app; until then there is no chart to ask.
    await expect.poll(() => canvas.evaluate((el) => Boolean((globalThis as any).echarts?.getInstanceByDom(el)))).toBe(true);
    return canvas.evaluate((el) => {
      const option = (globalThis as any).echarts.getInstanceByDom(el).getOption();
      const values: number[] = [];
      const byStack: Record<string, number[]> = {};
      for (const s of option.series) {
        const ys: number[] = s.data.map((d: any) => Number((d.value ?? d)[1]));
        if (s.stack) {
          // A band is drawn as a lower edge plus a width stacked on it.
          const below = byStack[s.stack];
          byStack[s.stack] = below ? ys.map((y, i) => y + below[i]) : ys;
          values.push(...byStack[s.stack]);
        } else if (s.lineStyle?.type === 'dashed') {
          values.push(...ys);
        }
      }
      return values;
    });
  }
}
