// Benchmark (not a test) of the editors' live preview: how long from saving the content file to
// the open page showing the change, hydrated again at the reader's step. Starts
// scripts/preview.sh on a copy of content/story.toml, opens it in headless Chromium at step 3,
// then saves changes one at a time and prints the median of each kind:
//   - a one-word change to the step's title (words only: the pages are rendered again, the wasm
//     is kept);
//   - a change of a date (structure: the wasm is rebuilt first).
// The story's translations are copied beside it, so each save renders every language.
//
//   node scripts/bench-preview.mjs [--runs 5] [--structure-runs 3]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startPreview } from './start-preview.mjs';
import { chromium } from '@playwright/test';

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'structure-runs': { type: 'string', default: '3' },
  },
});
const RUNS = Number(opts.runs);
const STRUCTURE_RUNS = Number(opts['structure-runs']);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'explainer-bench-preview-'));
const file = path.join(dir, 'story.toml');
const original = fs.readFileSync('content/story.toml', 'utf8');
fs.writeFileSync(file, original);
// Its translations beside it, as an editor has them: each save renders every language.
for (const name of fs.readdirSync('content').filter((n) => /^story\.[^.]+\.toml$/.test(n))) {
  fs.copyFileSync(path.join('content', name), path.join(dir, name));
}

const preview = await startPreview(file);
const url = preview.url;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  // When each page became interactive, by the same clock as the save (Playwright's waiting polls,
  // so its return is later and coarser than the moment itself).
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (!window.interactiveAt && document.documentElement.getAttribute('data-interactive') === 'true') {
        window.interactiveAt = Date.now();
      }
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-interactive'] });
  });
  await page.goto(`${url}#step=3`);
  await page.locator('html[data-interactive="true"]').waitFor({ timeout: 300_000 });
  const title = (await page.getByTestId('step-title').textContent()).trim();
  const words = ['today', 'again', 'now', 'anew', 'still', 'then', 'too'];

  /** Saves `text` and waits until the page shows `done` (a selector) hydrated; in ms. */
  async function save(text, done) {
    const started = Date.now();
    fs.writeFileSync(file, text);
    await page.locator(done).first().waitFor({ state: 'attached', timeout: 300_000 });
    await page.locator('html[data-interactive="true"]').waitFor({ timeout: 300_000 });
    return (await page.evaluate(() => window.interactiveAt)) - started;
  }

  const wordsOnly = [];
  let current = original;
  for (let i = 0; i < RUNS; i++) {
    const next = `${title} ${words[i % words.length]}`;
    current = original.replace(`title = "${title}"`, `title = "${next}"`);
    wordsOnly.push(await save(current, `[data-testid="step-title"]:text-is("${next}")`));
  }
  const structure = [];
  const published = original.match(/^published = "(\d{4}-\d\d)-(\d\d)"$/m);
  for (let i = 0; i < STRUCTURE_RUNS; i++) {
    const day = `${published[1]}-${String(4 + i).padStart(2, '0')}`;
    structure.push(await save(current.replace(published[0], `published = "${day}"`), `time[datetime="${day}"]`));
  }
  const row = (name, xs) => `| ${name} | ${xs.length} | ${(median(xs) / 1000).toFixed(2)} s | ${xs.map((x) => (x / 1000).toFixed(2)).join(', ')} |`;
  console.log('\nSave to the open page showing the change, hydrated at the same step (scripts/preview.sh):\n');
  console.log('| change | runs | median | each (s) |');
  console.log('| --- | --- | --- | --- |');
  console.log(row('one word in a step title (pages rendered again)', wordsOnly));
  console.log(row('the publication date (the wasm rebuilt first)', structure));
} finally {
  await browser.close();
  preview.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
