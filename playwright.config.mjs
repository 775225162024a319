// Browser tests: headless Chromium (the machine's, never a downloaded one) against dist/.
import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';

const chromium = process.env.CHROMIUM || '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/browser',
  testMatch: '*.spec.mjs',
  timeout: 30_000,
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromium,
      // The machine's fonts and the bundled Arabic-script face (tests/browser/fonts.conf).
      env: { ...process.env, FONTCONFIG_FILE: fileURLToPath(new URL('tests/browser/fonts.conf', import.meta.url)) },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
