// The explainer in Russian (dist/ru/) and Dari (dist/fa-AF/, right to left): each page is
// prerendered in its language, hydrated by the same wasm as the English one without a warning,
// moves by click and by the arrow key that points the way it reads, passes axe at phone and
// desktop widths in light and dark, reads whole with JavaScript off, and embeds in its
// language; the switcher's plain links keep the reader's view.
import AxeBuilder from '@axe-core/playwright';
import { test, hostTest, expect, STEPS } from './fixtures.mjs';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const LANGS = {
  ru: {
    dir: 'ltr', next: 'ArrowRight', prev: 'ArrowLeft',
    first: 'Москва — первая', second: '1979: советское вторжение', count: 'Шаг 2 из 10', year: '1979',
    stake: 'Кого ещё это касается',
    headline: 'Как Россия первой признала власть талибов', nextWord: 'Далее',
  },
  'fa-AF': {
    dir: 'rtl', next: 'ArrowLeft', prev: 'ArrowRight',
    first: 'مسکو پیش‌قدم می‌شود', second: '۱۹۷۹: تهاجم شوروی', count: 'گام ۲ از ۱۰', year: '۱۹۷۹',
    stake: 'دیگر چه کسانی در میان‌اند',
    headline: 'روسیه چگونه نخستین کشوری شد که طالبان را به رسمیت شناخت', nextWord: 'بعدی',
  },
};

/** Console warnings, where Yew reports a hydration mismatch. */
function warnings(page) {
  const seen = [];
  page.on('console', (msg) => { if (msg.type() === 'warning') seen.push(msg.text()); });
  return seen;
}

