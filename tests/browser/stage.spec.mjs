// The stage: pressing "Next" changes what the step is about right beside its words. At phone
// and desktop sizes, with no scrolling between presses, each step's title, the time strip's
// marker and each of its relationships (an edge with its stance in words) are in view, and
// "Next" stays where the finger is. Edges are chosen by click and by keyboard; the map's
// stances follow the step's date; targets are big enough and not covered; motion is short
// and absent for readers who ask for less.
import { test, expect } from './fixtures.mjs';
import { stageInView as measure } from './stage-checks.mjs';

for (const [width, height] of [[360, 780], [1280, 800]]) {
  test(`at ${width}×${height}, every step shows its title, date and relationships in view, and Next stays put`, async ({ browser, site }) => {
    const page = await browser.newPage({ viewport: { width, height }, colorScheme: 'light' });
    await page.goto(site);
    await expect(page.locator('html')).toHaveAttribute('data-interactive', 'true');
    await page.evaluate(() => document.querySelector('.walkthrough').scrollIntoView({ block: 'start', behavior: 'instant' }));
    const steps = await page.locator('.step').count();
    let first;
    for (let step = 1; step <= steps; step++) {
      if (step > 1) await page.getByTestId('step-next').click();
      await expect(page.locator('.step-count span')).toHaveText(String(step));
      await page.waitForTimeout(250); // the marker's 200 ms move
      const at = await page.evaluate(measure);
      first ??= at.next;
      expect(Math.abs(at.next[0] - first[0]), `Next moved sideways at step ${step}`).toBeLessThanOrEqual(2);
      expect(Math.abs(at.next[1] - first[1]), `Next moved up or down at step ${step}`).toBeLessThanOrEqual(2);
      expect(at.title, `step ${step}: title in view`).toBe(true);
      expect(at.marker, `step ${step}: time marker in view`).toBe(true);
      expect(at.relationships.length, `step ${step} has relationships on the map`).toBeGreaterThan(0);
      for (const [id, seen] of at.relationships) {
        expect(seen, `step ${step}: ${id} in view with its stance in words`).toBe(true);
      }
    }
    await page.close();
  });
}

