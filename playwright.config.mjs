// Browser tests: headless Chromium (the machine's, never a downloaded one) against dist/.
import { defineConfig } from '@playwright/test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const chromium = process.env.CHROMIUM || '/usr/bin/chromium';

// Other stories' built sites (scripts/test.sh builds each of stories/ and lists them here,
// separated by ':'): each gets the checks that hold for any story, and nothing written for one.
const stories = (process.env.EXPLAINER_STORY_DISTS || '').split(path.delimiter).filter(Boolean);

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
  projects: [
    { name: 'explainer' },
    ...stories.map((dist) => ({
      name: path.basename(dist),
      testMatch: ['smoke.spec.mjs', 'story.spec.mjs'],
      use: { dist },
    })),
  ],
});
