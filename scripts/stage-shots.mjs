// Contact sheets of the walkthrough as a reader sees it, for a person to look at: for each
// language, width (360 and 1280 px) and colour scheme, every step's viewport right after
// "Next" (the first step as opened), side by side in one PNG.
//   node scripts/stage-shots.mjs [out-dir] [--root dist] [--langs en,ru,fa-AF]
// Uses the browser tests' fonts (tests/browser/fonts.conf). Prints console errors it saw.
import { chromium } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from './static-server.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    root: { type: 'string', default: 'dist' },
    langs: { type: 'string', default: 'en,ru,fa-AF' },
    widths: { type: 'string', default: '360,1280' },
    schemes: { type: 'string', default: 'light,dark' },
  },
});
const out = path.resolve(positionals[0] || 'screenshots');
fs.mkdirSync(out, { recursive: true });
const server = await startServer({ root: values.root, port: 0 });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  env: { ...process.env, FONTCONFIG_FILE: path.resolve('tests/browser/fonts.conf') },
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const errors = [];
const heights = { 360: 740, 390: 844, 1280: 800, 1024: 768 };
for (const lang of values.langs.split(',')) {
  for (const width of values.widths.split(',').map(Number)) {
    for (const scheme of values.schemes.split(',')) {
      const tag = `${lang} ${width} ${scheme}`;
      const page = await browser.newPage({
        viewport: { width, height: heights[width] || 800 }, colorScheme: scheme, reducedMotion: 'reduce',
      });
      page.on('console', (m) => { if (m.type() === 'error') errors.push(`${tag}: ${m.text()}`); });
      page.on('pageerror', (e) => errors.push(`${tag}: ${e}`));
      await page.goto(server.url + (lang === 'en' ? '' : `${lang}/`));
      await page.waitForSelector('html[data-interactive="true"]');
      const shots = [await page.screenshot()];
      const steps = await page.locator('.walkthrough li.step').count();
      for (let i = 1; i < steps; i++) {
        await page.getByTestId('step-next').click();
        await page.waitForTimeout(150);
        shots.push(await page.screenshot());
      }
      const cells = shots.map((png, i) => `<figure><img src="data:image/png;base64,${png.toString('base64')}"><figcaption>${i + 1}</figcaption></figure>`).join('');
      const sheet = await browser.newPage({ viewport: { width: 1800, height: 800 }, colorScheme: scheme });
      const cols = width < 800 ? 7 : 4;
      await sheet.setContent(`<style>body{margin:4px;display:grid;grid-template-columns:repeat(${cols},1fr);gap:6px;background:#888;font:16px sans-serif}
        figure{margin:0;position:relative}img{width:100%;display:block;border:1px solid #000}
        figcaption{position:absolute;top:0;left:0;background:#ff0;padding:0 6px;font-weight:700}</style>${cells}`);
      const file = `${out}/${lang}-${width}-${scheme}.png`;
      await sheet.screenshot({ path: file, fullPage: true });
      await sheet.close();
      console.log(file);
      await page.close();
    }
  }
}
await browser.close();
await server.close();
if (errors.length) console.log('console errors:\n' + errors.join('\n'));
