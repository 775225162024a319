// The first-load size budget, computed from the build output (deterministic, so a test):
// every file the built page requests, compressed with brotli -q 11, against a 64 KB goal.
// Fails above 84.1 KB: the first load measured 70.3 KB (72,023 bytes) when the wasm stopped
// carrying the story's words (issue 14); the stage beside each step (issue 15: the map, the
// time strip, each step's words) added 7.2 KB (wasm 4.2, page 3.0), to 77.6 KB (79,422
// bytes), and the limit was that plus 2 KB (79.6 KB), so growth is a decision, not a drift.
// Issue 16 (a page per step, sharing) used 0.8 KB of it: 80,292 bytes. Issue 18 (the story in
// Russian and Dari) moved the limit, measured: the English page went to 81,580 bytes (+1.2 KB:
// the wasm +0.8 KB, which reads the page's digits, dates and direction and turns the arrow
// keys in a right-to-left page; the page +0.4 KB, the language switcher, hreflang links and
// the right-to-left rules); the Russian page, the heaviest, is 83,581 bytes (its words in
// Cyrillic, two bytes a letter in UTF-8, are 2.0 KB more than English's), Dari's 82,880.
// The limit is the Russian page plus 1 KB. Issue 29 (the walkthrough re-cut to 10 steps with
// a progress row, the explore view with one date control, every fact shown without the app,
// links by step id with old links kept) took the Russian page from 84,474 to 84,841 bytes
// (+367: the page +282, its progress row, explore head, the restored analyst step and the
// rules that show every event and state without the app; the wasm +85, step ids in links
// and the old numbered links), past the 84,605 limit; the limit is now that plus 512 bytes.
// Issue 31 (the host's options for an embed, and the embed code's builder) took the Russian
// page from 84,961 to 85,607 bytes (+646: the page +575, of which the builder's choices and
// their words +318, boot.js reading the options before the first paint with the options'
// rules +226, the palette's light-dark() compiled for older browsers +31; the wasm +71, a
// mount hydrating a step's own markup and arrow keys left to a field), past the 85,353 limit;
// the limit is now that plus 512 bytes.
// Every language page is measured (dist/<lang>/),
// and each loads the same wasm by the same URL (cached across languages). The 64 KB goal is
// missed: Yew's runtime alone (tests/size/yew-floor) and the page come to 54 KB. Raise the
// limit only with a measurement that says what the bytes buy.
//
//   node tests/size/budget.mjs [dist]
//
// "What the page requests" is read from dist/index.html: stylesheets, scripts, preloads and
// the wasm named in the loader's meta tag. tests/browser/budget.spec.mjs checks that this is
// exactly what Chromium requests when it loads the page, besides AFTER_START: what the loader
// fetches once the app runs (the share controls' script, issue 16), listed here with its size
// but not counted, since the page is read and used before it arrives. The step pages
// (step/<id>/) load the same files by the same URLs; their preview images are for link
// previews and are never requested by a page.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export const GOAL = 64 * 1024;
export const LIMIT = 85_607 + 512; // 84.1 KB

/** Files the loader (static/boot.js) fetches once the app runs. */
export const AFTER_START = ['share.js'];

/** Local files referenced by the page (at `page`, relative to dist/), in order, without
 * repeats, as paths relative to dist/. */
export function firstLoadFiles(html, page = 'index.html') {
  const dir = path.posix.dirname(page);
  const urls = [];
  const attr = /\b(?:href|src|data-js|data-wasm)=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g;
  for (const tag of html.match(/<(?:link|script|meta)\b[^>]*>/g) || []) {
    if (/^<link/.test(tag) && !/\brel=["']?(?:stylesheet|modulepreload|preload|icon)\b/.test(tag)) continue;
    for (const m of tag.matchAll(attr)) {
      const url = m[1] ?? m[2] ?? m[3];
      if (!url || /^(?:data:|[a-z]+:\/\/|\/\/)/.test(url)) continue;
      const file = path.posix.normalize(path.posix.join(dir, url.split(/[?#]/)[0])).replace(/^\//, '');
      if (!urls.includes(file)) urls.push(file);
    }
  }
  return [page, ...urls];
}

export function brotli(bytes) {
  return zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

export function measure(dist, page = 'index.html') {
  const html = fs.readFileSync(path.join(dist, page), 'utf8');
  return firstLoadFiles(html, page).map((file) => {
    const bytes = fs.readFileSync(path.join(dist, file));
    return { file, raw: bytes.length, brotli: brotli(bytes) };
  });
}

/** The translations' folders: dist/<lang>/ with an index.html of their own. */
export function languages(dist) {
  return fs.readdirSync(dist, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== 'step' && fs.existsSync(path.join(dist, e.name, 'index.html')))
    .map((e) => e.name)
    .sort();
}

const kb = (n) => (n / 1024).toFixed(1).padStart(6) + ' KB';

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const dist = process.argv[2] || 'dist';
  const rows = measure(dist);
  const total = rows.reduce((sum, r) => sum + r.brotli, 0);
  const width = Math.max(...rows.map((r) => r.file.length), 5);
  console.log(`First load of ${dist}/ (brotli -q 11):`);
  console.log(`  ${'file'.padEnd(width)}  ${'raw'.padStart(9)}  ${'brotli'.padStart(9)}  share of 64 KB goal`);
  for (const r of rows) {
    console.log(`  ${r.file.padEnd(width)}  ${kb(r.raw)}  ${kb(r.brotli)}  ${(100 * r.brotli / GOAL).toFixed(0).padStart(3)}%`);
  }
  console.log(`  ${'total'.padEnd(width)}  ${kb(rows.reduce((s, r) => s + r.raw, 0))}  ${kb(total)}  ${(100 * total / GOAL).toFixed(0).padStart(3)}%`);
  const verdict = total <= GOAL ? 'within the 64 KB goal'
    : total <= LIMIT ? `over the 64 KB goal by ${kb(total - GOAL).trim()}, within the ${kb(LIMIT).trim()} limit`
    : `OVER THE ${kb(LIMIT).trim()} LIMIT by ${kb(total - LIMIT).trim()}`;
  console.log(`  ${verdict}`);
  for (const file of AFTER_START) {
    const bytes = fs.readFileSync(path.join(dist, file));
    console.log(`  after the app starts, not counted: ${file} ${kb(brotli(bytes)).trim()}`);
  }
  // Each translation's page (dist/<lang>/) loads the same files by the same URLs, and its
  // own page: its first load, and what it adds to a reader who has the English one cached.
  let over = total > LIMIT;
  for (const lang of languages(dist)) {
    const page = `${lang}/index.html`;
    const own = measure(dist, page);
    const sum = own.reduce((s, r) => s + r.brotli, 0);
    const shared = own.filter((r) => rows.some((e) => e.file === r.file)).length;
    console.log(`  ${page}: ${kb(sum).trim()} (${shared} of its ${own.length - 1} files the same as English's; the page ${kb(own[0].brotli).trim()})${sum > LIMIT ? `: OVER THE ${kb(LIMIT).trim()} LIMIT` : ''}`);
    over ||= sum > LIMIT;
  }
  process.exit(over ? 1 : 0);
}
