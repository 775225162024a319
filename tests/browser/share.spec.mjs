// "Share this step" and the embed code: the clipboard, a (stubbed) share sheet, a browser that
// will not copy, standalone, on a step's page, framed by our loader and mounted in a host
// page; nothing is requested for it beyond our own share.js.
import { test, hostTest, expect, allowClipboard, NO_SHARE, STEPS } from './fixtures.mjs';

async function clipboard(page) {
  return page.evaluate(() => navigator.clipboard.readText());
}

test('share copies the step\'s own page, says so where a screen reader hears it, and the page shows that step', async ({ page, context, site, explainer }) => {
  await allowClipboard(context, site);
  await page.addInitScript(NO_SHARE);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await explainer.open('#step=soviet-retreat');
  const status = page.getByTestId('share-status');
  await expect(status).toHaveAttribute('role', 'status');
  await expect(status).toHaveText('');

  await page.getByTestId('share-step').click();
  await expect(status).toHaveText('Link to this step copied.');
  const link = await clipboard(page);
  expect(link).toBe(`${site}step/soviet-retreat/`);
  await expect(page.getByTestId('share-url')).toBeHidden();

  // The message goes with the step it was about.
  await explainer.next.click();
  await expect(status).toHaveText('');

  // The link opens that step.
  await page.goto(link);
  await explainer.interactive();
  expect(await explainer.stepNumber()).toEqual([3, STEPS.length]);
  await expect(explainer.title).toHaveText('1989: a painful retreat');
  // Nothing but our own files: share.js comes from the site, and nothing else is asked for.
  expect(requests.filter((url) => !url.startsWith(site))).toEqual([]);
  expect(requests.some((url) => url.endsWith('/share.js'))).toBe(true);
});

test('a shared view keeps what the reader chose: the step\'s page with the view in its hash', async ({ page, context, site, explainer }) => {
  await allowClipboard(context, site);
  await page.addInitScript(NO_SHARE);
  await explainer.open('#step=trade-with-russia');
  await explainer.event('taliban-takeover').click();
  // The app writes the URL after the next paint: wait for it, as share.js reads it.
  await expect.poll(() => explainer.hash()).toContain('event=taliban-takeover');
  const hash = explainer.hash();
  await page.getByTestId('share-step').click();
  await expect(page.getByTestId('share-status')).toHaveText('Link to this step copied.');
  const link = await clipboard(page);
  expect(link).toBe(`${site}step/trade-with-russia/#${hash}`);
  await page.goto(link);
  await explainer.interactive();
  await expect(explainer.event('taliban-takeover')).toHaveAttribute('aria-pressed', 'true');
});

test('where there is a share sheet, the step\'s page goes to it; closing the sheet copies nothing', async ({ page, site, explainer }) => {
  await page.addInitScript(() => {
    window.shared = [];
    navigator.share = (data) => {
      window.shared.push(data);
      return window.shared.length === 1 ? Promise.resolve()
        : Promise.reject(new DOMException('closed', 'AbortError'));
    };
    navigator.clipboard.writeText = () => { window.copied = true; return Promise.resolve(); };
  });
  await explainer.open('#step=common-enemy');
  await page.getByTestId('share-step').click();
  await expect.poll(() => page.evaluate(() => window.shared)).toEqual([{ url: `${site}step/common-enemy/` }]);
  await page.getByTestId('share-step').click();
  await expect.poll(() => page.evaluate(() => window.shared.length)).toBe(2);
  expect(await page.evaluate(() => window.copied)).toBeUndefined();
  await expect(page.getByTestId('share-status')).toHaveText('');
});

