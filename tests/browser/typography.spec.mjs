// Punctuation and dates as each language's readers read them, in what the browser shows: in
// Dari no "·" stands between Persian digits or next to one (there it reads as the digit
// zero), a day's date is the Solar Hijri one with the Gregorian beside it, and quotation
// marks are « »; in Russian too. With JavaScript on (after a step and a date change) and off.
import { test, expect, STEPS } from './fixtures.mjs';

/** Every text the reader can meet on the page: its rendered text and the names and titles
 * in its attributes (what a screen reader says, what a tooltip shows). */
async function readerText(page) {
  return page.evaluate(() => {
    const attrs = [...document.querySelectorAll('[aria-label], [title], [alt]')]
      .flatMap((el) => ['aria-label', 'title', 'alt'].map((a) => el.getAttribute(a) || ''));
    return [document.title, document.body.innerText, document.body.textContent, ...attrs].join('\n');
  });
}

const PERSIAN_DIGIT = '[\u06F0-\u06F9\u0660-\u0669]';
const DOT_BY_DIGIT = new RegExp(`${PERSIAN_DIGIT}[\\s\u200C\u200F\u061C]*[·•∙⋅]|[·•∙⋅][\\s\u200C\u200F\u061C]*${PERSIAN_DIGIT}`, 'u');

function dotsByDigits(text) {
  return text.split('\n').filter((line) => DOT_BY_DIGIT.test(line));
}

for (const js of [true, false]) {
  test(`fa-AF, JavaScript ${js ? 'on' : 'off'}: no dot reads as a zero, and 3 July 2025 is 12 Saratan 1404`, async ({ browser, site }) => {
    const context = await browser.newContext({ javaScriptEnabled: js });
    const page = await context.newPage();
    for (const path of ['fa-AF/', `fa-AF/step/${STEPS[4]}/`]) {
      await page.goto(site + path);
      if (js) {
        await expect(page.locator('html')).toHaveAttribute('data-interactive', 'true');
        // A step on and a date in the explore view: what the wasm writes from the page's words.
        await page.getByTestId('step-next').click();
        await page.getByTestId('timeline-event').first().click();
        await page.getByTestId('as-of-later').click();
      }
      const text = await readerText(page);
      expect(dotsByDigits(text), `${path}: a dot beside a Persian digit`).toEqual([]);
      expect(text).not.toContain('·');
      // The dateline: the place, then the Solar Hijri date with the Gregorian beside it.
      await expect(page.locator('.dateline')).toHaveText(/^مسکو، ۱۲ سرطان ۱۴۰۴ \(۳ جولای ۲۰۲۵\)$/);
      // A month's date stays Gregorian (March 2024 spans two Hijri months).
      expect(text).toContain('مارچ ۲۰۲۴');
      expect(text).not.toMatch(/[“”]/);
    }
    await context.close();
  });
}

test('ru: dates read as phrases, and quotation marks are « »', async ({ page, site }) => {
  await page.goto(site + 'ru/');
  await expect(page.locator('html')).toHaveAttribute('data-interactive', 'true');
  const text = await readerText(page);
  for (const label of ['Начиная с:', 'Известно к:', 'До даты']) expect(text).not.toContain(label);
  expect(text).toContain('По состоянию на 3 июля 2025');
  expect(text).not.toMatch(/[“”]/);
  await expect(page.locator('.dateline')).toHaveText(/^Москва, 3 июля 2025\s?г\.$/);
});
