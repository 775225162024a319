// The timeline: selecting events moves the "as of" date and the cards' stances; the selected
// event shows its date, summary, actors, kind and citations; arrow keys rove between events.
import { test, expect } from './fixtures.mjs';

test('selecting events moves the date and the stances of the cards', async ({ explainer }) => {
  await explainer.open();
  await explainer.event('terror-listing').click();
  await expect(explainer.asOf).toHaveText('2003');
  expect(await explainer.stance('russia-taliban')).toBe('terrorist-listing');
  expect(await explainer.stance('envoys-taliban')).toBe('none');
  await expect(explainer.event('terror-listing')).toHaveAttribute('aria-pressed', 'true');

  await explainer.event('recognition').click();
  await expect(explainer.asOf).toHaveText('3 July 2025');
  expect(await explainer.stance('russia-taliban')).toBe('formal-recognition');
  // Its colour follows the official facet: not recognised (while envoys go to Kabul).
  expect(await explainer.stance('envoys-taliban')).toBe('no-formal-ties');
  await expect(explainer.event('terror-listing')).toHaveAttribute('aria-pressed', 'false');

  await explainer.event('soviet-invasion').click();
  expect(await explainer.stance('soviet-union-mujahideen')).toBe('at-war');
  expect(await explainer.stance('russia-taliban')).toBe('none');
  await explainer.event('soviet-withdrawal').click();
  expect(await explainer.stance('soviet-union-mujahideen')).toBe('ended');
});

test('the selected event shows its date at its precision, actors, kind and sources', async ({ explainer }) => {
  await explainer.open();
  await explainer.event('moscow-attack').click();
  await expect(explainer.detail.locator('.event-when')).toHaveText('March 2024');
  await expect(explainer.detail.locator('h3')).toHaveText('Attack in Moscow kills 149');
  await expect(explainer.detail).toContainText('Involved: Russia');
  // Who was behind it is US intelligence's claim, a separate event (fact-check item 7).
  await expect(explainer.detail).not.toContainText('ISIS-K.');
  await expect(explainer.detail.locator('.kind')).toHaveText('Reported fact');
  await expect(explainer.detail.locator('.cites')).toHaveText(/^Source: ¶11 · From Enemy to Ally\?$/);

  await explainer.event('muttaqi-welcome').click();
  await expect(explainer.detail.locator('.event-when')).toHaveText('By 3 July 2025');
  await expect(explainer.detail.locator('.kind')).toHaveText('Claim by Amir Khan Muttaqi');

  // A fact the source states only as true when it was published is placed at that date: it
  // says "by" the date, and moves the date there. (The story has no undated event left.)
  await explainer.event('moscow-attack').click();
  await expect(explainer.asOf).toHaveText('March 2024');
  await explainer.event('us-sanctions').click();
  await expect(explainer.detail.locator('.event-when')).toHaveText('By 3 July 2025');
  await expect(explainer.asOf).toHaveText('3 July 2025');
  // Selecting it again unselects it.
  await explainer.event('us-sanctions').click();
  await expect(explainer.detail).toHaveAttribute('data-empty', 'true');
});

test('arrow keys rove between events; Enter selects; one tab stop', async ({ explainer, page }) => {
  await explainer.open();
  await expect(page.locator('[data-testid="timeline-event"][tabindex="0"]')).toHaveCount(1);
  await explainer.event('recognition').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(explainer.event('listing-lifted')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(explainer.asOf).toHaveText('April 2025');
  await expect(explainer.event('listing-lifted')).toHaveAttribute('tabindex', '0');
  await page.keyboard.press('Home');
  await expect(explainer.event('soviet-invasion')).toBeFocused();
  await page.keyboard.press('End');
  await expect(explainer.event('taliban-fight-isis-k')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(explainer.detail.locator('h3')).toHaveText('The Taliban say they fight ISIS-K');
  await expect(page.locator('[data-testid="timeline-event"][tabindex="0"]')).toHaveCount(1);
});

test('the timeline shows the compressed gaps and the eras, every event in its place in time', async ({ explainer, page }) => {
  await explainer.open();
  // Nine events share 3 July 2025 (the recognition and what the source states only as true
  // by then): more labels than the axis has lanes, so the timeline is the list at every width.
  await expect(page.locator('.axis-frame')).toHaveAttribute('data-layout', 'list');
  for (const years of [10, 14, 18]) {
    await expect(page.locator('.gap', { hasText: `${years} years pass` })).toBeVisible();
  }
  await expect(page.locator('.era-legend', { hasText: 'Soviet war in Afghanistan' })).toBeVisible();
  await expect(page.locator('.era-legend', { hasText: 'Taliban rule' })).toBeVisible();
  // Every event has a place in time: there is no list of undated facts, and the list runs
  // in time order, top to bottom.
  await expect(page.locator('.undated')).toHaveCount(0);
  await expect(page.getByText('Undated in the source')).toHaveCount(0);
  const tops = await page.locator('[data-testid="timeline-event"]').evaluateAll((els) =>
    els.map((el) => el.getBoundingClientRect().top));
  expect(tops.length).toBe(16);
  expect(tops.every((t, i) => i === 0 || t > tops[i - 1])).toBe(true);
});

test('on a phone, choosing an event brings its details into view', async ({ browser, site }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(site);
  await expect(page.locator('html')).toHaveAttribute('data-interactive', 'true');
  const detail = page.getByTestId('event-detail');
  await page.locator('[data-event-id="soviet-invasion"]').tap();
  await expect(detail.locator('h3')).toHaveText('Soviet troops invade');
  await expect(detail).toBeInViewport();
  await context.close();
});

test('a deep link to an event does not scroll the page on load', async ({ browser, site }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(site + '#step=1&event=soviet-invasion');
  await expect(page.locator('html')).toHaveAttribute('data-interactive', 'true');
  await expect(page.getByTestId('event-detail').locator('h3')).toHaveText('Soviet troops invade');
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await context.close();
});
