// The page loads, the wasm mounts with no console error, and a click changes what it shows.
import { test, expect, openExplainer } from './fixtures.mjs';

test('loads, becomes interactive, and the next button changes the step', async ({ page, site, errors }) => {
  await openExplainer(page, site);
  const title = page.getByTestId('step-title');
  const first = await title.textContent();
  await page.getByTestId('step-next').click();
  await expect(title).not.toHaveText(first);
  expect(errors).toEqual([]);
});
