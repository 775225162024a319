// The built site under its strict Content-Security-Policy: no violation while a reader uses
// it (standalone, embedded, sandboxed), the policy is the strict one, and an inline script
// injected into the page is blocked.
import { test, expect } from './fixtures.mjs';
import { startHostServer } from '../../scripts/host-server.mjs';

/** Collects CSP violations in every frame of the page. */
async function recordViolations(page) {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
    });
  });
}

const violations = (frameOrPage) => frameOrPage.evaluate(() => window.__violations);

test('the page carries the strict policy, as a meta tag and a header', async ({ page, site }) => {
  const response = await page.goto(site);
  const header = response.headers()['content-security-policy'];
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(header).toBe(meta);
  for (const directive of ["default-src 'none'", "script-src 'self' 'wasm-unsafe-eval' 'sha256-",
    "style-src 'self' 'sha256-", "img-src 'self' data:", "connect-src 'self'", "base-uri 'none'", "form-action 'none'"]) {
    expect(meta).toContain(directive);
  }
  expect(meta).not.toContain('unsafe-inline');
  expect(meta).not.toMatch(/'unsafe-eval'/);
  // Only hashes for inline code, one each for the loader and the styles.
  expect(meta.match(/'sha256-/g)).toHaveLength(2);
  // Trunk's integrity attributes are kept.
  await expect(page.locator('link[rel="modulepreload"][integrity^="sha384-"]')).toHaveCount(1);
  await expect(page.locator('meta[name="explainer-app"][data-wasm-integrity^="sha384-"]')).toHaveCount(1);
});

test('a reader using the explainer causes no CSP violation', async ({ explainer, page }) => {
  await recordViolations(page);
  await explainer.open('#step=soviet-retreat');
  await explainer.next.click();
  await explainer.event('moscow-attack').click();
  await explainer.card('russia-taliban').locator('.card-toggle').click();
  await page.getByTestId('actor-filter').selectOption('envoy-governments');
  await page.getByTestId('as-of-earlier').click();
  await page.getByTestId('progress-step').nth(5).click();
  await expect(explainer.title).toHaveText('Security and ISIS-K');
  expect(await violations(page)).toEqual([]);
});

test('embedded and sandboxed, no CSP violation either', async ({ page, site }) => {
  const host = await startHostServer({ explainer: site, port: 0 });
  try {
    await recordViolations(page);
    for (const mode of ['loader', 'sandboxed', 'pym']) {
      await page.goto(host.url + mode + '.html');
      const frame = await (await page.waitForSelector('iframe')).contentFrame();
      await frame.waitForSelector('html[data-interactive="true"]');
      await frame.getByTestId('step-next').click();
      expect(await violations(frame), mode).toEqual([]);
    }
  } finally {
    await host.close();
  }
});

test('an injected inline script is blocked', async ({ explainer, page, errors }) => {
  await recordViolations(page);
  await explainer.open();
  await page.evaluate(() => {
    window.__ran = false;
    const script = document.createElement('script');
    script.textContent = 'window.__ran = true;';
    document.body.appendChild(script);
    const style = document.createElement('style');
    style.textContent = 'body { display: none }';
    document.head.appendChild(style);
  });
  expect(await page.evaluate(() => window.__ran)).toBe(false);
  await expect(page.locator('h1')).toBeVisible();
  const seen = await violations(page);
  expect(seen.some((v) => v.startsWith('script-src'))).toBe(true);
  expect(seen.some((v) => v.startsWith('style-src'))).toBe(true);
  // Chromium reports the blocked script and style in the console; that is the point here.
  errors.length = 0;
});
