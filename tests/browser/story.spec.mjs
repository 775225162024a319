// What holds for any story, written without knowing which: it runs on the main story and on
// every story in stories/ (playwright.config.mjs gives each its own project and site). The
// page names itself from its story and offers only the languages it has; at phone and
// desktop widths, in every language it has, each step's stage is in view after Next and its
// map has nothing cut or overlapping; axe finds nothing in light and dark. Step ids, names and
// languages are read from the page, never written here.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.mjs';
import { mapProblems, stageInView } from './stage-checks.mjs';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The site's languages as its main page links them: each its path from the site's root
 * (`''` for the original). */
async function languages(page, site) {
  await page.goto(site);
  const others = await page.locator('.languages a[hreflang]').evaluateAll(
    (links) => links.map((a) => a.getAttribute('href')));
  return ['', ...others.map((href) => new URL(href, site).href.slice(site.length))];
}

test('the page names itself from its story and offers only the languages it has', async ({ page, site }) => {
  const paths = await languages(page, site);
  for (const path of paths) {
    await page.goto(site + path);
    await expect(page.locator('html')).toHaveAttribute('data-interactive', 'true');
    const headline = (await page.locator('h1').textContent()).trim();
    expect(headline.length).toBeGreaterThan(0);
    expect(await page.title(), `the title of /${path} is its headline's`).toContain(headline);
    const description = await page.locator('meta[name=description]').getAttribute('content');
    expect(description?.trim().length, `/${path} has a description`).toBeGreaterThan(20);
    // A story with no translation has no language switcher, and no page says otherwise.
    const alternates = await page.locator('link[rel=alternate][hreflang]:not([hreflang=x-default])').count();
    await expect(page.getByTestId('languages')).toHaveCount(paths.length > 1 ? 1 : 0);
    expect(alternates, `/${path}: alternate-language links`).toBe(paths.length > 1 ? paths.length : 0);
  }
});

for (const [width, height] of [[360, 780], [1280, 800]]) {
  test(`at ${width}×${height}, in every language, each step's stage is in view after Next and its map is legible`, async ({ browser, site }) => {
    test.slow();
    const found = [];
    const probe = await browser.newPage();
    const paths = await languages(probe, site);
    await probe.close();
    for (const path of paths) {
      const page = await browser.newPage({ viewport: { width, height }, reducedMotion: 'reduce' });
      await page.goto(site + path);
      await expect(page.locator('html')).toHaveAttribute('data-interactive', 'true');
      await page.evaluate(() => document.querySelector('.walkthrough').scrollIntoView({ block: 'start', behavior: 'instant' }));
      const steps = await page.locator('.walkthrough li.step').count();
      expect(steps, 'the walkthrough has steps').toBeGreaterThan(1);
      let first;
      for (let step = 1; step <= steps; step++) {
        if (step > 1) await page.getByTestId('step-next').click();
        await page.waitForFunction((n) => document.querySelectorAll('.walkthrough li.step')[n - 1]?.getAttribute('aria-current') === 'step', step);
        const where = `/${path} at step ${step}`;
        const at = await page.evaluate(stageInView);
        first ??= at.next;
        if (Math.abs(at.next[1] - first[1]) > 2 || Math.abs(at.next[0] - first[0]) > 2) found.push(`${where}: Next moved`);
        if (!at.title) found.push(`${where}: the step's title is out of view`);
        if (!at.marker) found.push(`${where}: the time marker is out of view`);
        for (const [id, seen] of at.relationships) if (!seen) found.push(`${where}: ${id} is out of view or without words`);
        const map = await page.evaluate(mapProblems);
        if (map.count <= 4) found.push(`${where}: the map has only ${map.count} texts`);
        found.push(...map.problems.map((p) => `${where}: ${p}`));
      }
      await page.close();
    }
    expect(found).toEqual([]);
  });

  for (const colorScheme of ['light', 'dark']) {
    test(`axe finds no violations at ${width} px, ${colorScheme}, at the first and last steps`, async ({ browser, site }) => {
      test.slow();
      const context = await browser.newContext({ viewport: { width, height }, colorScheme, bypassCSP: true });
      const page = await context.newPage();
      await page.goto(site);
      const last = await page.locator('[data-testid="progress-step"]').last().getAttribute('href');
      for (const hash of ['', last]) {
        await page.goto(site + hash);
        await expect(page.locator('html')).toHaveAttribute('data-interactive', 'true');
        // Render what content-visibility leaves out until scrolled to (accessibility.spec.mjs).
        await page.addStyleTag({ content: '.cards > li, .timeline, .relationships { content-visibility: visible !important; }' });
        const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        const found = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0].target}`);
        expect(found, `axe at ${width}px ${colorScheme} ${hash}`).toEqual([]);
      }
      await context.close();
    });
  }
}
