// A page for every step (dist/step/<id>/): what a shared link's preview and a search engine
// see with no JavaScript, and what a reader gets when they open one.
import { existsSync, mkdtempSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, hostTest, expect, allowClipboard, NO_SHARE, STEPS } from './fixtures.mjs';
import { startServer } from '../../scripts/static-server.mjs';

// Every folder in dist/step/: a page for each step, and one for each removed step's id (an
// alias of the step that now holds its facts) that sends the reader on to it.
const PAGE_IDS = readdirSync('dist/step');
const STEP_IDS = STEPS;
const MOVED = {
  'kabul-welcomes': 'first-to-recognise',
  'ambassadors-not-recognition': 'who-else-has-a-stake',
  'washington-watches': 'who-else-has-a-stake',
  'women-shut-out': 'who-else-has-a-stake',
  'on-the-terror-list': 'trade-with-russia',
};
// Set when dist/ was built for a known address (scripts/test.sh sets it): links are absolute.
const PUBLIC = process.env.EXPLAINER_PUBLIC_URL || '';

/** The `content` of <meta property|name=key>, or the href of <link rel=key>, decoded. */
function head(html, key) {
  const tag = html.match(new RegExp(`<(?:meta (?:property|name)="${key}" content|link rel="${key}" href)="([^"]*)"`));
  return tag && decode(tag[1]);
}

