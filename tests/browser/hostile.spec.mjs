// Hostile content (tests/fixtures/hostile-story.toml, built by scripts/test.sh into
// $HOSTILE_DIST): every text that tries to be markup or script renders as inert text, and
// 1,000 events and 10,000-character titles leave a usable layout.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect } from './fixtures.mjs';
import { startServer } from '../../scripts/static-server.mjs';

// Where scripts/test.sh builds it (scripts/common.sh's cache directory).
const cache = process.env.EXPLAINER_CACHE
  || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'russia-taliban-explainer');
const dist = process.env.HOSTILE_DIST || path.join(cache, 'dist-hostile');

const test = base.extend({
  hostileSite: [async ({}, use) => {
    if (!dist || !fs.existsSync(`${dist}/index.html`)) {
      throw new Error(`the hostile story is not built at ${dist}: run scripts/test.sh (it builds it first)`);
    }
    const server = await startServer({ root: dist, port: 0 });
    await use(server.url);
    await server.close();
  }, { scope: 'worker' }],
});

for (const width of [360, 1280]) {
  test(`hostile text is inert and the layout usable at ${width} px`, async ({ page, hostileSite }) => {
    const dialogs = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
    await page.setViewportSize({ width, height: 900 });
    await page.goto(hostileSite);
    await expect(page.locator('html')).toHaveAttribute('data-interactive', 'true', { timeout: 15000 });

    // Nothing from the content became an element (the one svg is the stage's map, ours, whose
    // names are text, cut to a map's length).
    expect(await page.locator('#app img, #app svg:not(.map), #app iframe, #app style, #app script, #app marquee, #app b, #app i').count()).toBe(0);
    await expect(page.locator('#app svg.map')).toHaveCount(1);
    await expect(page.locator('#app svg.map .map-node text').filter({ hasText: '"><svg onload=alert(1…' })).toHaveCount(1);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toContainText("<img src=x onerror=alert('headline')>");
    await expect(page.locator('.kicker')).toHaveText("<script>alert('kicker')</script>");

    // Usable: no sideways scrolling, the controls work, the 1,000 events are a list.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.locator('.axis-frame')).toHaveAttribute('data-layout', 'list');
    await page.getByTestId('step-next').click();
    await expect(page.locator('.step-count')).toHaveText('Step 2 of 3');
    const title = page.getByTestId('step-title');
    expect((await title.boundingBox()).width).toBeLessThanOrEqual(width);
    await page.locator('[data-event-id="e0974"]').click();
    await expect(page.getByTestId('event-detail')).toContainText('Summary 974 </summary><img src=x onerror=alert(974)>');
    await expect(page.locator('.card[data-relationship-id="r1"]')).toHaveAttribute('data-stance', 'formal-recognition');
    expect(dialogs).toEqual([]);
  });
}