test('the map shows each relationship by its stance as of the step, and what changed', async ({ explainer, page }) => {
  const edge = (id) => page.locator(`[data-testid="map-edge"][data-relationship-id="${id}"]`);
  // Step 5: 2022, Russia still lists the Taliban as terrorists, and they trade; the US
  // relationship is not in this step, so its label is not shown.
  await explainer.open('#step=trade-with-russia');
  await expect(edge('russia-taliban')).toHaveAttribute('data-stance', 'terrorist-listing');
  await expect(edge('russia-taliban')).toHaveAttribute('data-highlighted', 'true');
  await expect(edge('russia-taliban').locator('.edge-text:visible')).toHaveText(['Listed as terrorists', 'Pragmatic ties']);
  await expect(edge('us-taliban')).toBeHidden();
  // 2022 comes after a step in 2021: forward in time, not back; the trade is new.
  await expect(page.getByTestId('stage-back')).toHaveCount(0);
  await expect(page.getByTestId('stage-change')).toHaveCount(1);
  await expect(page.getByTestId('stage-change')).toContainText(/in practice, new:\s*◐\s*Pragmatic ties/);
  await expect(page.getByTestId('time-marker')).toHaveText('2022');
  // The map's name says its date, which follows the step.
  await expect(page.locator('svg.map')).toHaveAccessibleName('Relationship map as of 2022');

  // Step 2: 1979 comes after a step in 2025: the stage says it goes back, and reports no change.
  await explainer.open('#step=soviet-invasion');
  await expect(page.getByTestId('stage-back')).toHaveText('Back in time: 3 July 2025 → 1979. The map as it stood then.');
  await expect(page.getByTestId('stage-change')).toHaveCount(0);
  await expect(page.getByTestId('time-marker')).toHaveText('1979');
  await expect(edge('soviet-union-mujahideen')).toHaveAttribute('data-stance', 'at-war');
  await expect(edge('russia-taliban')).toBeHidden();
  // Step 3: 1989, the war ends.
  await explainer.next.click();
  await expect(page.getByTestId('stage-back')).toHaveCount(0);
  await expect(page.getByTestId('stage-change')).toHaveCount(1);
  await expect(page.getByTestId('stage-change')).toHaveAttribute('data-relationship-id', 'soviet-union-mujahideen');
  await expect(page.getByTestId('stage-change')).toContainText(/in practice: was ⚔\s*At war/);
  await expect(page.getByTestId('stage-change')).toContainText(/now\s*■\s*Ended/);
  // Backwards reads the same: step 2 again (back in time from step 1), then 3 again.
  await explainer.prev.click();
  await expect(page.getByTestId('stage-change')).toHaveCount(0);
  await expect(page.getByTestId('stage-back')).toBeVisible();
  await explainer.next.click();
  await expect(page.getByTestId('stage-change')).toContainText(/was ⚔\s*At war/);

  // Step 7: April 2025, the label comes off; trade went on.
  await explainer.open('#step=common-enemy');
  await expect(edge('russia-taliban')).toHaveAttribute('data-stance', 'terrorist-listing');
  await explainer.next.click();
  await expect(edge('russia-taliban')).toHaveAttribute('data-stance', 'no-formal-ties');
  await expect(edge('russia-taliban').locator('.edge-text:visible')).toHaveText(['Not recognised', 'Pragmatic ties']);
  await expect(page.getByTestId('stage-back')).toHaveCount(0);
  await expect(page.getByTestId('time-marker')).toHaveText('April 2025');
  const change = page.getByTestId('stage-change');
  await expect(change).toHaveCount(1);
  await expect(change).toHaveAttribute('data-relationship-id', 'russia-taliban');
  await expect(change).toContainText(/officially: was ⊗\s*Listed as terrorists/);
  await expect(change).toContainText(/now\s*○\s*Not recognised/);
  // Back to step 6 and on again: the change belongs to step 7. Step 6 has its own: the
  // hostility US intelligence links to ISIS-K begins in March 2024.
  await explainer.prev.click();
  await expect(page.getByTestId('stage-change')).toHaveCount(1);
  await expect(page.getByTestId('stage-change')).toHaveAttribute('data-relationship-id', 'isis-k-russia');
  await expect(page.getByTestId('stage-change')).toContainText(/in practice, new:\s*✕\s*Hostile/);
  await explainer.next.click();
  await expect(page.getByTestId('stage-change')).toContainText(/was ⊗\s*Listed as terrorists/);
  // Exactly the step's relationships stand out; the first step marks nothing as changed.
  await explainer.open('#step=first-to-recognise');
  await expect(page.locator('[data-testid="map-edge"][data-highlighted="true"]')).toHaveCount(1);
  await expect(page.getByTestId('stage-change')).toHaveCount(0);
});

test('an edge is chosen by click and by keyboard, with a visible focus ring', async ({ explainer, page }) => {
  await explainer.open('#step=who-else-has-a-stake');
  const edge = page.locator('[data-testid="map-edge"][data-relationship-id="envoys-taliban"]');
  await edge.locator('.edge-box').click();
  await expect(edge).toHaveAttribute('aria-pressed', 'true');
  await expect(explainer.card('envoys-taliban')).toHaveAttribute('data-selected', 'true');
  await expect.poll(() => explainer.hash()).toContain('rel=envoys-taliban');
  // By keyboard: Tab reaches the edges; Enter chooses, Space chooses again (unchooses).
  await edge.focus();
  await page.keyboard.press('Shift');
  const ring = await edge.locator('.edge-box').evaluate((el) => getComputedStyle(el).outlineColor);
  const focusColour = await page.locator('.explainer').evaluate((el) => getComputedStyle(el).getPropertyValue('--focus').trim());
  expect(ring).toBe(hexToRgb(focusColour));
  await page.keyboard.press(' ');
  await expect(edge).toHaveAttribute('aria-pressed', 'false');
  const other = page.locator('[data-testid="map-edge"][data-relationship-id="taliban-afghan-women"]');
  await expect(other).toHaveAttribute('data-highlighted', 'true');
  // Tab moves on through the map's edges and nodes until it reaches the other edge.
  for (let i = 0; i < 20 && !(await other.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement.closest('svg.map') !== null), 'Tab stays on the map').toBe(true);
  }
  await expect(other).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(other).toHaveAttribute('aria-pressed', 'true');
  await expect(explainer.card('taliban-afghan-women')).toHaveAttribute('data-selected', 'true');
  // A node filters the cards to its actor, by keyboard too (Russia's node is covered by a
  // label in this step, so the Taliban's).
  const node = page.locator('.map-node[data-filter-actor="taliban"]');
  await expect(node).toBeVisible();
  await node.focus();
  await page.keyboard.press('Enter');
  await expect(node).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('actor-filter')).toHaveValue('taliban');
});

