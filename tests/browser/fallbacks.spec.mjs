// Readable before, without and after the wasm: with JavaScript off the page is the whole
// story; with the wasm (or its loader) blocked, or after a panic, the story stays and a short
// notice says the interactive parts are unavailable.
import { test, expect, STEPS } from './fixtures.mjs';

async function expectWholeStory(page) {
  await expect(page.locator('.step-title:visible')).toHaveCount(STEPS.length);
  await expect(page.locator('.step-title').first()).toHaveText('Moscow goes first');
  await expect(page.locator('.step-title').last()).toHaveText('Realpolitik, not nostalgia');
  await expect(page.locator('[data-testid="timeline-event"]:visible')).toHaveCount(16);
  await expect(page.locator('[data-testid="relationship-card"]:visible')).toHaveCount(10);
  await expect(page.locator('.card[data-relationship-id="russia-taliban"]')).toHaveAttribute('data-stance', 'formal-recognition');
  await expect(page.locator('.card[data-relationship-id="russia-taliban"] [data-testid="facet"][data-facet="official"] .stance')).toContainText('Formal recognition');
  await expect(page.getByTestId('updates')).toContainText('Rechecked against the source');
}

test('with JavaScript off, the page is the whole story', async ({ browser, site }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site);
  await expectWholeStory(page);
  // Events, sources, the first step's quote (Kabul's welcome, now part of it) and claims
  // labelled with whose they are.
  for (const text of ['Russia lists the Taliban as terrorists', 'Several governments take diplomatic steps',
    'Kabul welcomes it', '¶13 · A Complicated Past', '"others will follow"', 'Claim by Amir Khan Muttaqi',
    'Claim by US intelligence']) {
    await expect(page.getByText(text).filter({ visible: true }).first()).toBeVisible();
  }
  await expect(page.locator('#app-notice')).toBeHidden();
  await context.close();
});

test('with the wasm download blocked, the story stays and a notice says so', async ({ page, site, errors }) => {
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(site);
  await expect(page.locator('#app-notice')).toBeVisible();
  await expect(page.locator('#app-notice')).toContainText('could not load');
  await expectWholeStory(page);
  await expect(page.locator('html')).not.toHaveAttribute('data-interactive', 'true');
  // The browser reports the blocked request; nothing else went wrong.
  expect(errors.every((e) => /Failed to load resource|could not start|Failed to fetch/.test(e)), errors.join('\n')).toBe(true);
  errors.length = 0;
});

test('with the app script blocked too, the story stays and a notice says so', async ({ page, site, errors }) => {
  await page.route(/explainer-app-.*\.(js|wasm)$/, (route) => route.abort());
  await page.goto(site);
  await expect(page.locator('#app-notice')).toBeVisible();
  await expectWholeStory(page);
  errors.length = 0;
});

test('a panic in the wasm leaves the story readable with a notice', async ({ explainer, page, errors }) => {
  // A step as of 3 July 2025, not the first (the whole story below is as of that date).
  await explainer.open('#step=who-else-has-a-stake');
  await expect(page.locator('#app-notice')).toBeHidden();
  await page.evaluate(async () => {
    const glue = await import(document.querySelector('meta[name="explainer-app"]').dataset.js);
    // From a timer, as a panic in an event handler would be: uncaught.
    setTimeout(() => glue.test_panic());
  });
  await expect(page.locator('#app-notice')).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-interactive', 'true');
  await expectWholeStory(page);
  expect(errors.some((e) => /unreachable|RuntimeError/.test(e)), errors.join('\n')).toBe(true);
  errors.length = 0;
});
