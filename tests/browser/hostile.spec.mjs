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
  || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'news-explainer');
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

    // Nothing from the content became an element (the svgs are the stage's map and its key's
    // samples, ours; the map's names are text, cut to a map's length).
    expect(await page.locator('#app img, #app svg:not(.map, .key-sample), #app iframe, #app style, #app script, #app marquee, #app b, #app i').count()).toBe(0);
    await expect(page.locator('#app svg.map')).toHaveCount(1);
    await expect(page.locator('#app svg.map .map-node text').filter({ hasText: '"><svg onload=alert(1)>' })).toHaveCount(1);
    await expect(page.locator('#app svg.map .map-node text').filter({ hasText: /^Averylongactorname .*…$/ })).toHaveCount(1);
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

test('hostile step pages: titles and descriptions are escaped text, bounded and free of bidi overrides; their images render', async ({ page, request, hostileSite }) => {
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  const ids = fs.readdirSync(path.join(dist, 'step'));
  expect(ids.length).toBe(3);
  for (const id of ids) {
    const response = await request.get(`${hostileSite}step/${id}/`);
    expect(response.status()).toBe(200);
    const html = await response.text();
    const head = html.slice(0, html.indexOf('</head>'));
    // Only our own elements and attributes in the head: the content's markup is all escaped.
    const elements = [...head.matchAll(/<([a-zA-Z!][\w-]*)/g)].map((m) => m[1].toLowerCase());
    expect(elements.filter((e) => !['!doctype', 'html', 'head', 'meta', 'title', 'link', 'style', 'script'].includes(e))).toEqual([]);
    expect(head.match(/.{0,40}[\u202A-\u202E\u2066-\u2069].{0,40}/g), 'bidi controls in the head').toBeNull();
    const title = head.match(/<title>([^<]*)<\/title>/)[1];
    expect(title.length).toBeLessThanOrEqual(110 * 6); // escaped: each character at most 6 bytes
    const description = head.match(/<meta name="description" content="([^"]*)">/)[1];
    expect(description).not.toContain('<');

    // Opened in a browser, the step's title is the cut, inert text; nothing ran.
    await page.goto(`${hostileSite}step/${id}/`);
    await expect(page.locator('html')).toHaveAttribute('data-interactive', 'true', { timeout: 15000 });
    const docTitle = await page.title();
    expect([...docTitle].length).toBeLessThanOrEqual(110);
    expect(await page.locator('#app img, #app iframe, #app script, head img, head iframe').count()).toBe(0);

    const image = await request.get(`${hostileSite}step/${id}/preview.png`);
    const bytes = await image.body();
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
  }
  expect(dialogs).toEqual([]);
});