function hexToRgb(hex) {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
}

test('touch targets are at least 24×24 px and not covered, on the map and everywhere else', async ({ browser, site }) => {
  const page = await browser.newPage({ viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true });
  for (const hash of ['', '#step=who-else-has-a-stake', '#step=common-enemy&event=moscow-attack']) {
    await page.goto(site + hash);
    await expect(page.locator('html')).toHaveAttribute('data-interactive', 'true');
    await page.addStyleTag({ content: '.cards > li, .timeline, .relationships { content-visibility: visible !important; }' }).catch(() => {});
    // A relationship shows its chips and sources once opened: open one, so they are measured too.
    const toggle = page.locator('.card-toggle').first();
    await toggle.tap();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const { problems: small, checked } = await page.evaluate(async () => {
      const problems = [];
      const checked = {};
      const targets = [...document.querySelectorAll('.explainer :is(button, a[href], select, summary, [role="button"])')]
        .filter((el) => el.getClientRects().length > 0 && !el.closest('.sr-only')
          // Not shown: in a closed list, or on the map outside the step's frame.
          && !(el.closest('details:not([open])') && !el.matches('summary'))
          && getComputedStyle(el).pointerEvents !== 'none' && getComputedStyle(el).visibility !== 'hidden');
      for (const el of targets) {
        // Links inside running text are exempt (WCAG 2.5.8, inline).
        // (The progress row's links are controls, not running text.)
        if (el.tagName === 'A' && el.closest('p, li') && !el.classList.contains('button') && !el.closest('[data-testid="progress"]')) continue;
        el.scrollIntoView({ block: 'center', behavior: 'instant' });
        const kind = el.matches('.chip') ? 'chip' : el.matches('.map-edge') ? 'edge' : el.matches('.map-node') ? 'node'
          : el.matches('.event-button') ? 'event' : el.matches('[data-testid="progress-step"]') ? 'progress' : el.tagName.toLowerCase();
        checked[kind] = (checked[kind] || 0) + 1;
        // The part of the target a finger can press: its box, less what covers it.
        const hit = el.matches('.map-edge') ? el.querySelector('.edge-box') : el.matches('.map-node') ? el.querySelector('.hit') : el;
        const box = hit.getBoundingClientRect();
        const name = (el.getAttribute('aria-label') || el.textContent).trim().slice(0, 40);
        if (box.width < 24 || box.height < 24) {
          problems.push(`${name}: ${Math.round(box.width)}×${Math.round(box.height)}`);
          continue;
        }
        // 24×24 around its centre belongs to it (nothing else on top).
        const cx = box.left + box.width / 2, cy = box.top + box.height / 2;
        for (const [dx, dy] of [[-11, -11], [11, -11], [-11, 11], [11, 11], [0, 0]]) {
          const top = document.elementFromPoint(cx + dx, cy + dy);
          if (top && !el.contains(top) && !top.contains(el)) {
            problems.push(`${name}: covered at (${dx}, ${dy}) by ${top.tagName}.${top.className?.baseVal ?? top.className}`);
            break;
          }
        }
      }
      return { problems, checked };
    });
    expect(small, `targets at 360 px ${hash}`).toEqual([]);
    // Every kind of control was measured: steps, the map, the timeline, chips, cards.
    for (const kind of ['edge', 'node', 'event', 'chip', 'progress', 'button', 'a', 'summary', 'select']) {
      expect(checked[kind] ?? 0, `${kind} targets measured (${JSON.stringify(checked)})`).toBeGreaterThan(0);
    }
  }
  await page.close();
});

test('a step change moves the marker and fades the labels in at most 400 ms, and nothing moves with reduced motion', async ({ browser, site }) => {
  for (const reducedMotion of ['no-preference', 'reduce']) {
    const page = await browser.newPage({ reducedMotion });
    await page.goto(site);
    await expect(page.locator('html')).toHaveAttribute('data-interactive', 'true');
    const durations = await page.evaluate(() => ['.time-marker', '.edge-line', '.map-edge[data-highlighted]'].map((s) =>
      getComputedStyle(document.querySelector(s)).transitionDuration.split(',').map(parseFloat)));
    for (const list of durations) {
      for (const seconds of list) {
        if (reducedMotion === 'reduce') expect(seconds).toBe(0);
        else expect(seconds).toBeLessThanOrEqual(0.4);
      }
    }
    if (reducedMotion === 'no-preference') expect(Math.max(...durations.flat())).toBeGreaterThan(0);
    await page.close();
  }
});

