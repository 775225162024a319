// Embedding: the host pages (examples/host/) on another loopback origin than the explainer.
// With pym.js's parent and with our loader the iframe ends within 2 px of its content height
// after load, a step change and narrowing to 360 px; state goes both ways through the host's
// URL; sandboxed frames work; hostile messages change nothing; a script mount keeps styles
// apart both ways.
import { test, hostTest, expect, expectSized } from './fixtures.mjs';

/** The embedded explainer's frame once it is interactive. */
async function explainerFrame(page) {
  const handle = await page.waitForSelector('iframe');
  const frame = await handle.contentFrame();
  await frame.waitForSelector('html[data-interactive="true"]');
  return { handle, frame };
}

/** After "Next" to step 2: the stage (in `root`, a frame or the mount) shows step 2's
 * relationships as of 1979, right under or beside the step's words. */
async function expectStage(root) {
  await expect(root.getByTestId('stage')).toBeVisible();
  await expect(root.getByTestId('time-marker')).toHaveText('1979');
  const focus = root.locator('[data-testid="map-edge"][data-highlighted="true"]');
  await expect(focus).toHaveCount(2);
  await expect(root.locator('[data-testid="map-edge"][data-relationship-id="soviet-union-mujahideen"]')).toHaveAttribute('data-stance', 'at-war');
  // Russia and the Taliban have no relationship on the map yet in 1979.
  await expect(root.locator('[data-testid="map-edge"][data-relationship-id="russia-taliban"]')).toBeHidden();
  // Adjacent to the words (no sticking needed): on a wide page the stage begins beside the
  // step's words; on a narrow one (one column, the words' wrapper out of the way) the time
  // strip and the map come right under the step's title.
  const words = await root.locator('.step-words').boundingBox();
  if (words) {
    const stage = await root.getByTestId('stage').boundingBox();
    const beside = Math.abs(stage.y - words.y) <= 2 && stage.x >= words.x + words.width;
    expect(beside, `stage ${JSON.stringify(stage)} beside words ${JSON.stringify(words)}`).toBe(true);
  } else {
    const title = await root.getByTestId('step-title').boundingBox();
    const map = await root.locator('svg.map').boundingBox();
    const below = map.y - (title.y + title.height);
    expect(below >= 0 && below <= 100, `map ${JSON.stringify(map)} under title ${JSON.stringify(title)}`).toBe(true);
  }
}

for (const mode of ['loader', 'pym']) {
  hostTest(`${mode}: the iframe fits its content after load, a step change and at 360 px`, async ({ page, hostSite }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(hostSite + mode + '.html');
    const { handle, frame } = await explainerFrame(page);
    await expect(frame.locator('html')).toHaveClass(/embed/);
    await expectSized(handle, frame);
    const before = (await handle.boundingBox()).height;
    await frame.getByTestId('step-next').click();
    await expect(frame.getByTestId('step-title')).toHaveText('1979: the Soviet invasion');
    await expectStage(frame);
    await expectSized(handle, frame);
    await page.setViewportSize({ width: 360, height: 800 });
    await expectSized(handle, frame);
    await expectStage(frame);
    expect((await handle.boundingBox()).height).toBeGreaterThan(before);
  });
}

