// Layered relationship states on the real story: a card says what holds officially and what
// happens in practice, each facet as of the shown date, and marks the facet that changed at
// that date. And the updates log: at the foot, with an "Updated" mark on what it changed.
import { test, expect } from './fixtures.mjs';

/** The facets a card shows, as {facet: stance}. */
async function facets(card) {
  return card.getByTestId('facet').evaluateAll((els) => Object.fromEntries(
    els.map((el) => [el.getAttribute('data-facet'), el.getAttribute('data-stance')])));
}

test('in March 2024 Russia still lists the Taliban as terrorists, and they trade', async ({ explainer }) => {
  await explainer.open();
  await explainer.event('moscow-attack').click();
  await expect(explainer.asOf).toHaveText('March 2024');
  const card = explainer.card('russia-taliban');
  expect(await facets(card)).toEqual({ official: 'terrorist-listing', practice: 'pragmatic-ties' });
  const official = card.locator('[data-testid="facet"][data-facet="official"]');
  const practice = card.locator('[data-testid="facet"][data-facet="practice"]');
  await expect(official).toContainText('Officially');
  await expect(official).toContainText('Listed as terrorists');
  await expect(practice).toContainText('In practice');
  await expect(practice).toContainText('oil, gas and wheat');
  // The card's colour follows the official facet; nothing changed at this date.
  await expect(card).toHaveAttribute('data-stance', 'terrorist-listing');
  await expect(card.locator('[data-testid="facet"][data-changed]')).toHaveCount(0);
});

test('at the delisting step the listing is gone and that facet is marked as changed', async ({ explainer }) => {
  // From the step before (March 2024, still listed) on to the delisting.
  await explainer.open('#step=common-enemy');
  await expect(explainer.title).toHaveText('Security and ISIS-K');
  await expect(explainer.card('russia-taliban').locator('[data-testid="facet"][data-facet="official"]'))
    .toHaveAttribute('data-stance', 'terrorist-listing');
  await explainer.next.click();
  await expect(explainer.title).toHaveText('The label comes off');
  await expect(explainer.asOf).toHaveText('April 2025');
  const card = explainer.card('russia-taliban');
  expect(await facets(card)).toEqual({ official: 'no-formal-ties', practice: 'pragmatic-ties' });
  const official = card.locator('[data-testid="facet"][data-facet="official"]');
  await expect(official).toHaveAttribute('data-changed', 'true');
  await expect(official).toContainText('Changed');
  await expect(card.locator('[data-testid="facet"][data-facet="practice"]')).not.toHaveAttribute('data-changed');
  // What holds now no longer says "listed"; the history strip still shows that it was.
  await expect(card.getByTestId('facet').filter({ hasText: 'Listed as terrorists' })).toHaveCount(0);
  await expect(card.locator('.history-state').first()).toContainText('Listed as terrorists');

  // On to 3 July 2025 (the recognition event): formal recognition, marked as changed.
  await explainer.event('recognition').click();
  await expect(explainer.asOf).toHaveText('3 July 2025');
  expect(await facets(card)).toEqual({ official: 'formal-recognition', practice: 'pragmatic-ties' });
  await expect(card).toHaveAttribute('data-stance', 'formal-recognition');
  await expect(card.locator('[data-facet="official"][data-testid="facet"]')).toHaveAttribute('data-changed', 'true');
});

test('the updates log is at the foot, links to what it changed, and marks it', async ({ explainer, page }) => {
  await explainer.open();
  const log = page.getByTestId('updates');
  await expect(log).toContainText('27 November 2026');
  await expect(log).toContainText('4 December 2026');
  await expect(log.getByTestId('update')).toHaveCount(2);
  // The mark on the card and on the steps the update names.
  await expect(explainer.card('russia-taliban').getByTestId('updated-mark')).toHaveText('Updated 27 November 2026');
  await expect(explainer.card('west-taliban').getByTestId('updated-mark')).toHaveCount(0);
  // A link in the log opens the item.
  await log.getByRole('link', { name: 'Russia – Taliban' }).click();
  await expect(explainer.card('russia-taliban')).toHaveAttribute('data-selected', 'true');
  await log.getByRole('link', { name: /Step 6: / }).click();
  await expect(explainer.title).toHaveText('Security and ISIS-K');
  await expect(page.locator('.walkthrough [data-testid="updated-mark"]:visible')).toHaveCount(1);
  // On a phone the step is far above the log: the link brings it into view.
  await page.setViewportSize({ width: 360, height: 780 });
  await log.scrollIntoViewIfNeeded();
  // The first update changed two old steps that are both in this one now: it names the step once.
  await expect(log.getByTestId('update').first().getByRole('link', { name: /Step 8: / })).toHaveCount(1);
  await log.getByTestId('update').first().getByRole('link', { name: /Step 8: / }).click();
  await expect(explainer.title).toHaveText('Who else has a stake');
  await expect(explainer.title).toBeInViewport();

  // In print: the log and the steps' marks are on paper.
  await page.emulateMedia({ media: 'print' });
  await expect(log).toBeVisible();
  // Every step the two updates name: steps 1, 3, 5, 6, 7, 8 and 10.
  await expect(page.locator('[data-testid="updated-mark"]:visible')).toHaveCount(7);
  await expect(page.locator('.walkthrough [data-testid="updated-mark"]:visible')).toHaveCount(7);
});