test('with JavaScript off, every step\'s stage is in the page as text, and the map of the first', async ({ browser, site }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site);
  const steps = await page.locator('.step').count();
  await expect(page.locator('.stage-step')).toHaveCount(steps);
  // Each step's words: its relationships with their stances on its date.
  const texts = await page.locator('.stage-step').allTextContents();
  expect(texts[4]).toContain('As of 2022');
  expect(texts[4]).toContain('Russia – Taliban');
  expect(texts[4]).toContain('Listed as terrorists');
  expect(texts[4]).toContain('Since 2022 Afghanistan buys Russian fuel and grain');
  // Readable, not only present: each step's stage words show, one after another.
  await expect(page.locator('.stage-step').nth(4)).toBeVisible();
  await expect(page.locator('.stage-step').nth(4)).toContainText('Step 5: As of 2022');
  await expect(page.getByTestId('map-edge').first()).toBeVisible();
  await expect(page.locator('svg.map')).toHaveAccessibleName('Relationship map as of 3 July 2025');
  await context.close();
});

// Where the reader is: on a phone after "Next", the step's title, the whole map and the first
// line of what changed are on screen together (above the pinned Previous/Next bar), whether
// the reader began at the top of the page or not; "Next" keeps its place. On a desktop, what
// changed is in view after "Next".
for (const [width, height] of [[360, 740], [390, 844], [1024, 768], [1280, 800]]) {
  test(`from the top of the page at ${width}×${height}, after each Next the title, the whole map and what changed are in view`, async ({ browser, site }) => {
    const page = await browser.newPage({ viewport: { width, height }, reducedMotion: 'reduce' });
    await page.goto(site);
    await expect(page.locator('html')).toHaveAttribute('data-interactive', 'true');
    const steps = await page.locator('.walkthrough li.step').count();
    const phone = width < 900;
    let first;
    for (let step = 2; step <= steps; step++) {
      await page.getByTestId('step-next').click();
      await page.waitForFunction((n) => document.querySelectorAll('.walkthrough li.step')[n - 1]?.getAttribute('aria-current') === 'step', step);
      await page.waitForTimeout(100); // the scroll, after the next paint
      const at = await page.evaluate(() => {
        const nav = document.querySelector('.step-nav').getBoundingClientRect();
        const bottom = nav.top > innerHeight / 2 ? nav.top : innerHeight;
        const seen = (el) => {
          if (!el) return null;
          const b = el.getBoundingClientRect();
          return b.top >= -1 && b.bottom <= bottom + 1 && b.left >= -1 && b.right <= innerWidth + 1;
        };
        const next = document.querySelector('[data-testid="step-next"]').getBoundingClientRect();
        const change = document.querySelector('.stage-step[data-current] :is(.stage-back, .stage-changes li)');
        return {
          title: seen(document.querySelector('[data-testid="step-title"]')),
          map: seen(document.querySelector('svg.map')),
          change: change ? seen(change) : true,
          next: [next.left, next.top],
          pinned: nav.bottom >= innerHeight - 1,
          // The bar's controls (and the count, if shown) inside it and on screen, in every
          // language. (The count screen readers hear is not drawn: it has no place to keep.)
          spill: [...document.querySelectorAll('.step-nav > :not(.sr-only)')]
            .filter((el) => { const b = el.getBoundingClientRect(); return b.left < nav.left || b.right > nav.right || b.right > innerWidth; })
            .map((el) => el.className),
        };
      });
      expect(at.title, `step ${step}: title in view`).toBe(true);
      expect(at.change, `step ${step}: what changed in view`).toBe(true);
      expect(at.spill, `step ${step}: Previous and Next fit the bar`).toEqual([]);
      if (phone) {
        expect(at.map, `step ${step}: the whole map in view`).toBe(true);
        expect(at.pinned, `step ${step}: Previous/Next pinned at the bottom`).toBe(true);
      }
      first ??= at.next;
      expect(Math.abs(at.next[1] - first[1]), `step ${step}: Next moved`).toBeLessThanOrEqual(2);
      expect(Math.abs(at.next[0] - first[0]), `step ${step}: Next moved`).toBeLessThanOrEqual(2);
    }
    await page.close();
  });
}