hostTest('loader: a view chosen in the frame appears in the host URL and reopens there', async ({ page, hostSite }) => {
  await page.goto(hostSite + 'loader.html');
  const { frame } = await explainerFrame(page);
  await frame.getByTestId('step-next').click();
  await frame.locator('[data-event-id="terror-listing"]').click();
  await expect.poll(() => new URL(page.url()).hash).toBe('#explainer=step%3Dsoviet-invasion%26event%3Dterror-listing');

  const shared = page.url();
  const reader = await page.context().newPage();
  await reader.goto(shared);
  const { frame: again } = await explainerFrame(reader);
  await expect(again.getByTestId('step-title')).toHaveText('1979: the Soviet invasion');
  await expect(again.locator('[data-event-id="terror-listing"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(again.getByTestId('as-of')).toHaveText('2003');
  await reader.close();
});

hostTest('loader: the host keeps the rest of its own hash', async ({ page, hostSite }) => {
  await page.goto(hostSite + 'loader.html#comments&explainer=step%3Dsoviet-retreat');
  const { frame } = await explainerFrame(page);
  await expect(frame.getByTestId('step-title')).toHaveText('1989: a painful retreat');
  await frame.getByTestId('step-next').click();
  await expect.poll(() => new URL(page.url()).hash).toBe('#comments&explainer=step%3Dfour-years-out-in-the-cold');
});

hostTest('a sandboxed iframe (allow-scripts only) is interactive and sized', async ({ page, hostSite }) => {
  await page.goto(hostSite + 'sandboxed.html');
  const { handle, frame } = await explainerFrame(page);
  expect(await handle.getAttribute('sandbox')).toBe('allow-scripts');
  expect(await frame.evaluate(() => window.origin)).toBe('null');
  await expectSized(handle, frame);
  await frame.getByTestId('step-next').click();
  await expect(frame.getByTestId('step-title')).toHaveText('1979: the Soviet invasion');
  await expectStage(frame);
  await frame.locator('[data-event-id="moscow-attack"]').click();
  await expect(frame.getByTestId('as-of')).toHaveText('March 2024');
  await expectSized(handle, frame);
});

hostTest('a plain iframe works with no script on the host (fixed height, scrolls inside)', async ({ page, hostSite }) => {
  await page.goto(hostSite + 'iframe.html');
  const { handle, frame } = await explainerFrame(page);
  expect(await handle.getAttribute('height')).toBe('1400');
  await frame.getByTestId('step-next').click();
  await expect(frame.getByTestId('step-title')).toHaveText('1979: the Soviet invasion');
  await expectStage(frame);
});

hostTest('a burst of hostile messages changes nothing and logs no error', async ({ page, hostSite, errors }) => {
  await page.goto(hostSite + 'loader.html');
  const { handle, frame } = await explainerFrame(page);
  await expectSized(handle, frame);
  await frame.getByTestId('step-next').click();
  await expect.poll(() => new URL(page.url()).hash).toBe('#explainer=step%3Dsoviet-invasion');
  const height = await handle.getAttribute('height');
  const url = page.url();

  const garbage = [
    'pymxPYMxexplainer-frame-0xPYMxheightxPYMx1', 'pymxPYMxexplainer-frame-0xPYMxheightxPYMx99999999',
    'pymxPYMxotherxPYMxheightxPYMx50', 'pymxPYMxexplainer-frame-0xPYMxwidthxPYMx<script>',
    'pymxPYMx', 'x'.repeat(1 << 20), '', null, undefined, 42, true, [1, 2, 3],
    { type: 'explainer:state', hash: '#step=common-enemy' }, { type: 'explainer:state', hash: '#step=9' },
    { type: 'explainer:state', hash: '<img src=x onerror=alert(1)>' },
    { type: 'explainer:state', hash: 'javascript:alert(1)' }, { type: 'explainer:state', hash: 'x'.repeat(100000) },
    { sentinel: 'amp', type: 'embed-size', height: 5 }, { type: 'explainer:navigate', href: 'https://evil.example/' },
    { type: 'explainer:state', hash: { toString: 'x' } }, { __proto__: { type: 'explainer:state' }, hash: '#step=5' },
  ];
  // From the host page to the frame, and to the host page itself (the wrong source for the
  // loader: only the frame may size it or set the hash).
  await page.evaluate((messages) => {
    const frame = document.querySelector('iframe').contentWindow;
    for (const m of messages) {
      try { frame.postMessage(m, '*'); } catch (e) { /* uncloneable: the browser refuses it */ }
      try { window.postMessage(m, '*'); } catch (e) { /* same */ }
    }
  }, garbage);
  // And 400 random ones in the protocols' shapes (a seeded generator, so a failure repeats).
  await page.evaluate(() => {
    let seed = 20250703;
    const rand = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    const piece = () => ['pym', 'xPYMx', 'explainer-frame-0', 'height', 'width', String(rand(1e7)), '<', '"', '#', '\u202E', ''][rand(11)];
    const frame = document.querySelector('iframe').contentWindow;
    for (let i = 0; i < 400; i++) {
      const text = Array.from({ length: rand(8) }, piece).join('');
      const message = [text, { type: 'explainer:state', hash: text }, { sentinel: 'amp', type: 'embed-size', height: text }, [text]][rand(4)];
      frame.postMessage(message, '*');
      window.postMessage(message, '*');
    }
  });
  // From inside the frame, to itself (wrong source for the child).
  await frame.evaluate((messages) => { for (const m of messages) window.postMessage(m, '*'); },
    ['pymxPYMxexplainer-frame-0xPYMxwidthxPYMx500', { type: 'explainer:state', hash: '#step=on-the-terror-list' }]);
  await page.waitForTimeout(1000);

  expect(await handle.getAttribute('height')).toBe(height);
  expect(page.url()).toBe(url);
  await expect(frame.getByTestId('step-title')).toHaveText('1979: the Soviet invasion');
  expect(await page.evaluate(() => document.querySelectorAll('img, script[src*="evil"]').length)).toBe(0);
  // Still working.
  await frame.getByTestId('step-next').click();
  await expect.poll(() => new URL(page.url()).hash).toBe('#explainer=step%3Dsoviet-retreat');
  expect(errors).toEqual([]);
});

hostTest('script mount: host CSS does not reach the explainer and its CSS does not leak out', async ({ page, hostSite, site }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  // The explainer's own look, standalone.
  await page.goto(site);
  await page.waitForSelector('html[data-interactive="true"]');
  // The headline's size follows its container's width (clamp with cqw), so it is checked
  // against its range below; everything else must match exactly.
  const styleOf = () => (el) => {
    const s = getComputedStyle(el);
    const size = el.tagName === 'H1' ? '' : `${s.fontSize} ${s.letterSpacing} ${s.lineHeight}`;
    return [s.fontFamily, size, s.color, s.backgroundColor, s.fontWeight, s.textTransform, s.borderTopWidth, s.paddingLeft].join(' | ');
  };
  const probes = ['h1', '[data-testid="step-next"]', '[data-testid="step-title"]', '.card-toggle', '.event-button'];
  const alone = {};
  for (const p of probes) alone[p] = await page.locator(p).first().evaluate(styleOf(p));

  await page.goto(hostSite + 'mount.html');
  // The host's own elements before the explainer mounts (the loader is async).
  const hostProbes = ['#host-headline', '#host-button', '#host-intro'];
  const hostBefore = {};
  for (const p of hostProbes) hostBefore[p] = await page.locator(p).evaluate(styleOf(p));

  const mounted = page.locator('[data-explainer] .live');
  await expect(mounted).toHaveAttribute('data-interactive', 'true');
  await expect(page.locator('html')).not.toHaveAttribute('data-interactive', 'true');
  for (const p of probes) {
    expect(await mounted.locator(p).first().evaluate(styleOf(p)), p).toBe(alone[p]);
  }
  // 25.6 to 41.6 px at the designed 16 px root: not the host's 60 px, nor shrunk by its
  // 10 px root font size.
  const h1 = await mounted.locator('h1').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(h1).toBeGreaterThanOrEqual(25.6);
  expect(h1).toBeLessThanOrEqual(41.6);
  for (const p of hostProbes) {
    expect(await page.locator(p).evaluate(styleOf(p)), p).toBe(hostBefore[p]);
  }
  // It works in there, and leaves the host's URL alone.
  await mounted.getByTestId('step-next').click();
  await expect(mounted.getByTestId('step-title')).toHaveText('1979: the Soviet invasion');
  // The stage works in the mount as on the page.
  await expectStage(mounted);
  await mounted.locator('[data-event-id="terror-listing"]').click();
  await expect(mounted.getByTestId('as-of')).toHaveText('2003');
  // Roving focus works inside the shadow root too.
  await page.keyboard.press('ArrowRight');
  await expect(mounted.locator('[data-event-id="taliban-takeover"]')).toBeFocused();
  expect(new URL(page.url()).hash).toBe('');
  // The words came with the hydrated markup (the wasm carries none of the static parts).
  await expect(mounted.locator('.step[aria-current="step"]')).toContainText('drawn into a bloody war');
  await expect(mounted.getByTestId('updates')).toContainText('Rechecked against the source');
});

test('oEmbed: the page links its oEmbed description, a rich iframe', async ({ page, site }) => {
  await page.goto(site);
  const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
  const response = await page.request.get(new URL(href, site).href);
  const oembed = await response.json();
  expect(oembed.version).toBe('1.0');
  expect(oembed.type).toBe('rich');
  expect(oembed.html).toMatch(/^<iframe src="[^"]+\?embed" title="[^"]+" width="100%" height="1400"/);
  expect(oembed.height).toBe(1400);
});
