// The wasm carries none of the story's words (step bodies, titles, summaries, sources, the
// timeline's axis and eras): it hydrates the prerendered markup and must never render those
// parts anew. After a reader has used every control, every one still has its words.
import { test, expect } from './fixtures.mjs';

async function expectStaticWords(page) {
  const bodies = await page.locator('.step').evaluateAll((els) => els.map((el) => el.querySelector('p')?.textContent.trim().length ?? 0));
  expect(bodies.length).toBe(13);
  expect(bodies.every((n) => n > 20), `step bodies: ${bodies}`).toBe(true);
  await expect(page.locator('h1')).toHaveText('How Russia became the first country to recognise the Taliban');
  await expect(page.locator('.colophon')).toContainText('Every step, event and relationship names the');
  await expect(page.locator('.era-legend')).toContainText('Soviet war in Afghanistan');
  await expect(page.locator('.axis .tick').first()).toHaveText('1979');
}

test('every static part keeps its words after steps, events, filters, dates and links', async ({ explainer, page }) => {
  await explainer.open('#step=12');
  await explainer.next.click();
  await explainer.prev.click();
  await page.locator('.toc summary').click();
  await page.locator('.toc a').first().click();
  await explainer.event('moscow-attack').click();
  await explainer.card('russia-taliban').locator('.card-toggle').click();
  await page.getByTestId('actor-filter').selectOption('soviet-union');
  await page.getByTestId('actor-filter').selectOption('');
  await page.getByTestId('as-of-earlier').click();
  await page.getByTestId('updates').getByRole('link', { name: /Step 5: / }).click();
  await expect(explainer.title).toHaveText("Washington's sanctions");
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goBack();
  await page.goForward();
  await expectStaticWords(page);
});

test('the wasm the page loads carries none of the words the page shows', async ({ explainer, page }) => {
  await explainer.open();
  const url = await page.locator('meta[name="explainer-app"]').getAttribute('data-wasm');
  const wasm = Buffer.from(await (await page.request.get(new URL(url, page.url()).href)).body());
  const words = await page.evaluate(() => [
    ...document.querySelectorAll('.step-title, .event-detail h3, .state-summary:not([data-none-yet]), .card-summary'),
  ].map((el) => el.textContent.trim()).filter((t) => t.length > 12));
  expect(words.length).toBeGreaterThan(40);
  const carried = words.filter((text) => wasm.includes(Buffer.from(text)));
  expect(carried, 'texts found in the wasm').toEqual([]);
});
