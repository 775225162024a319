// Takes screenshots of the built explainer at phone and desktop widths, light and dark, for a
// person to look at:  node scripts/screenshots.mjs [out-dir] [hash]
// Prints console errors it saw, if any.
import { chromium } from '@playwright/test';
import { startServer } from './static-server.mjs';

const out = process.argv[2] || 'screenshots';
const hash = process.argv[3] || '';
const server = await startServer({ root: 'dist', port: 0 });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const errors = [];
for (const width of [360, 1280]) {
  for (const scheme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width, height: width === 360 ? 780 : 900 }, colorScheme: scheme });
    page.on('console', (m) => { if (m.type() === 'error') errors.push(`${width} ${scheme}: ${m.text()}`); });
    page.on('pageerror', (e) => errors.push(`${width} ${scheme}: ${e}`));
    await page.goto(server.url + hash);
    await page.waitForSelector('html[data-interactive="true"]', { timeout: 10000 }).catch(() => errors.push('never interactive'));
    const file = `${out}/${width}-${scheme}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await page.close();
  }
}
await browser.close();
await server.close();
if (errors.length) console.log('console errors:\n' + errors.join('\n'));
