// What is in the wasm, by crate and by our module: reads `twiggy top --format csv` of a wasm
// optimised like the shipped one but with its function names kept, and the wasm itself for
// its data (strings and tables). scripts/size-report.sh builds both and runs this.
//
//   node scripts/size-report.mjs NAMED.wasm TWIGGY.csv SHIPPED.wasm [--top 25]
//
// Sizes are raw bytes of the optimised wasm (names do not count: they are not shipped). The
// brotli column shares the shipped file's brotli size out in proportion to raw bytes: an
// estimate (code compresses about evenly; text compresses better), labelled as one.
// Monomorphised code goes to the most specific crate its name mentions: ours first
// (`yew::…::CompStateInner<explainer::components::card::RelationshipCard>::view` is the card's
// view), then yew, the browser bindings, and std's crates last (`<Rc<yew::VTag> as …>` is yew's).
import fs from 'node:fs';
import { brotli } from '../tests/size/budget.mjs';

const [named, csv, shipped] = process.argv.slice(2);
const TOP = Number(process.argv[process.argv.indexOf('--top') + 1]) || 25;
if (!named || !csv || !shipped) {
  console.error('usage: node scripts/size-report.mjs NAMED.wasm TWIGGY.csv SHIPPED.wasm [--top N]');
  process.exit(2);
}

/** Rows of twiggy's CSV: [name, bytes]. */
function rows(text) {
  const out = [];
  for (const line of text.split('\n').slice(1)) {
    const m = line.match(/^("(?:[^"]|"")*"|[^,]*),(\d+),/);
    if (m) out.push([m[1].replace(/^"|"$/g, '').replace(/""/g, '"'), Number(m[2])]);
  }
  return out;
}

/** Which crate (or our module) a twiggy item belongs to. */
function owner(name) {
  const clean = name.replace(/\[[0-9a-f]{8,}\]/g, '');
  if (/subsection$/.test(clean)) return null; // names: not shipped
  if (/^data segment/.test(clean)) return 'data (strings, tables)';
  const ours = clean.match(/\bexplainer::((?:[a-z_]+::)*)/);
  if (ours) {
    const path = ours[1].split('::').filter(Boolean);
    // explainer::components::card::RelationshipCard → components::card
    const mod = path.filter((p) => /^[a-z_0-9]+$/.test(p)).slice(0, 2).join('::') || '(root)';
    return 'explainer::' + mod;
  }
  // Crates are the path segments demangling gave a hash: `yew[118c…]::`.
  const named = new Set([...name.matchAll(/\b([a-z_][a-z0-9_]*)\[[0-9a-f]{8,}\]::/g)].map((m) => m[1]));
  const general = ['core', 'alloc', 'std', 'hashbrown', 'indexmap', 'wasm_bindgen', 'js_sys', 'web_sys'];
  const specific = [...named].filter((k) => !general.includes(k));
  if (specific.length) return specific[0];
  for (const k of [...general].reverse()) if (named.has(k)) return k;
  if (/^(import|export|elem|type|table|memory|global|func)\b|^__wbindgen|^__wbg|^__externref|wasm-bindgen/.test(clean)) {
    return 'wasm-bindgen glue, imports, exports';
  }
  if (/^code\[\d+\]$/.test(clean)) return '(unnamed code)';
  return clean === 'main' ? 'explainer::(root)' : '(other: ' + clean.slice(0, 40) + ')';
}

/** The bytes of each data segment of a wasm file. */
function dataSegments(bytes) {
  let at = 8;
  const leb = () => {
    let result = 0, shift = 0, b;
    do { b = bytes[at++]; result += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80);
    return result;
  };
  const segments = [];
  while (at < bytes.length) {
    const id = bytes[at++];
    const size = leb();
    const end = at + size;
    if (id === 11) {
      const count = leb();
      for (let i = 0; i < count; i++) {
        const flags = leb();
        if (flags === 2) leb();
        if (flags !== 1) { while (bytes[at++] !== 0x0b); } // the offset expression
        const len = leb();
        segments.push(bytes.subarray(at, at + len));
        at += len;
      }
    }
    at = end;
  }
  return segments;
}

const items = rows(fs.readFileSync(csv, 'utf8'));
const shippedBytes = fs.readFileSync(shipped);
const shippedBrotli = brotli(shippedBytes);
const total = items.reduce((s, [n, b]) => s + (owner(n) ? b : 0), 0);
const est = (b) => (b * shippedBrotli / total / 1024).toFixed(1).padStart(6);
const kb = (b) => (b / 1024).toFixed(1).padStart(6);

const groups = new Map();
for (const [name, bytes] of items) {
  const o = owner(name);
  if (o) groups.set(o, (groups.get(o) || 0) + bytes);
}
const sorted = [...groups].sort((a, b) => b[1] - a[1]);
const ourTotal = sorted.filter(([o]) => o.startsWith('explainer::')).reduce((s, [, b]) => s + b, 0);

console.log(`The shipped wasm: ${kb(shippedBytes.length).trim()} KB raw, ${kb(shippedBrotli).trim()} KB brotli -q 11`);
console.log(`(named copy: ${kb(total).trim()} KB without its names; brotli column = estimate, in proportion)\n`);
console.log('By crate, and by our module (explainer::…):');
console.log(`  ${'owner'.padEnd(38)}  ${'raw KB'.padStart(6)}  ${'~br KB'.padStart(6)}  share`);
for (const [o, b] of sorted) {
  if (b < 200) continue;
  console.log(`  ${o.padEnd(38)}  ${kb(b)}  ${est(b)}  ${(100 * b / total).toFixed(1).padStart(5)}%`);
}
const small = sorted.filter(([, b]) => b < 200).reduce((s, [, b]) => s + b, 0);
console.log(`  ${'(each under 200 bytes)'.padEnd(38)}  ${kb(small)}  ${est(small)}`);
console.log(`  ${'ours in all (explainer::…)'.padEnd(38)}  ${kb(ourTotal)}  ${est(ourTotal)}  ${(100 * ourTotal / total).toFixed(1).padStart(5)}%`);

console.log(`\nThe ${TOP} largest items:`);
for (const [name, bytes] of items.filter(([n]) => owner(n)).slice(0, TOP)) {
  const short = name.replace(/\[[0-9a-f]{8,}\]/g, '');
  console.log(`  ${kb(bytes)}  ${short.length > 110 ? short.slice(0, 107) + '…' : short}`);
}

// Text in the data: runs of 12 or more printable characters (UTF-8 letters count).
const segments = dataSegments(fs.readFileSync(named));
const decoder = new TextDecoder('utf-8', { fatal: false });
let textBytes = 0;
const samples = [];
for (const seg of segments) {
  for (const run of decoder.decode(seg).match(/[^\u0000-\u0008\u000e-\u001f\ufffd]{12,}/g) || []) {
    textBytes += Buffer.byteLength(run);
    if (samples.length < 8 && / [a-z]+ [a-z]+ /.test(run)) samples.push(run.slice(0, 70));
  }
}
const dataBytes = segments.reduce((s, x) => s + x.length, 0);
console.log(`\nData: ${kb(dataBytes).trim()} KB, of it ${kb(textBytes).trim()} KB text (runs of 12+ characters), brotli of that text alone ${kb(brotli(Buffer.from(segments.map((s) => decoder.decode(s)).join('')))).trim()} KB.`);
for (const s of samples) console.log(`  “${s}…”`);
