// The re-cut walkthrough and the explore view (issue 29): old links land on the step that
// holds their facts, the page keeps its height while the reader scrolls, the explore view at
// a step's date says what the stage says, and without JavaScript every fact is in view.
import { test, expect } from './fixtures.mjs';

// Removed steps and the step that now holds their facts; and a step number from the old
// 13-step walkthrough with the step it meant.
const MOVED = [
  ['kabul-welcomes', 'first-to-recognise', 'Moscow goes first'],
  ['washington-watches', 'who-else-has-a-stake', 'Who else has a stake'],
  ['women-shut-out', 'who-else-has-a-stake', 'Who else has a stake'],
  ['on-the-terror-list', 'trade-with-russia', 'On the terrorist list, and trading'],
];

for (const [old, now, title] of MOVED) {
  test(`the removed step ${old} opens ${now}, by its page and by its hash`, async ({ page, site, explainer }) => {
    await page.goto(`${site}step/${old}/`);
    await expect(page).toHaveURL(`${site}step/${now}/`);
    await explainer.interactive();
    await expect(explainer.title).toHaveText(title);
    await explainer.open(`#step=${old}`);
    await expect(explainer.title).toHaveText(title);
    await expect.poll(() => explainer.hash()).toBe(now === 'first-to-recognise' ? '' : `step=${now}`);
  });
}

test('a link numbered by the old walkthrough opens the step it meant', async ({ explainer }) => {
  await explainer.open('#step=11&event=soviet-withdrawal');
  await expect(explainer.title).toHaveText('1979: the Soviet invasion');
  await expect.poll(() => explainer.hash()).toBe('step=soviet-invasion&event=soviet-withdrawal');
});

for (const width of [390, 1280]) {
  test(`the page is as tall at load as after scrolling to its end, at ${width} px`, async ({ page, explainer }) => {
    await page.setViewportSize({ width, height: 800 });
    await explainer.open();
    const height = () => page.evaluate(() => document.documentElement.scrollHeight);
    const atLoad = await height();
    // Scroll down a screen at a time, letting each frame render, to the end.
    for (let y = 0; y < atLoad + 800; y += 700) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    }
    const atEnd = await height();
    console.log(`page height at ${width} px: ${atLoad} at load, ${atEnd} at the end`);
    expect(Math.abs(atEnd - atLoad)).toBeLessThanOrEqual(2);
  });
}

test('at every step the explore view shows each relationship as the stage does', async ({ page, explainer }) => {
  await explainer.open();
  const total = await page.getByTestId('progress-step').count();
  for (let i = 0; i < total; i++) {
    await page.getByTestId('progress-step').nth(i).click();
    await expect(page.getByTestId('progress-step').nth(i)).toHaveAttribute('aria-current', 'step');
    // The explore view's date is the step's, which the stage's strip shows.
    const stageDate = await page.locator('.time-strip .marker-date').textContent();
    await expect(explainer.asOf).toHaveText(stageDate);
    // Each relationship's stance (the official one, else the practice one) on the map and
    // on its line in the explore view.
    const onMap = await page.locator('[data-testid="map-edge"]').evaluateAll((edges) =>
      Object.fromEntries(edges.map((e) => [e.getAttribute('data-relationship-id'), e.getAttribute('data-stance')])));
    const inExplore = await page.locator('[data-testid="relationship-card"]').evaluateAll((cards) =>
      Object.fromEntries(cards.map((c) => [c.getAttribute('data-relationship-id'), c.getAttribute('data-stance')])));
    for (const [rel, stance] of Object.entries(inExplore)) {
      if (stance === 'none') continue;
      expect(onMap[rel], `step ${i + 1}, ${rel}`).toBe(stance);
    }
    // Every relationship the step is about is on the map with a state, and in the explore
    // view with the same one.
    const focus = await page.locator('[data-testid="map-edge"][data-highlighted]').evaluateAll((edges) =>
      edges.map((e) => e.getAttribute('data-relationship-id')));
    expect(focus.length, `step ${i + 1} has relationships on its map`).toBeGreaterThan(0);
  }
});

test('a relationship is one line until opened, and opens to its history and sources', async ({ page, explainer }) => {
  await explainer.open();
  const card = explainer.card('russia-taliban');
  await expect(card.locator('.history')).toBeHidden();
  await expect(card.locator('[data-testid="facet"]').first()).toBeVisible();
  const folded = (await card.boundingBox()).height;
  await card.locator('.card-toggle').click();
  await expect(card.locator('.history')).toBeVisible();
  await expect(card.locator('.card-summary')).toBeVisible();
  expect((await card.boundingBox()).height).toBeGreaterThan(folded * 2);
  await expect.poll(() => explainer.hash()).toBe('step=first-to-recognise&rel=russia-taliban');
});

test('with JavaScript off every fact is in view: every event, every state, every step', async ({ browser, site }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site);
  const hidden = await page.locator('article.event-detail, .facet .state-summary, .card-summary, .step p:not(.updated-mark)')
    .evaluateAll((els) => els.filter((el) => el.offsetParent === null && getComputedStyle(el).position !== 'fixed')
      .map((el) => el.textContent.slice(0, 60)));
  expect(hidden).toEqual([]);
  await expect(page.locator('article.event-detail')).toHaveCount(16);
  await expect(page.locator('.facet .state-summary')).toHaveCount(16);
  await context.close();
});
