// Printing gives the walkthrough as plain text: every step, none of the interactive views.
import { test, expect, STEPS } from './fixtures.mjs';

test('print shows every step and hides the timeline and cards', async ({ explainer, page }) => {
  await explainer.open('#step=who-else-has-a-stake');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.step-title:visible')).toHaveCount(STEPS.length);
  // The explore view (its date control, the timeline and the relationships) is not on paper.
  await expect(page.getByTestId('explore')).toBeHidden();
  await expect(page.getByTestId('as-of')).toBeHidden();
  await expect(page.locator('.timeline')).toBeHidden();
  await expect(page.locator('.relationships')).toBeHidden();
  await expect(page.locator('.step-nav')).toBeHidden();
  await expect(page.locator('h1')).toBeVisible();
});