test('where the browser will not copy, the link is shown selected to copy by hand, and the reader is told', async ({ page, site, explainer }) => {
  await page.addInitScript(() => {
    delete Navigator.prototype.share;
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });
  await explainer.open('#step=four-years-out-in-the-cold');
  await page.getByTestId('share-step').click();
  await expect(page.getByTestId('share-status')).toHaveText(/Could not copy/);
  const field = page.getByTestId('share-url');
  await expect(field).toBeVisible();
  await expect(field).toHaveValue(`${site}step/four-years-out-in-the-cold/`);
  await expect(field).toBeFocused();
  expect(await field.evaluate((f) => [f.selectionStart, f.selectionEnd, f.value.length]))
    .toEqual([0, `${site}step/four-years-out-in-the-cold/`.length, `${site}step/four-years-out-in-the-cold/`.length]);
});

hostTest('the embed code names our loader where the explainer is served, copies, and works pasted into a page', async ({ page, context, site, hostSite, explainer }) => {
  await allowClipboard(context, site);
  // From a step's page: the loader is at the site's root, not under step/, and the code
  // opens at the step shown.
  await page.goto(`${site}step/realpolitik/`);
  await explainer.interactive();
  const code = `<div data-explainer data-step="realpolitik"></div>\n<script src="${site}embed.js" async></script>`;
  await page.getByTestId('embed').locator('summary').click();
  await expect(page.getByTestId('embed-snippet')).toHaveValue(code);
  await page.getByTestId('embed-copy').click();
  await expect(page.getByTestId('share-status')).toHaveText('Embed code copied.');
  expect(await clipboard(page)).toBe(code);
  // The code works: pasted into a page of another site, it shows the explainer, framed.
  await page.goto(hostSite);
  await page.evaluate((html) => {
    document.body.replaceChildren(document.createRange().createContextualFragment(html));
  }, code);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('html')).toHaveAttribute('data-interactive', 'true');
  expect(await page.locator('iframe').getAttribute('allow')).toContain('clipboard-write');
  await expect(frame.locator('.step[aria-current="step"]')).toHaveAttribute('data-step-page', /step\/realpolitik\/$/);
});

hostTest('framed by our loader: share copies the explainer\'s step page from inside the frame', async ({ page, context, site, hostSite }) => {
  await allowClipboard(context, site, hostSite);
  await page.addInitScript(NO_SHARE);
  await page.goto(hostSite + 'loader.html');
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('html')).toHaveAttribute('data-interactive', 'true');
  await frame.getByTestId('step-next').click();
  await frame.getByTestId('share-step').click();
  await expect(frame.getByTestId('share-status')).toHaveText('Link to this step copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${site}step/soviet-invasion/`);
});

hostTest('mounted in a host page: share and the embed code point at the explainer, not the host', async ({ page, context, site, hostSite }) => {
  await allowClipboard(context, site, hostSite);
  await page.addInitScript(NO_SHARE);
  await page.goto(hostSite + 'mount.html');
  const mounted = page.locator('[data-explainer] .live');
  await expect(mounted).toHaveAttribute('data-interactive', 'true');
  await mounted.getByTestId('step-next').click();
  await mounted.getByTestId('step-next').click();
  await mounted.getByTestId('share-step').click();
  await expect(mounted.getByTestId('share-status')).toHaveText('Link to this step copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site}step/soviet-retreat/`);
  await expect(mounted.getByTestId('embed-snippet'))
    .toHaveValue(`<div data-explainer data-step="soviet-retreat"></div>\n<script src="${site}embed.js" async></script>`);
  await mounted.getByTestId('embed').locator('summary').click();
  await mounted.getByTestId('embed-copy').click();
  await expect(mounted.getByTestId('share-status')).toHaveText('Embed code copied.');
  expect(new URL(page.url()).hash).toBe('');
});

test('without JavaScript the embed code is there to copy by hand, and the share button is not', async ({ browser, site }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site);
  await expect(page.getByTestId('share-step')).toBeHidden();
  await page.getByTestId('embed').locator('summary').click();
  await expect(page.getByTestId('embed-snippet')).toBeVisible();
  await expect(page.getByTestId('embed-snippet')).toHaveValue(/^<div data-explainer><\/div>\n<script src="[^"]*embed\.js" async><\/script>$/);
  await expect(page.getByTestId('embed-copy')).toBeHidden();
  await context.close();
});
