// The size budget (tests/size/budget.mjs) counts the files it reads from dist/index.html;
// here a real load checks that those are exactly the files the page requests.
import fs from 'node:fs';
import { test, expect } from './fixtures.mjs';
import { AFTER_START, firstLoadFiles } from '../size/budget.mjs';

test('the budget counts exactly what the page requests', async ({ explainer, page, site }) => {
  const requested = new Set();
  page.on('request', (request) => {
    const url = new URL(request.url());
    requested.add(url.origin + '/' === site ? (url.pathname.slice(1) || 'index.html') : url.href);
  });
  await explainer.open();
  await explainer.next.click();
  await page.waitForLoadState('networkidle');
  const counted = firstLoadFiles(fs.readFileSync('dist/index.html', 'utf8'));
  expect([...requested].sort()).toEqual([...counted, ...AFTER_START].sort());
});

test('a step\'s page requests the same files by the same URLs as the main page', async ({ explainer, page, site }) => {
  const requests = async (url) => {
    const seen = [];
    const listen = (request) => seen.push(request.url());
    page.on('request', listen);
    await page.goto(url);
    await explainer.interactive();
    await page.waitForLoadState('networkidle');
    page.off('request', listen);
    return seen.filter((u) => u !== url).sort();
  };
  const main = await requests(site);
  const step = await requests(`${site}step/soviet-retreat/`);
  expect(step).toEqual(main);
});
