// The editors' live preview (scripts/preview.sh), as an editor uses it: open the page, save a
// change to the content file, and watch the open page show it without touching the browser;
// break the file and see the problems listed over the last good build; fix it and see them go.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from './fixtures.mjs';
import { ExplainerPage } from './explainer-page.mjs';
import { startPreview } from '../../scripts/start-preview.mjs';

const csp = (html) => html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/)?.[1];

test('the preview shows a saved change in the open page, lists problems over the last good build, and clears them', async ({ page }) => {
  test.setTimeout(300_000);
  const warnings = [];
  page.on('console', (msg) => { if (msg.type() === 'warning') warnings.push(msg.text()); });

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'explainer-preview-'));
  const file = path.join(dir, 'story.toml');
  const original = fs.readFileSync('content/story.toml', 'utf8');
  fs.writeFileSync(file, original);
  // The steps of the story in the file, in order, by id (as links name them).
  const steps = [...original.matchAll(/^\[\[steps\]\]\r?\nid = "([^"]+)"/gm)].map((m) => m[1]);
  expect(steps.length).toBeGreaterThanOrEqual(4);
  const preview = await startPreview(file);
  try {
    const explainer = new ExplainerPage(page, preview.url);
    // The first build (the wasm for this file) takes a while; the page waits and reloads.
    await page.goto(`${preview.url}#step=${steps[2]}`);
    await expect(page.locator('html')).toHaveAttribute('data-interactive', 'true', { timeout: 180_000 });
    expect(await explainer.stepNumber()).toEqual([3, steps.length]);
    const title = (await explainer.title.textContent()).trim();

    // The production page and its Content-Security-Policy, with one same-origin script added.
    const served = await (await fetch(preview.url)).text();
    const built = fs.readFileSync('dist/index.html', 'utf8');
    expect(csp(served)).toBeTruthy();
    expect(csp(served)).toBe(csp(built));
    expect(served).toContain('<script src="/__preview/client.js"');
    // Nothing of the preview is in a release build.
    expect(built).not.toContain('__preview');
    expect(fs.readFileSync('dist/step/first-to-recognise/index.html', 'utf8')).not.toContain('__preview');

    // A one-word change to step 3's title: the open page shows it, at the same step.
    const edited = original.replace(`title = "${title}"`, `title = "${title} today"`);
    expect(edited).not.toBe(original);
    fs.writeFileSync(file, edited);
    await expect(explainer.title).toHaveText(`${title} today`, { timeout: 60_000 });
    await explainer.interactive();
    await expect.poll(() => explainer.hash()).toBe(`step=${steps[2]}`);
    expect(await explainer.stepNumber()).toEqual([3, steps.length]);
    // The reader's view is theirs: they move on, and the next save keeps where they are.
    await explainer.next.click();
    await expect.poll(() => explainer.hash()).toBe(`step=${steps[3]}`);

    // A misspelt stance: the list, as scripts/check.sh prints it, with the line, over the page.
    const lines = edited.split('\n');
    const at = lines.findIndex((l) => l === 'stance = "formal-recognition"');
    lines[at] = 'stance = "formal-recogniton"';
    fs.writeFileSync(file, lines.join('\n'));
    const problems = page.getByTestId('preview-problems');
    await expect(problems).toBeVisible({ timeout: 60_000 });
    await expect(problems.getByRole('alert')).toContainText('story.toml has 1 problem');
    await expect(problems.getByTestId('preview-problem')).toHaveCount(1);
    const problem = problems.getByTestId('preview-problem');
    await expect(problem).toContainText(`story.toml:${at + 1}`);
    await expect(problem).toContainText('unknown stance "formal-recogniton"');
    await expect(problem).toContainText('fix: did you mean "formal-recognition"?');
    await expect(problems).toContainText('The page below is the last good build.');
    // The last good build is still there, working, underneath.
    expect(await explainer.stepNumber()).toEqual([4, steps.length]);
    await explainer.prev.click();
    await expect(explainer.title).toHaveText(`${title} today`);
    await explainer.next.click();
    // The terminal shows it too.
    await expect.poll(() => preview.output()).toContain(`story.toml:${at + 1}: relationships.`);

    // Fixed: the list goes, and the page is the new build, at the reader's step.
    fs.writeFileSync(file, edited);
    await expect(problems).toBeHidden({ timeout: 60_000 });
    await explainer.interactive();
    await expect.poll(() => explainer.hash()).toBe(`step=${steps[3]}`);

    // A change to the story's structure (the publication date) rebuilds the app, then reloads.
    const published = edited.match(/^published = "(\d{4})-(\d\d)-(\d\d)"$/m);
    const day = `${published[1]}-${published[2]}-04`;
    expect(published[3]).not.toBe('04');
    fs.writeFileSync(file, edited.replace(published[0], `published = "${day}"`));
    await expect(page.locator(`time[datetime="${day}"]`).first()).toBeAttached({ timeout: 120_000 });
    await explainer.interactive();
    await expect.poll(() => explainer.hash()).toBe(`step=${steps[3]}`);
    expect(warnings).toEqual([]);
  } finally {
    preview.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the preview lists a refused glossary variant in a translation, with its line and the rendering to use', async ({ page }) => {
  test.setTimeout(300_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'explainer-preview-'));
  const file = path.join(dir, 'story.toml');
  const ru = path.join(dir, 'story.ru.toml');
  fs.copyFileSync('content/story.toml', file);
  const translation = fs.readFileSync('content/story.ru.toml', 'utf8');
  fs.writeFileSync(ru, translation);
  // The term and its refused calque, as the translation's glossary says them.
  const entry = translation.match(/\[\[glossary\]\]\nterm = "ISIS-K"\nuse = "([^"]+)"\nrefuse = \["([^"]+)"/);
  expect(entry).toBeTruthy();
  const [, render, refused] = entry;
  const preview = await startPreview(file);
  try {
    await page.goto(`${preview.url}ru/`);
    await expect(page.locator('html')).toHaveAttribute('data-interactive', 'true', { timeout: 180_000 });
    const lines = translation.split('\n');
    const at = lines.findIndex((l) => l.startsWith('title = ') && l.includes(render));
    lines[at] = lines[at].replace(render, refused);
    fs.writeFileSync(ru, lines.join('\n'));
    const problems = page.getByTestId('preview-problems');
    await expect(problems).toBeVisible({ timeout: 60_000 });
    const problem = problems.getByTestId('preview-problem');
    await expect(problem).toHaveCount(1);
    await expect(problem).toContainText(`story.ru.toml:${at + 1}`);
    await expect(problem).toContainText(`“${refused}” is a variant the glossary refuses for “ISIS-K”`);
    await expect(problem).toContainText(`fix: write “${render}”`);
    fs.writeFileSync(ru, translation);
    await expect(problems).toBeHidden({ timeout: 60_000 });
  } finally {
    preview.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
