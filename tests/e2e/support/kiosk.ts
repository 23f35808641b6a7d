import { expect, type Locator, type Page } from '@playwright/test';

/** The city-hall kiosk as a passer-by meets it: the start screen, the countdown, the QR. */
export class Kiosk {
  readonly welcome: Locator;
  readonly countdown: Locator;
  readonly qrUrl: Locator;

  constructor(readonly page: Page) {
    this.welcome = page.locator('.kiosk-welcome');
    this.countdown = page.getByRole('alertdialog');
    this.qrUrl = page.locator('.kiosk-qr-url');
  }

  /** Opens the kiosk with a fake clock, so idle time can be fast-forwarded. */
  async open(query: string): Promise<void> {
    await this.page.clock.install();
    await this.page.goto(`./?${query}`);
    await expect(this.page.locator('ol.card-list')).toHaveAttribute('data-complete', 'true');
    await expect(this.page.locator('html')).toHaveClass(/kiosk/);
  }

  /** Opens the filter drop-downs (after the start screen is gone). */
  async expandFilters(): Promise<void> {
    const toggle = this.page.locator('.filters-toggle');
    if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  }

  /** Touches the start screen's invitation in one language. */
  async start(invitation: 'タッチしてください' | 'Touch to start' | 'さわって ください'): Promise<void> {
    await this.welcome.getByRole('button').filter({ hasText: invitation.split(' ')[0] }).first().click();
    await expect(this.welcome).toBeHidden();
  }

  /** Touches the page outside the start screen: starts without choosing a language. */
  async touchAnywhere(): Promise<void> {
    await this.page.mouse.click(5, 5);
    await expect(this.welcome).toBeHidden();
  }

  /** Stops the page's clock (a few seconds on, so that the page's time cannot overtake
   *  the moment asked for on a slow machine): from then on only `idle` moves it. */
  async pause(): Promise<void> {
    await this.page.clock.pauseAt(await this.page.evaluate(() => Date.now() + 5_000));
  }

  async idle(ms: number): Promise<void> {
    await this.page.clock.fastForward(ms);
  }

  query(): URLSearchParams {
    return new URL(this.page.url()).searchParams;
  }
}
