// Relationship cards: choosing a card highlights its events on the timeline and an event
// highlights the cards it changed; the date control steps through dated events; the filter.
import { test, expect } from './fixtures.mjs';

test('choosing a card highlights its events; choosing an event highlights its cards', async ({ explainer }) => {
  await explainer.open();
  const toggle = explainer.card('russia-taliban').locator('.card-toggle');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(explainer.card('russia-taliban')).toHaveAttribute('data-selected', 'true');
  expect((await explainer.highlightedEvents()).sort()).toEqual(
    ['listing-lifted', 'recognition', 'russian-imports', 'terror-listing']);
  await expect.poll(() => explainer.hash()).toContain('rel=russia-taliban');

  await explainer.event('ambassadors-to-kabul').click();
  expect(await explainer.highlightedCards()).toEqual(['envoys-taliban']);
  expect(await explainer.highlightedEvents()).toEqual(['ambassadors-to-kabul']);

  // A card's own event chips select the event (a card shows them once it is opened).
  const chip = explainer.card('us-taliban').getByRole('button', { name: 'The Taliban take power' });
  await expect(chip).toBeHidden();
  await explainer.card('us-taliban').locator('.card-toggle').click();
  await expect(explainer.card('us-taliban').locator('.card-toggle')).toHaveAttribute('aria-pressed', 'true');
  await chip.click();
  await expect(explainer.asOf).toHaveText('2021');
  expect(await explainer.stance('us-taliban')).toBe('no-formal-ties');
});

test('the date steps through dated events and the cards follow in the same frame', async ({ explainer, page }) => {
  await explainer.open();
  await expect(explainer.asOf).toHaveText('3 July 2025');
  const earlier = page.getByTestId('as-of-earlier');
  // Each button is named by the date it moves to (its label from the page, the date from the app).
  await expect(earlier).toHaveAccessibleName('Earlier date: April 2025');
  await earlier.click();
  await expect(earlier).toHaveAccessibleName('Earlier date: March 2024');
  await expect(page.getByTestId('as-of-later')).toHaveAccessibleName('Later date: 3 July 2025');
  await page.getByTestId('as-of-later').click();
  const seen = [];
  for (let i = 0; i < 12; i++) {
    seen.push(await explainer.asOf.textContent());
    await earlier.click({ force: true });
  }
  expect(seen.slice(0, 8)).toEqual(['3 July 2025', 'April 2025', 'March 2024', '2022', '2021', '2003', '1989', '1979']);
  await expect(earlier).toHaveAttribute('aria-disabled', 'true');
  expect(await explainer.stance('russia-taliban')).toBe('none');
  // One click, then read the card without waiting: the change lands in the same frame.
  await page.getByTestId('as-of-later').click();
  const [asOf, stance] = await page.evaluate(() => [
    document.querySelector('[data-testid="as-of"]').textContent,
    document.querySelector('.card[data-relationship-id="soviet-union-mujahideen"]').getAttribute('data-stance'),
  ]);
  expect([asOf, stance]).toEqual(['1989', 'ended']);
  await expect.poll(() => explainer.hash()).toBe('step=first-to-recognise&asof=1989');
});

test('a card before its first state says nothing was recorded yet', async ({ explainer }) => {
  await explainer.open('#step=trade-with-russia');
  const card = explainer.card('envoys-taliban');
  await expect(card).toHaveAttribute('data-stance', 'none');
  await expect(card.locator('.stance:visible')).toHaveText(/No recorded relationship yet/);
  await expect(card).toContainText('The source records nothing about this pair before 3 July 2025.');
});

test('the cards can be filtered by actor', async ({ explainer, page }) => {
  await explainer.open();
  await expect(page.getByTestId('relationship-card')).toHaveCount(10);
  await page.getByTestId('actor-filter').selectOption('united-states');
  await expect(page.getByTestId('relationship-card')).toHaveCount(2);
  await expect.poll(() => explainer.hash()).toBe('step=first-to-recognise&actor=united-states');
  await page.getByTestId('actor-filter').selectOption('');
  await expect(page.getByTestId('relationship-card')).toHaveCount(10);
});