for (const [lang, l] of Object.entries(LANGS)) {
  test(`${lang}: interactive in its language and direction, by click and by arrow keys`, async ({ page, site }) => {
    const warned = warnings(page);
    await page.goto(`${site}${lang}/`);
    await expect(page.locator('html')).toHaveAttribute('data-interactive', 'true');
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('html')).toHaveAttribute('dir', l.dir);
    await expect(page.locator('h1')).toHaveText(l.headline);
    const title = page.getByTestId('step-title');
    await expect(title).toHaveText(l.first);
    await expect(page.getByTestId('step-next')).toContainText(l.nextWord);
    await page.getByTestId('step-next').click();
    await expect(title).toHaveText(l.second);
    await expect(page.locator('.step-count')).toHaveText(l.count);
    // The progress row marks the step in the page's words and digits.
    const current = page.locator('[data-testid="progress-step"][aria-current="step"]');
    await expect(current).toHaveAccessibleName(l.count);
    await expect(current).toHaveText(new RegExp(`^${l.year}`));
    await expect(page.getByTestId('announcement')).toHaveText(`${l.count}: ${l.second}`);
    await page.getByTestId('step-prev').click();
    await expect(title).toHaveText(l.first);
    // The arrow key pointing the way the steps go (left in Dari) moves on.
    await page.getByTestId('step-next').focus();
    await page.keyboard.press(l.next);
    await expect(title).toHaveText(l.second);
    await page.keyboard.press(l.prev);
    await expect(title).toHaveText(l.first);
    // The date the cards show moves in the page's words (the wasm has none of its own).
    await page.getByTestId('as-of-earlier').click();
    const asOf = await page.getByTestId('as-of').textContent();
    expect(asOf).not.toMatch(/[A-Za-z]/);
    expect(warned, 'console warnings (hydration)').toEqual([]);
  });

  test(`${lang}: no sideways scroll at 360 px`, async ({ page, site }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    for (const hash of ['', '#step=common-enemy', '#step=soviet-retreat']) {
      await page.goto(`${site}${lang}/${hash}`);
      await expect(page.locator('html')).toHaveAttribute('data-interactive', 'true');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${lang}${hash}`).toBeLessThanOrEqual(360);
    }
  });

  for (const width of [360, 1280]) {
    for (const colorScheme of ['light', 'dark']) {
      test(`${lang}: axe finds no violations at ${width} px, ${colorScheme}`, async ({ browser, site }) => {
        // Three full axe runs: near the default 30 s while the machine is busy.
        test.slow();
        const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme, bypassCSP: true });
        const page = await context.newPage();
        for (const path of ['', '#step=common-enemy&event=moscow-attack', 'step/soviet-retreat/']) {
          await page.goto(`${site}${lang}/${path}`);
          await expect(page.locator('html')).toHaveAttribute('data-interactive', 'true');
          // The progress row (a link to every step) is always shown, so axe checks it too.
          await expect(page.getByTestId('progress-step')).toHaveCount(STEPS.length);
          await page.addStyleTag({ content: '.cards > li, .timeline, .relationships { content-visibility: visible !important; }' });
          const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
          const found = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0].target}`);
          expect(found, `axe ${lang} ${width}px ${colorScheme} ${path}`).toEqual([]);
        }
        await context.close();
      });
    }
  }

  test(`${lang}: with JavaScript off the whole story reads in its language`, async ({ browser, site }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site}${lang}/`);
    const steps = page.locator('.step');
    await expect(steps).toHaveCount(STEPS.length);
    for (let i = 0; i < STEPS.length; i++) await expect(steps.nth(i)).toBeVisible();
    await expect(steps.nth(1).locator('.step-title')).toHaveText(l.second);
    const text = await page.locator('main').innerText();
    // The story's own words in its script; English only in names the source gives as such.
    const latinWords = (text.match(/\b[A-Za-z]{4,}\b/g) || []).filter((w) => !['Islamic', 'State'].includes(w));
    expect(latinWords, 'English words left in the page').toEqual([]);
    await context.close();
  });
}

test('every language page loads the same wasm, by the same URL', async ({ page, site }) => {
  const wasm = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r.url()); });
  for (const path of ['', 'fa-AF/', 'ru/', 'fa-AF/step/soviet-retreat/']) {
    await page.goto(site + path);
    await expect(page.locator('html')).toHaveAttribute('data-interactive', 'true');
  }
  expect(new Set(wasm).size, wasm.join('\n')).toBe(1);
});

test('the language switcher is plain links that keep the reader\'s view', async ({ page, site, browser }) => {
  await page.goto(`${site}#step=who-else-has-a-stake&rel=envoys-taliban`);
  await expect(page.locator('html')).toHaveAttribute('data-interactive', 'true');
  const switcher = page.getByTestId('languages');
  await expect(switcher.locator('a[aria-current="page"]')).toHaveText('English');
  await switcher.getByRole('link', { name: 'دری' }).click();
  await expect(page).toHaveURL(`${site}fa-AF/#step=who-else-has-a-stake&rel=envoys-taliban`);
  await expect(page.locator('html')).toHaveAttribute('data-interactive', 'true');
  await expect(page.getByTestId('step-title')).toHaveText(LANGS['fa-AF'].stake);
  await expect(page.locator('.card[data-relationship-id="envoys-taliban"]')).toHaveAttribute('data-selected', 'true');
  // A step's page links to the same step's page in each language, with JavaScript off too.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const off = await context.newPage();
  await off.goto(`${site}ru/step/soviet-retreat/`);
  await expect(off.getByTestId('languages').getByRole('link', { name: 'English' })).toHaveAttribute('href', /^\.\.\/\.\.\/\.\.\/step\/soviet-retreat\/$|\/step\/soviet-retreat\/$/);
  await off.getByTestId('languages').getByRole('link', { name: 'English' }).click();
  await expect(off.locator('h1')).toHaveText('How Russia became the first country to recognise the Taliban');
  expect(new URL(off.url()).pathname).toMatch(/\/step\/soviet-retreat\/$/);
  await context.close();
});

hostTest('embed.js with data-lang="fa-AF" frames the Dari explainer and sizes it', async ({ page, hostSite }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(hostSite + 'loader-fa-AF.html');
  const handle = await page.waitForSelector('iframe');
  const frame = await handle.contentFrame();
  await frame.waitForSelector('html[data-interactive="true"]');
  await expect(frame.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(frame.getByTestId('step-title')).toHaveText(LANGS['fa-AF'].first);
  await expect.poll(async () => {
    const outer = (await handle.boundingBox()).height;
    const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    return Math.abs(outer - inner);
  }, { timeout: 10000 }).toBeLessThanOrEqual(2);
  expect(await handle.getAttribute('title')).toBe(LANGS['fa-AF'].headline);
});

hostTest('embed.js with data-lang="ru" mounts the Russian explainer', async ({ page, hostSite }) => {
  await page.goto(hostSite + 'mount-ru.html');
  const mounted = page.locator('[data-explainer] .live');
  await expect(mounted).toHaveAttribute('data-interactive', 'true');
  await expect(mounted.getByTestId('step-title')).toHaveText(LANGS.ru.first);
  await mounted.getByTestId('step-next').click();
  await expect(mounted.getByTestId('step-title')).toHaveText(LANGS.ru.second);
  await expect(mounted.locator('.step-count')).toHaveText(LANGS.ru.count);
});