function decode(text) {
  return text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Width and height of a PNG, from its header. */
function pngSize(bytes) {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test('every step has its own page, with its title, description and preview tags, readable with JavaScript off', async ({ browser, site }) => {
  // Ten pages, each fetched, opened and followed: 15 to 22 s on an idle 2-core machine,
  // past the default 30 s while it is busy.
  test.slow();
  // A page for every step and every removed step's id, and nothing else.
  expect(PAGE_IDS.sort()).toEqual([...STEP_IDS, ...Object.keys(MOVED)].sort());
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const seen = new Set();
  for (const id of STEP_IDS) {
    const response = await context.request.get(`${site}step/${id}/`);
    expect(response.status(), id).toBe(200);
    const html = await response.text();
    // The step's own title: in <title>, in the preview tags and in the page, before the headline.
    await page.goto(`${site}step/${id}/`);
    const stepTitle = await page.getByTestId('step-title').textContent();
    // Without the app the whole story shows from the top: a link to the step comes first,
    // and it goes there.
    const jump = page.locator('.step-jump a');
    await expect(jump).toBeVisible();
    await expect(jump).toContainText(stepTitle.trim());
    await jump.click();
    await expect(page.locator('.step[aria-current="step"] h2')).toBeInViewport();
    const title = decode(html.match(/<title>([^<]*)<\/title>/)[1]);
    expect(title.startsWith(`${stepTitle.trim()} · `), `${id}: ${title}`).toBe(true);
    expect(head(html, 'og:title')).toBe(title);
    const description = head(html, 'description');
    expect(description.length).toBeGreaterThan(20);
    expect(description.length).toBeLessThanOrEqual(200);
    expect(head(html, 'og:description')).toBe(description);
    expect(head(html, 'twitter:card')).toBe('summary_large_image');
    expect(head(html, 'og:image:width')).toBe('1200');
    expect(head(html, 'og:image:height')).toBe('630');
    const url = head(html, 'og:url');
    expect(head(html, 'canonical')).toBe(url);
    if (PUBLIC) {
      expect(url).toBe(new URL(`step/${id}/`, PUBLIC).href);
      expect(head(html, 'og:image')).toBe(new URL(`step/${id}/preview.png`, PUBLIC).href);
    } else {
      expect(url).toBe('./');
      expect(head(html, 'og:image')).toBe('./preview.png');
    }
    // The image is there, beside the page, the size the tags say.
    const image = await context.request.get(`${site}step/${id}/preview.png`);
    expect(image.headers()['content-type']).toBe('image/png');
    expect(pngSize(await image.body())).toEqual([1200, 630]);
    // Each page is a different step.
    expect(seen.has(title)).toBe(false);
    seen.add(title);
  }
  await context.close();
});

test('a removed step\'s page sends the reader on to the step that holds its facts, and is not indexed', async ({ browser, site }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const [alias, id] of Object.entries(MOVED)) {
    const response = await context.request.get(`${site}step/${alias}/`);
    expect(response.status(), alias).toBe(200);
    const html = await response.text();
    expect(head(html, 'robots'), alias).toBe('noindex');
    expect(html, alias).toContain(`<meta http-equiv="refresh" content="0; url=../${id}/">`);
    expect(head(html, 'canonical'), alias).toBe(PUBLIC ? new URL(`step/${id}/`, PUBLIC).href : `../${id}/`);
    expect(existsSync(`dist/step/${alias}/preview.png`), alias).toBe(false);
    expect(html, alias).toMatch(new RegExp(`<a href="\\.\\./${id}/" data-testid="step-moved-link"`));
    // Opened, it lands on the step's own page (with JavaScript off too).
    await page.goto(`${site}step/${alias}/`);
    await expect(page, alias).toHaveURL(`${site}step/${id}/`);
    await expect(page.locator('.step[aria-current="step"]')).toHaveAttribute('data-step-page', `step/${id}/`);
  }
  await context.close();
  // With JavaScript the reader lands there with the link's query and hash kept, in a
  // translation too.
  const js = await browser.newContext();
  const jsPage = await js.newPage();
  const errors = [];
  jsPage.on('pageerror', (err) => errors.push(String(err)));
  // (The app then names its step in the hash too: #step=<id>&rel=…)
  for (const [from, to, key, value, title] of [
    ['step/women-shut-out/?embed#rel=us-taliban', 'step/who-else-has-a-stake/?embed', 'rel', 'us-taliban', 'Who else has a stake'],
    ['ru/step/on-the-terror-list/#event=terror-listing', 'ru/step/trade-with-russia/', 'event', 'terror-listing', 'В списке террористов — и торговля'],
  ]) {
    await jsPage.goto(site + from);
    await expect(jsPage.locator('html'), from).toHaveAttribute('data-interactive', 'true');
    await expect(jsPage.getByTestId('step-title'), from).toHaveText(title);
    const url = new URL(jsPage.url());
    expect(url.origin + url.pathname + url.search, from).toBe(site + to);
    expect(new URLSearchParams(url.hash.slice(1)).get(key), from).toBe(value);
    const chosen = key === 'rel'
      ? jsPage.locator(`[data-testid="relationship-card"][data-relationship-id="${value}"]`)
      : jsPage.locator(`[data-testid="timeline-event"][data-event-id="${value}"]`);
    await expect(chosen, from).toHaveAttribute(key === 'rel' ? 'data-selected' : 'aria-pressed', 'true');
  }
  expect(errors).toEqual([]);
  await js.close();
});

test('the sitemap lists the main page and every step page, in every language, when the public address is known', async ({ request, site }) => {
  const response = await request.get(`${site}sitemap.xml`);
  if (!PUBLIC) {
    expect(response.status()).toBe(404);
    return;
  }
  const xml = await response.text();
  const urls = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
  // Every language's pages: the original at the root, each translation in its folder.
  const pages = ['', 'fa-AF/', 'ru/'].flatMap((lang) => [
    new URL(lang, PUBLIC).href,
    ...STEP_IDS.map((id) => new URL(`${lang}step/${id}/`, PUBLIC).href),
  ]);
  expect(urls.sort()).toEqual(pages.sort());
});

test('a step page opens interactive at its step, with no warning, and loads the main page\'s wasm', async ({ page, site, explainer }) => {
  const warnings = [];
  page.on('console', (msg) => { if (msg.type() === 'warning') warnings.push(msg.text()); });
  const wasm = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r.url()); });

  await explainer.open();
  const title7 = await page.locator('.step[data-step-page="step/trade-then-delisting/"] .step-title').textContent();
  await expect(page.locator('#app')).toHaveAttribute('data-root', './');

  await page.goto(`${site}step/trade-then-delisting/`);
  await explainer.interactive();
  expect(await explainer.stepNumber()).toEqual([7, STEPS.length]);
  await expect(explainer.title).toHaveText(title7.trim());
  await expect(explainer.currentProgressStep).toHaveAttribute('href', '#step=trade-then-delisting');
  await expect(page.getByTestId('time-marker')).toBeVisible();
  await expect(page.locator('.step-jump')).toBeHidden();
  // The page's own step needs no hash; the app writes none.
  expect(explainer.hash()).toBe('');

  // Next and back, as anywhere.
  await explainer.next.click();
  expect(await explainer.stepNumber()).toEqual([8, STEPS.length]);
  await expect.poll(() => explainer.hash()).toBe('step=who-else-has-a-stake');
  await page.goBack();
  await expect(explainer.title).toHaveText(title7.trim());
  expect(await explainer.stepNumber()).toEqual([7, STEPS.length]);
  expect(explainer.hash()).toBe('');

  // Both the same wasm URL: one download, cached, for every page.
  expect(new Set(wasm).size).toBe(1);
  expect(wasm.length).toBeGreaterThanOrEqual(2);
  expect(warnings).toEqual([]);
});

