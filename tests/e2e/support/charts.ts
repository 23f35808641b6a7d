import { expect, type Locator, type Page } from '@playwright/test';

/** A chart figure on the page (`figure[data-chart=id]`) and ways to use it like a person. */
export class ChartFigure {
  readonly figure: Locator;
  readonly canvas: Locator;

  constructor(readonly page: Page, readonly id: string) {
    this.figure = page.locator(`figure[data-chart="${id}"]`);
    this.canvas = this.figure.locator('canvas').first();
  }

  /** The overview's charts are folded under 「グラフで見る」 and built when it is opened: open
   *  it when this figure is not on the page yet, then scroll to the figure. */
  async reveal(): Promise<void> {
    // The pre-rendered copy is replaced when the app starts: wait for the live page, or
    // the figure found may leave the document while it is being scrolled to.
    await expect(this.page.locator('ol.card-list')).toHaveAttribute('data-complete', 'true');
    const folded = this.page.locator('details#charts:not([open])');
    if (await folded.count() && !(await this.figure.count())) {
      await folded.locator(':scope > summary').click();
    }
    await this.figure.scrollIntoViewIfNeeded();
  }

  /** Waits until ECharts has drawn something of real size and its intro animation is over
   *  (until then the bars are still growing, and a tap where a bar will be hits nothing). */
  async expectDrawn(): Promise<void> {
    await this.reveal();
    await expect(this.canvas).toBeVisible();
    const box = await this.canvas.boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    expect(box!.height).toBeGreaterThan(150);
    await expect.poll(() => this.canvas.evaluate((c: HTMLCanvasElement) => {
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let painted = 0;
      for (let i = 3; i < data.length; i += 4 * 16) if (data[i] > 0) painted++;
      return painted;
    })).toBeGreaterThan(100);
    await expect.poll(() => this.figure.locator('.chart-canvas').evaluate((el) =>
      (globalThis as any).echarts.getInstanceByDom(el).getZr().animation.isFinished())).toBe(true);
  }

  /** Clicks the point of the chart at data coordinates `[x, y]` of grid 0. */
  async clickAt(coords: [number | string, number | string]): Promise<void> {
    const point = await this.figure.locator('.chart-canvas').evaluate((el, c) => {
      const chart = (globalThis as any).echarts.getInstanceByDom(el);
      const p = chart.convertToPixel({ gridIndex: 0 }, c) as [number, number];
      // Bring that point to the middle of the screen, where a person would tap it.
      const top = el.getBoundingClientRect().top + window.scrollY + p[1];
      window.scrollTo({ top: top - window.innerHeight / 2, behavior: 'instant' });
      return p;
    }, coords);
    const box = (await this.figure.locator('.chart-canvas').boundingBox())!;
    await this.page.mouse.click(box.x + point[0], box.y + point[1]);
  }

  async openTable(): Promise<Locator> {
    await this.reveal();
    await this.figure.getByText('データ表を見る').click();
    return this.figure.locator('table');
  }
}
