// Printing gives the walkthrough as plain text: every step, none of the interactive views.
import { test, expect } from './fixtures.mjs';

test('print shows every step and hides the timeline and cards', async ({ explainer, page }) => {
  await explainer.open('#step=5');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.step-title:visible')).toHaveCount(13);
  await expect(page.locator('.timeline')).toBeHidden();
  await expect(page.locator('.relationships')).toBeHidden();
  await expect(page.locator('.step-nav')).toBeHidden();
  await expect(page.locator('h1')).toBeVisible();
});
