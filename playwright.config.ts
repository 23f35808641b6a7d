import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Browser tests run against the release build in dist/, served on loopback by the same
// server `cargo xtask serve` uses. Chromium is Debian's: Playwright must not download one.
const PORT = Number(process.env.E2E_PORT ?? 4173);
export const SUB_PATH = '/city/kpi/';
export const SUB_PATH_URL = `http://127.0.0.1:${PORT + 1}${SUB_PATH}`;
/** The app built with a 150-row synthetic sheet by `cargo xtask test`, for long lists. */
export const LONG_SHEET_URL = `http://127.0.0.1:${PORT + 2}/`;
/**
 * The app built by `cargo xtask test` with two editions: the FY2023 sheet and an FY2024
 * sheet made from its exported draft, filled in and saved as Japanese Excel saves CSV.
 */
export const EDITIONS_URL = `http://127.0.0.1:${PORT + 3}/`;
const chromiumFlags = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
// Debian's headless shell (package chromium-headless-shell, the headless Chromium that
// Playwright itself uses) when installed: the same engine at about half the CPU of the
// full browser per test, which matters on two cores. The full browser otherwise.
const HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell';
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : '/usr/bin/chromium'),
  args: chromiumFlags,
};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions,
    trace: 'off',
    // Service workers only where a test is about them (tests/e2e/offline.spec.ts).
    serviceWorkers: 'block',
  },
  // A behaviour is tested once, on the desktop, unless a phone changes it: tests tagged
  // `@phone` (layout, folded menus, taps, the first screen, axe at phone width) run on both,
  // and `@phone-only` ones (they set a phone's width themselves) on the phone alone.
  projects: [
    {
      name: 'desktop', grepInvert: /@phone-only/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions },
    },
    {
      name: 'phone', grep: /@phone/,
      use: {
        viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true,
        userAgent: devices['Pixel 7'].userAgent, launchOptions,
      },
    },
  ],
  webServer: [
    {
      command: `cargo xtask serve --no-build --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      // The same build deployed under a sub-directory, as on the city's web server.
      command: `cargo xtask serve --no-build --port ${PORT + 1} --base ${SUB_PATH}`,
      url: `http://127.0.0.1:${PORT + 1}${SUB_PATH}`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      command: `cargo xtask serve --no-build --port ${PORT + 2} --dir target/e2e/dist-long`,
      url: LONG_SHEET_URL,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      command: `cargo xtask serve --no-build --port ${PORT + 3} --dir target/e2e/dist-editions`,
      url: EDITIONS_URL,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
  ],
});
