// Accessibility: axe-core finds nothing at phone and desktop widths in light and dark (in the
// start view and with an event and a card chosen); landmarks and headings; a visible focus
// ring; no transitions for readers who ask for reduced motion; a touch-usable vertical
// timeline below 600 px.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.mjs';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

for (const width of [360, 1280]) {
  for (const colorScheme of ['light', 'dark']) {
    test(`axe finds no violations at ${width} px, ${colorScheme}`, async ({ browser, site }) => {
      // Three full axe runs take about 25 s on an idle 2-core machine: close to the default
      // 30 s, and past it while the machine is busy.
      test.slow();
      // bypassCSP: the style injected below is the test's, not the page's (the CSP itself is
      // tested in csp.spec.mjs).
      const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme, bypassCSP: true });
      const page = await context.newPage();
      for (const hash of ['', '#step=common-enemy&event=moscow-attack', '#step=who-else-has-a-stake&rel=china-taliban&asof=2021']) {
        await page.goto(site + hash);
        await expect(page.locator('html')).toHaveAttribute('data-interactive', 'true');
        // The progress row (a link to every step) is always shown, so its links are checked too.
        await expect(page.getByTestId('progress-step').first()).toBeVisible();
        // Cards off screen are not laid out (content-visibility: auto), and axe would measure
        // their buttons as zero-sized, or the sections at their placeholder height with the
        // footer's links over them; render them all so it checks what readers get.
        await page.addStyleTag({ content: '.cards > li, .timeline, .relationships { content-visibility: visible !important; }' });
        const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        const found = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0].target}`);
        expect(found, `axe at ${width}px ${colorScheme} ${hash}`).toEqual([]);
      }
      await context.close();
    });

    test(`axe finds no violations on a step's page with the share controls in use, at ${width} px, ${colorScheme}`, async ({ browser, site }) => {
      const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme });
      const page = await context.newPage();
      // A browser that will not copy: the status line and the link field both show.
      await page.addInitScript(() => {
        delete Navigator.prototype.share;
        navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
      });
      await page.goto(`${site}step/who-else-has-a-stake/`);
      await expect(page.locator('html')).toHaveAttribute('data-interactive', 'true');
      await page.getByTestId('share-step').click();
      await expect(page.getByTestId('share-url')).toBeVisible();
      await page.getByTestId('embed').locator('summary').click();
      const results = await new AxeBuilder({ page }).include('.walkthrough').withTags(WCAG).analyze();
      const found = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0].target}`);
      expect(found, `axe at ${width}px ${colorScheme} on a step's page`).toEqual([]);
      await context.close();
    });
  }
}

test('landmarks and headings are in order, with one h1', async ({ explainer, page }) => {
  await explainer.open();
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('main')).toHaveCount(1);
  await expect(page.locator('header.masthead')).toHaveCount(1);
  const levels = await page.locator('h1:visible, h2:visible, h3:visible').evaluateAll(
    (els) => els.map((el) => Number(el.tagName[1])));
  for (let i = 1; i < levels.length; i++) {
    expect(levels[i] - levels[i - 1], `heading levels ${levels}`).toBeLessThanOrEqual(1);
  }
});

test('keyboard focus is visible on every kind of control', async ({ explainer, page }) => {
  await explainer.open();
  for (const locator of [explainer.next, explainer.event('recognition'),
    explainer.card('russia-taliban').locator('.card-toggle'), page.getByTestId('as-of-earlier'),
    page.getByTestId('actor-filter'), page.getByTestId('progress-step').nth(1)]) {
    await locator.focus();
    // Focus that arrives by keyboard shows the ring (press Shift to mark keyboard modality).
    await page.keyboard.press('Shift');
    const outline = await locator.evaluate((el) => {
      const style = getComputedStyle(el);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });
    expect(outline).toMatch(/^solid [23]px$/);
  }
});

test('every control can be reached with Tab', async ({ explainer, page }) => {
  test.slow();
  await explainer.open();
  // Record each element that receives focus in the page (one round trip per key press).
  await page.evaluate(() => {
    window.__reached = new Set();
    document.addEventListener('focusin', (e) => {
      window.__reached.add(e.target.dataset.testid || e.target.className || e.target.tagName);
    });
  });
  for (let i = 0; i < 120; i++) await page.keyboard.press('Tab');
  const reached = await page.evaluate(() => [...window.__reached]);
  for (const id of ['progress-step', 'step-prev', 'step-next', 'timeline-event', 'as-of-earlier', 'as-of-later', 'actor-filter', 'card-toggle']) {
    expect(reached, id).toContain(id);
  }
});

test('no motion for readers who ask for less; no transitions at all', async ({ browser, site }) => {
  for (const reducedMotion of ['reduce', 'no-preference']) {
    const context = await browser.newContext({ reducedMotion });
    const page = await context.newPage();
    await page.goto(site);
    const scroll = await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
    expect(scroll).toBe(reducedMotion === 'reduce' ? 'auto' : 'smooth');
    for (const selector of ['.event-button', '.card', '.button', '.chip']) {
      const duration = await page.locator(selector).first().evaluate((el) => getComputedStyle(el).transitionDuration);
      expect(duration, selector).toBe('0s');
    }
    await context.close();
  }
});

test('below 600 px the timeline is vertical and works by touch', async ({ browser, site }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(site);
  await expect(page.locator('html')).toHaveAttribute('data-interactive', 'true');
  const tops = await page.locator('.events > li').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
  for (let i = 1; i < tops.length; i++) expect(tops[i]).toBeGreaterThan(tops[i - 1]);
  const event = page.locator('[data-event-id="terror-listing"]');
  const box = await event.boundingBox();
  expect(box.height).toBeGreaterThanOrEqual(44);
  await event.tap();
  await expect(page.getByTestId('as-of')).toHaveText('2003');
  await expect(page.locator('.card[data-relationship-id="russia-taliban"]')).toHaveAttribute('data-stance', 'terrorist-listing');
  await context.close();
});

// The stage with every rule axe has (best-practice and experimental besides WCAG 2.2 AA), at
// the steps the graphics editor read (then numbered 1, 4, 9 and 12; now the first step, the
// 1989 retreat, ISIS-K and who else has a stake), in English and Dari, light and dark; with
// reduced motion, so a label is measured as it stands, not while it fades in.
const EVERY_RULE = [...WCAG, 'best-practice', 'experimental'];
for (const lang of ['', 'fa-AF/']) {
  for (const width of [360, 1280]) {
    for (const colorScheme of ['light', 'dark']) {
      test(`axe with every rule finds nothing on steps 1, 3, 6 and 8, ${lang || 'en/'} at ${width} px, ${colorScheme}`, async ({ browser, site }) => {
        test.slow();
        const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme, reducedMotion: 'reduce', bypassCSP: true });
        const page = await context.newPage();
        for (const step of ['first-to-recognise', 'soviet-retreat', 'common-enemy', 'who-else-has-a-stake']) {
          await page.goto(`${site}${lang}#step=${step}`);
          await expect(page.locator('html')).toHaveAttribute('data-interactive', 'true');
          await page.addStyleTag({ content: '.cards > li, .timeline, .relationships { content-visibility: visible !important; }' });
          const results = await new AxeBuilder({ page }).withTags(EVERY_RULE).analyze();
          const found = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0].target}`);
          expect(found, `axe (every rule) ${lang || 'en/'} ${width}px ${colorScheme} step ${step}`).toEqual([]);
        }
        await context.close();
      });
    }
  }
}
