// The walkthrough: every step by button and by keyboard, the progress row (a link to every
// step), the arrow keys only while focus is in the walkthrough, and a brief announcement of
// each change.
import { test, expect, STEPS } from './fixtures.mjs';

test('walks every step by the buttons, forward and back', async ({ explainer, page }) => {
  await explainer.open();
  const [, total] = await explainer.stepNumber();
  expect(total).toBe(STEPS.length);
  await expect(explainer.progressSteps).toHaveCount(total);
  await expect(explainer.currentProgressStep).toHaveAccessibleName(`Step 1 of ${total}`);
  const titles = [await explainer.title.textContent()];
  await expect(explainer.prev).toHaveAttribute('aria-disabled', 'true');
  for (let n = 2; n <= total; n++) {
    await explainer.next.click();
    await expect(page.locator('.step-count')).toHaveText(`Step ${n} of ${total}`);
    // The URL names the step by its id; the progress row marks it.
    await expect.poll(() => explainer.hash()).toBe(`step=${STEPS[n - 1]}`);
    await expect(explainer.currentProgressStep).toHaveAttribute('href', `#step=${STEPS[n - 1]}`);
    await expect(explainer.currentProgressStep).toHaveAccessibleName(`Step ${n} of ${total}`);
    const title = await explainer.title.textContent();
    expect(titles).not.toContain(title);
    titles.push(title);
    // Only the current step is shown.
    await expect(page.locator('.step-title:visible')).toHaveCount(1);
  }
  await expect(explainer.next).toHaveAttribute('aria-disabled', 'true');
  // A reader can still click it (aria-disabled keeps it focusable); nothing happens.
  await explainer.next.click({ force: true });
  expect(await explainer.stepNumber()).toEqual([total, total]);
  for (let n = total - 1; n >= 1; n--) {
    await explainer.prev.click();
    await expect(explainer.title).toHaveText(titles[n - 1]);
  }
  await expect.poll(() => explainer.hash()).toBe('');
});

test('walks every step by the arrow keys while focus is in the walkthrough', async ({ explainer, page }) => {
  await explainer.open();
  const [, total] = await explainer.stepNumber();
  await explainer.next.focus();
  for (let n = 2; n <= total; n++) {
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.step-count')).toHaveText(`Step ${n} of ${total}`);
  }
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.step-count')).toHaveText(`Step ${total} of ${total}`);
  // Focus stays on the control the reader was using.
  await expect(explainer.next).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.step-count')).toHaveText(`Step ${total - 1} of ${total}`);
  // Enter on the focused link also moves.
  await page.keyboard.press('Enter');
  await expect(page.locator('.step-count')).toHaveText(`Step ${total} of ${total}`);
});

test('arrow keys outside the walkthrough do not change the step', async ({ explainer, page }) => {
  await explainer.open();
  await page.locator('h1').click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.step-count')).toHaveText(/^Step 1 of /);
  // Arrows in the timeline move between events, not steps.
  await explainer.event('recognition').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.step-count')).toHaveText(/^Step 1 of /);
});

test('the progress row jumps to any step', async ({ explainer, page }) => {
  await explainer.open();
  // A link per step, each showing its year and named by its place.
  await expect(explainer.progressSteps).toHaveCount(STEPS.length);
  const link = explainer.progressSteps.nth(5);
  await expect(link).toHaveAttribute('href', '#step=common-enemy');
  await expect(link).toHaveAccessibleName(`Step 6 of ${STEPS.length}`);
  await expect(link).toContainText('2024');
  await expect(link).not.toHaveAttribute('aria-current');
  await link.click();
  await expect(explainer.title).toHaveText('Security and ISIS-K');
  await expect(link).toHaveAttribute('aria-current', 'step');
  await expect(explainer.currentProgressStep).toHaveCount(1);
  await expect.poll(() => explainer.hash()).toBe('step=common-enemy');
  // The step moves the other views: its events highlighted, its date set.
  await expect(explainer.asOf).toHaveText('March 2024');
  expect(await explainer.highlightedEvents()).toEqual(
    expect.arrayContaining(['moscow-attack', 'isis-k-link', 'taliban-fight-isis-k']));
  expect(await explainer.highlightedCards()).toEqual(['russia-taliban', 'taliban-isis-k', 'isis-k-russia']);
});

test('a step change is announced politely, briefly', async ({ explainer }) => {
  await explainer.open();
  await expect(explainer.announcement).toHaveAttribute('aria-live', 'polite');
  await expect(explainer.announcement).toHaveText('');
  await explainer.next.click();
  await expect(explainer.announcement).toHaveText(/^Step 2 of \d+: 1979: the Soviet invasion$/);
});
