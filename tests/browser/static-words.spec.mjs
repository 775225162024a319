// The wasm carries none of the story's words (step bodies, titles, summaries, sources, the
// timeline's axis and eras): it hydrates the prerendered markup and must never render those
// parts anew. After a reader has used every control, every one still has its words.
import { test, expect, STEPS } from './fixtures.mjs';

async function expectStaticWords(page) {
  const bodies = await page.locator('.step').evaluateAll((els) => els.map((el) => el.querySelector('p')?.textContent.trim().length ?? 0));
  expect(bodies.length).toBe(STEPS.length);
  expect(bodies.every((n) => n > 20), `step bodies: ${bodies}`).toBe(true);
  await expect(page.locator('h1')).toHaveText('How Russia became the first country to recognise the Taliban');
  await expect(page.locator('.colophon')).toContainText('Every step, event and relationship names the');
  await expect(page.locator('.era-legend')).toContainText('Soviet war in Afghanistan');
  await expect(page.locator('.axis .tick').first()).toHaveText('1979');
}

test('every static part keeps its words after steps, events, filters, dates and links', async ({ explainer, page }) => {
  await explainer.open('#step=soviet-retreat');
  await explainer.next.click();
  await explainer.prev.click();
  await page.getByTestId('progress-step').first().click();
  await expect(explainer.title).toHaveText('Moscow goes first');
  await explainer.event('moscow-attack').click();
  await explainer.card('russia-taliban').locator('.card-toggle').click();
  await page.getByTestId('actor-filter').selectOption('soviet-union');
  await page.getByTestId('actor-filter').selectOption('');
  await page.getByTestId('as-of-earlier').click();
  await page.getByTestId('updates').getByRole('link', { name: /Step 8: / }).first().click();
  await expect(explainer.title).toHaveText('Who else has a stake');
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

// The design later issues build on: one wasm serves any words. The same build's page with
// its words changed after the build (as a translation would change them) hydrates with the
// same wasm, and every control keeps the page's words, in the live region too.
test('the same wasm hydrates a page whose words were changed after the build, and keeps them', async ({ explainer, page, site }) => {
  const words = [
    ['Moscow goes first', 'Москва первой'],
    ['1979: the Soviet invasion', '1979: советское вторжение'],
    ['>Step 2 of 10<', '>Шаг 2 из 10<'],
    ['>Step <', '>Шаг <'],
    [' of 10<', ' из 10<'],
    ['Next<', 'Далее<'],
    ['Soviet troops invade', 'Советские войска входят'],
    ['Reported fact', 'Сообщённый факт'],
  ];
  await page.route(site, async (route) => {
    let html = await (await route.fetch()).text();
    for (const [from, to] of words) {
      expect(html.includes(from), `the page has ${from}`).toBe(true);
      html = html.replaceAll(from, to);
    }
    await route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
  });
  await explainer.open();
  await expect(explainer.title).toHaveText('Москва первой');
  await expect(page.locator('.step-count')).toHaveText('Шаг 1 из 10');
  await explainer.next.click();
  await expect(explainer.title).toHaveText('1979: советское вторжение');
  await expect(page.locator('.step-count')).toHaveText('Шаг 2 из 10');
  await expect(explainer.announcement).toHaveText('Шаг 2 из 10: 1979: советское вторжение');
  // The progress row's names are the page's too, on the step it now marks.
  await expect(explainer.currentProgressStep).toHaveAccessibleName('Шаг 2 из 10');
  await expect(explainer.next).toContainText('Далее');
  await explainer.event('soviet-invasion').click();
  await expect(explainer.detail.locator('h3')).toHaveText('Советские войска входят');
  await expect(explainer.detail).toContainText('Сообщённый факт');
});
