// Links: every view has its own URL (steps named by id), reloading restores it, back and
// forward work, a link from before the steps were re-cut still opens what it showed, and a
// garbage or hostile hash opens the start with no panic and no console error.
import { test, expect, STEPS } from './fixtures.mjs';

test('a deep link reloads to the same view', async ({ explainer, page }) => {
  await explainer.open('#step=trade-then-delisting&event=listing-lifted');
  await expect(explainer.title).toHaveText('The label comes off');
  await expect(explainer.event('listing-lifted')).toHaveAttribute('aria-pressed', 'true');
  await expect(explainer.asOf).toHaveText('April 2025');
  await page.reload();
  await explainer.interactive();
  await expect(explainer.title).toHaveText('The label comes off');
  await expect(explainer.detail.locator('h3')).toHaveText('Russia drops the terrorist label');
  expect(explainer.hash()).toBe('step=trade-then-delisting&event=listing-lifted');

  // A link shared before four cards became one still opens the card they became.
  await explainer.open('#step=who-else-has-a-stake&rel=china-taliban');
  await expect(explainer.card('envoys-taliban')).toHaveAttribute('data-selected', 'true');
  await expect.poll(() => explainer.hash()).toBe('step=who-else-has-a-stake&rel=envoys-taliban');
  await explainer.open('#step=four-years-out-in-the-cold&asof=1989&actor=soviet-union');
  await expect(explainer.asOf).toHaveText('1989');
  await expect(explainer.page.getByTestId('relationship-card')).toHaveCount(1);
});

test('back and forward move between views', async ({ explainer, page }) => {
  await explainer.open();
  await explainer.next.click();
  await explainer.next.click();
  await explainer.event('moscow-attack').click();
  await expect.poll(() => explainer.hash()).toBe('step=soviet-retreat&event=moscow-attack');
  await page.goBack();
  await expect(explainer.title).toHaveText('1989: a painful retreat');
  await expect(explainer.detail).toHaveAttribute('data-empty', 'true');
  await page.goBack();
  await expect(explainer.title).toHaveText('1979: the Soviet invasion');
  await page.goBack();
  await expect(explainer.title).toHaveText('Moscow goes first');
  await page.goForward();
  await expect(explainer.title).toHaveText('1979: the Soviet invasion');
});

test('going back twice quickly keeps the forward history', async ({ explainer, page }) => {
  await explainer.open();
  await explainer.next.click();
  await expect.poll(() => explainer.hash()).toBe('step=soviet-invasion');
  await explainer.next.click();
  await expect.poll(() => explainer.hash()).toBe('step=soviet-retreat');
  // The app writes a view to history after the next frame. Slow frames down, so that the
  // second back arrives before the first back's view would be written.
  await page.evaluate(() => {
    const raf = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback) => setTimeout(() => raf(callback), 300);
  });
  await page.goBack();
  await expect(explainer.title).toHaveText('1979: the Soviet invasion');
  await page.goBack();
  await expect(explainer.title).toHaveText('Moscow goes first');
  await page.waitForTimeout(1000);
  // Nothing stale was written over the forward history.
  expect(explainer.hash()).toBe('');
  await page.goForward();
  await expect(explainer.title).toHaveText('1979: the Soviet invasion');
  await page.goForward();
  await expect(explainer.title).toHaveText('1989: a painful retreat');
});

test('editing the hash by hand moves the view', async ({ explainer, page }) => {
  await explainer.open();
  await page.evaluate(() => { location.hash = '#step=soviet-invasion'; });
  await expect(explainer.title).toHaveText('1979: the Soviet invasion');
  await expect(explainer.currentProgressStep).toHaveAttribute('href', '#step=soviet-invasion');
});

// Links shared when the walkthrough had 13 steps numbered them (#step=3); a number is read in
// that old order (a removed step opens the step that holds its facts), and the URL is then
// rewritten to name the step by id.
test('an old numbered link opens the step it named, and the URL then names it by id', async ({ explainer, page }) => {
  for (const [hash, id, title] of [
    ['#step=2', 'four-years-out-in-the-cold', 'Four years out in the cold'],
    ['#step=5', 'who-else-has-a-stake', 'Who else has a stake'],
    ['#step=7', 'trade-with-russia', 'On the terrorist list, and trading'],
    ['#step=9&event=moscow-attack', 'common-enemy', 'Security and ISIS-K'],
    ['#step=10', 'necessary-not-ideal', 'Necessary, not ideal'],
    ['#step=11', 'soviet-invasion', '1979: the Soviet invasion'],
    ['#step=13', 'realpolitik', 'Realpolitik, not nostalgia'],
  ]) {
    await explainer.open(hash);
    await expect(explainer.title, hash).toHaveText(title);
    expect(await explainer.stepNumber(), hash).toEqual([STEPS.indexOf(id) + 1, STEPS.length]);
    const rest = hash.includes('&') ? hash.slice(hash.indexOf('&')) : '';
    await expect.poll(() => explainer.hash(), hash).toBe(`step=${id}${rest}`);
  }
  // Old step 3 (Kabul's welcome) is now part of the first step: the start view, with no hash.
  await explainer.open('#step=3');
  await expect(explainer.title).toHaveText('Moscow goes first');
  await expect.poll(() => explainer.hash()).toBe('');
  await expect(explainer.event('moscow-attack')).toHaveAttribute('aria-pressed', 'false');
  // Edited by hand, an old number moves the view too, and is rewritten.
  await page.evaluate(() => { location.hash = '#step=12'; });
  await expect(explainer.title).toHaveText('1989: a painful retreat');
  await expect.poll(() => explainer.hash()).toBe('step=soviet-retreat');
  // A removed step's id opens the step that holds its facts.
  await explainer.open('#step=women-shut-out');
  await expect(explainer.title).toHaveText('Who else has a stake');
  await expect.poll(() => explainer.hash()).toBe('step=who-else-has-a-stake');
});

for (const hash of [
  '#step=99999',
  '#step=0',
  '#step=14',
  '#step=kabul',
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
    expect(await explainer.stepNumber()).toEqual([1, STEPS.length]);
    // The URL is cleaned to the start view's.
    await expect.poll(() => explainer.hash()).toBe('');
    // The app still works.
    await explainer.next.click();
    await expect(explainer.title).toHaveText('1979: the Soviet invasion');
    expect(dialogs).toBe(0);
  });
}
