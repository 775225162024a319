// Links: every view has its own URL, reloading restores it, back and forward work, and a
// garbage or hostile hash opens the start with no panic and no console error.
import { test, expect } from './fixtures.mjs';

test('a deep link reloads to the same view', async ({ explainer, page }) => {
  await explainer.open('#step=8&event=listing-lifted');
  await expect(explainer.title).toHaveText('Trade first, then the label comes off');
  await expect(explainer.event('listing-lifted')).toHaveAttribute('aria-pressed', 'true');
  await expect(explainer.asOf).toHaveText('April 2025');
  await page.reload();
  await explainer.interactive();
  await expect(explainer.title).toHaveText('Trade first, then the label comes off');
  await expect(explainer.detail.locator('h3')).toHaveText('Russia drops the terrorist label');

  // A link shared before four cards became one still opens the card they became.
  await explainer.open('#step=4&rel=china-taliban');
  await expect(explainer.card('envoys-taliban')).toHaveAttribute('data-selected', 'true');
  await expect.poll(() => explainer.hash()).toBe('step=4&rel=envoys-taliban');
  await explainer.open('#step=2&asof=1989&actor=soviet-union');
  await expect(explainer.asOf).toHaveText('1989');
  await expect(explainer.page.getByTestId('relationship-card')).toHaveCount(1);
});

test('back and forward move between views', async ({ explainer, page }) => {
  await explainer.open();
  await explainer.next.click();
  await explainer.next.click();
  await explainer.event('moscow-attack').click();
  await expect.poll(() => explainer.hash()).toBe('step=3&event=moscow-attack');
  await page.goBack();
  await expect(explainer.title).toHaveText('Kabul hopes others follow');
  await expect(explainer.detail).toHaveAttribute('data-empty', 'true');
  await page.goBack();
  await expect(explainer.title).toHaveText('Four years out in the cold');
  await page.goBack();
  await expect(explainer.title).toHaveText('Moscow goes first');
  await page.goForward();
  await expect(explainer.title).toHaveText('Four years out in the cold');
});

test('going back twice quickly keeps the forward history', async ({ explainer, page }) => {
  await explainer.open();
  await explainer.next.click();
  await expect.poll(() => explainer.hash()).toBe('step=2');
  await explainer.next.click();
  await expect.poll(() => explainer.hash()).toBe('step=3');
  // The app writes a view to history after the next frame. Slow frames down, so that the
  // second back arrives before the first back's view would be written.
  await page.evaluate(() => {
    const raf = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback) => setTimeout(() => raf(callback), 300);
  });
  await page.goBack();
  await expect(explainer.title).toHaveText('Four years out in the cold');
  await page.goBack();
  await expect(explainer.title).toHaveText('Moscow goes first');
  await page.waitForTimeout(1000);
  // Nothing stale was written over the forward history.
  expect(explainer.hash()).toBe('');
  await page.goForward();
  await expect(explainer.title).toHaveText('Four years out in the cold');
  await page.goForward();
  await expect(explainer.title).toHaveText('Kabul hopes others follow');
});

test('editing the hash by hand moves the view', async ({ explainer, page }) => {
  await explainer.open();
  await page.evaluate(() => { location.hash = '#step=11'; });
  await expect(explainer.title).toHaveText('1979: the Soviet invasion');
});

for (const hash of [
  '#step=99999',
  '#step=0',
  '#event=<script>alert(1)</script>',
  '#event=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  '#rel=russia-taliban&bogus=1',
  '#asof=2025-02-30',
  '#' + 'x'.repeat(10 * 1024),
  '#' + '&='.repeat(3000),
]) {
  test(`a garbage hash opens the start: ${hash.slice(0, 40)}`, async ({ explainer, page }) => {
    let dialogs = 0;
    page.on('dialog', (d) => { dialogs++; d.dismiss(); });
    await explainer.open(hash);
    await expect(explainer.title).toHaveText('Moscow goes first');
    expect(await explainer.stepNumber()).toEqual([1, 13]);
    // The URL is cleaned to the start view's.
    await expect.poll(() => explainer.hash()).toBe('');
    // The app still works.
    await explainer.next.click();
    await expect(explainer.title).toHaveText('Four years out in the cold');
    expect(dialogs).toBe(0);
  });
}
