// The stage's map as the reader sees it, from the browser's own boxes in real fonts: at every
// step, in English, Russian and Dari, at 360, 390, 768 and 1280 px, under two font set-ups
// (DejaVu Sans with the bundled Noto Sans Arabic, fonts-dejavu.conf; Liberation Sans with Noto
// Naskh Arabic, fonts-alt.conf), no map text, dot or label box is cut by the map's frame, no two overlap,
// no label box is without words or taller than its words, and every actor keeps its place
// from step to step. A nudged label and a longer name make the same check fail.
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures.mjs';
import { mapProblems } from './stage-checks.mjs';

const LANGS = { en: '', ru: 'ru/', 'fa-AF': 'fa-AF/' };
const WIDTHS = [360, 390, 768, 1280];

/** The faces the browser draws the first element matching `selector` in (DevTools' own
 * answer, not the stylesheet's wish). */
async function usedFonts(page, selector) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts.map((f) => f.familyName);
}

/** Walks every step of the page at `url` at each width; returns the problems found and
 * whether any actor moved. */
async function walk(browser, url, lang, setup) {
  const found = [];
  for (const width of WIDTHS) {
    const page = await browser.newPage({ viewport: { width, height: 800 }, reducedMotion: 'reduce' });
    await page.goto(url);
    await expect(page.locator('html')).toHaveAttribute('data-interactive', 'true');
    const steps = await page.locator('.walkthrough li.step').count();
    let first;
    for (let step = 1; step <= steps; step++) {
      if (step > 1) await page.getByTestId('step-next').click();
      await page.waitForFunction((n) => document.querySelectorAll('.walkthrough li.step')[n - 1]?.getAttribute('aria-current') === 'step', step);
      const { problems, places, count } = await page.evaluate(mapProblems);
      expect(count, 'the map has texts to check').toBeGreaterThan(4);
      first ??= places;
      for (const [id, at] of Object.entries(places)) {
        if (at[0] !== first[id][0] || at[1] !== first[id][1]) found.push(`${setup} ${lang} ${width}px step ${step}: ${id} moved`);
      }
      found.push(...problems.map((p) => `${setup} ${lang} ${width}px step ${step}: ${p}`));
    }
    await page.close();
  }
  return found;
}

/** The two font set-ups: each a fontconfig file, the faces it must draw the map's names in
 * (Latin and Cyrillic; Dari), and the font files it needs. */
const SETUPS = [
  { name: 'DejaVu Sans, Noto Sans Arabic', conf: 'fonts-dejavu.conf', faces: ['DejaVu Sans', 'Noto Sans Arabic'],
    files: ['/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'], needs: 'fonts-dejavu-core' },
  { name: 'Liberation Sans, Noto Naskh Arabic', conf: 'fonts-alt.conf', faces: ['Liberation Sans', 'Noto Naskh Arabic'],
    files: ['/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf', '/usr/share/fonts/truetype/noto/NotoNaskhArabic-Bold.ttf'],
    needs: 'fonts-liberation2 and fonts-noto-core' },
];

for (const setup of SETUPS) {
  for (const lang of Object.keys(LANGS)) {
    test(`${lang}, ${setup.name}: nothing on the map is cut or overlapping, in every step at 360 to 1280 px`, async ({ site }) => {
      test.skip(!setup.files.every((f) => fs.existsSync(f)), `needs ${setup.needs} (scripts/test.sh installs them on Debian)`);
      test.slow();
      const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
        env: { ...process.env, FONTCONFIG_FILE: fileURLToPath(new URL(setup.conf, import.meta.url)) },
        args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
      });
      try {
        // The set-up is the one meant: DevTools says which face draws the map's names.
        const page = await browser.newPage();
        await page.goto(site + LANGS[lang]);
        expect(await usedFonts(page, '.map-node text')).toEqual([setup.faces[lang === 'fa-AF' ? 1 : 0]]);
        await page.close();
        expect(await walk(browser, site + LANGS[lang], lang, setup.name)).toEqual([]);
      } finally {
        await browser.close();
      }
    });
  }
}

test('the check fails on a nudged label and on a longer name', async ({ page, site }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  // The 1979 step: its first highlighted name is "United States", and a label of its own
  // (the Soviet Union and the mujahideen at war) to nudge.
  await page.goto(site + '#step=soviet-invasion');
  await expect(page.locator('html')).toHaveAttribute('data-interactive', 'true');
  await expect(page.locator('.map-node[data-highlighted] tspan').first()).toHaveText('United States');
  await expect(page.locator('.map-edge[data-highlighted] foreignObject').first()).toBeAttached();
  expect((await page.evaluate(mapProblems)).problems).toEqual([]);
  // A label moved onto a name: an overlap.
  await page.evaluate(() => {
    const label = document.querySelector('.map-edge[data-highlighted] foreignObject');
    const name = document.querySelector('.map-node[data-highlighted] text');
    const at = name.getBBox();
    label.setAttribute('x', String(at.x));
    label.setAttribute('y', String(at.y - 10));
  });
  expect((await page.evaluate(mapProblems)).problems.join('\n')).toMatch(/overlaps/);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-interactive', 'true');
  // A name three times as long: it runs off the map or into its neighbours.
  await page.evaluate(() => {
    const row = document.querySelector('.map-node[data-highlighted] tspan');
    row.textContent = row.textContent.repeat(6);
  });
  expect((await page.evaluate(mapProblems)).problems.join('\n')).toMatch(/cut by the frame|overlaps/);
});

test('the Dari map is measured as drawn, right to left', async ({ page, site }) => {
  await page.goto(site + 'fa-AF/#step=common-enemy');
  await expect(page.locator('html')).toHaveAttribute('data-interactive', 'true');
  const direction = await page.locator('.map-edge[data-highlighted] .edge-text').first().evaluate((el) => getComputedStyle(el).direction);
  expect(direction).toBe('rtl');
});
