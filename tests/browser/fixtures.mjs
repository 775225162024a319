// Shared fixtures. `site` serves dist/ (or the project's `dist`) on a random loopback port for each worker. Every page
// records console errors and uncaught exceptions, and a test fails if there were any (tests
// that expect some, like the blocked-wasm test, read and clear `errors`).
import { test as base, expect } from '@playwright/test';
import { startServer } from '../../scripts/static-server.mjs';
import { startHostServer } from '../../scripts/host-server.mjs';
import { ExplainerPage } from './explainer-page.mjs';

export { STEPS } from './explainer-page.mjs';

export const test = base.extend({
  // The built site to serve: dist/, or another story's (playwright.config.mjs's projects).
  dist: ['dist', { option: true, scope: 'worker' }],

  site: [async ({ dist }, use) => {
    const server = await startServer({ root: dist, port: 0 });
    await use(server.url);
    await server.close();
  }, { scope: 'worker' }],

  errors: [async ({ page }, use) => {
    const errors = [];
    page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
    page.on('pageerror', (err) => errors.push(String(err)));
    await use(errors);
    expect(errors, 'console errors and uncaught exceptions').toEqual([]);
  }, { auto: true }],

  explainer: async ({ page, site }, use) => {
    await use(new ExplainerPage(page, site));
  },
});

export { expect };

/** No Web Share (as on desktop Chromium), so "Share this step" copies: a page init script. */
export const NO_SHARE = () => { delete Navigator.prototype.share; delete navigator.share; };

/** Lets the pages of these sites use the clipboard (as a reader's click would). */
export async function allowClipboard(context, ...sites) {
  for (const url of sites) {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  }
}

/** `test` with `hostSite`: the example news-site pages (examples/host/) on another loopback
 * origin, embedding the explainer served at `site`. */
export const hostTest = test.extend({
  hostSite: [async ({ site }, use) => {
    const server = await startHostServer({ explainer: site, port: 0 });
    await use(server.url);
    await server.close();
  }, { scope: 'worker' }],
});

/** Opens the explainer at `hash` and waits until the wasm app handles input. */
export async function openExplainer(page, site, hash = '') {
  await page.goto(site + hash);
  await expect(page.locator('html')).toHaveAttribute('data-interactive', 'true');
}

/** Waits until an embedding iframe (`handle`) is within 2 px of its content's height
 * (`frame`): the loader and Pym.js size it as the explainer reports. */
export async function expectSized(handle, frame) {
  await expect.poll(async () => {
    const outer = (await handle.boundingBox()).height;
    const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    return Math.abs(outer - inner);
  }, { timeout: 10000 }).toBeLessThanOrEqual(2);
}