test('the hash wins over the page: a #step= link opens that step, and garbage opens the page\'s own', async ({ page, site, explainer }) => {
  await page.goto(`${site}step/trade-then-delisting/#step=soviet-invasion`);
  await explainer.interactive();
  expect(await explainer.stepNumber()).toEqual([2, STEPS.length]);
  await expect(explainer.title).toHaveText('1979: the Soviet invasion');

  await page.goto(`${site}step/trade-then-delisting/#step=99&<script>`);
  await explainer.interactive();
  expect(await explainer.stepNumber()).toEqual([7, STEPS.length]);
  await expect.poll(() => explainer.hash()).toBe('');

  // A hash with no step keeps the page's step.
  await page.goto(`${site}step/trade-then-delisting/#actor=russia`);
  await explainer.interactive();
  expect(await explainer.stepNumber()).toEqual([7, STEPS.length]);
});

test('under a base path, a step page loads the site\'s files, opens at its step and shares its own address', async ({ page, context }) => {
  // dist/ served at /news/explainer/ (the site's root is not the server's).
  const root = mkdtempSync(path.join(os.tmpdir(), 'explainer-base-'));
  mkdirSync(path.join(root, 'news'));
  symlinkSync(path.resolve('dist'), path.join(root, 'news', 'explainer'));
  const server = await startServer({ root, port: 0, headers: path.resolve('dist/_headers') });
  try {
    const base = `${server.url}news/explainer/`;
    await allowClipboard(context, base);
    await page.addInitScript(NO_SHARE);
    const wasm = [];
    page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r.url()); });
    await page.goto(`${base}step/soviet-invasion/`);
    await expect(page.locator('html')).toHaveAttribute('data-interactive', 'true');
    await expect(page.locator('.step-count')).toHaveText(/Step 2 of 10/);
    expect(wasm.every((url) => url.startsWith(base) && !url.includes('/step/'))).toBe(true);
    await page.getByTestId('step-next').click();
    await page.getByTestId('share-step').click();
    await expect(page.getByTestId('share-status')).toHaveText('Link to this step copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${base}step/soviet-retreat/`);
  } finally {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
});

hostTest('a step page in a plain iframe on another site opens at its step, compact, and reports its height', async ({ page, site, hostSite }) => {
  await page.goto(hostSite + 'iframe.html');
  const messages = [];
  await page.exposeFunction('sawMessage', (data) => messages.push(data));
  await page.evaluate(() => addEventListener('message', (e) => window.sawMessage(typeof e.data === 'string' ? e.data : JSON.stringify(e.data))));
  await page.locator('iframe').evaluate((frame, src) => { frame.src = src; }, `${site}step/realpolitik/?embed`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('html')).toHaveAttribute('data-interactive', 'true');
  await expect(frame.locator('html')).toHaveClass(/embed/);
  await expect(frame.locator('.step-count')).toHaveText(/Step 10 of 10/);
  await expect(frame.getByTestId('stage')).toBeVisible();
  // embed-child.js came from the site's root, two folders up: it reports the frame's height.
  await expect.poll(() => messages.some((m) => /^pymxPYMx.*xPYMxheightxPYMx\d+$/.test(m))).toBe(true);
});
