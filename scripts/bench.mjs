// The benchmark (not a test): loads the built explainer in headless Chromium under mobile-like
// throttling (4x CPU slowdown, 150 ms round trip, 1.6 Mbit/s down), from a loopback server
// that compresses with brotli, several times each with a cold cache, and prints medians of:
// bytes transferred, first contentful paint, time until data-interactive="true", the
// input-to-next-paint latency of a next-step click and of a timeline event selection, and
// the JS heap. It loads TimelineJS 3 (the anchor, from npm) the same way with the same dated
// events, and a floor page: a button that toggles a class, no framework, whose input-to-paint
// time is the browser's own floor under this throttling. It prints one table with all three
// and the ratios the targets are set in. `--trace` also records one next-step click in a
// Chromium trace and prints where its main-thread time went (script, style, layout, paint).
//
//   node scripts/bench.mjs [--runs 7] [--no-anchor] [--cpu 4] [--dist dist] [--trace]
//   (scripts/bench.sh builds first, then runs this)
//
// Requests to other hosts are blocked for both pages (this machine has no internet, and the
// explainer makes none); TimelineJS then falls back to system fonts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { startServer } from './static-server.mjs';

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    'no-anchor': { type: 'boolean', default: false },
    dist: { type: 'string', default: 'dist' },
    cpu: { type: 'string', default: '4' },
    trace: { type: 'boolean', default: false },
  },
});
const RUNS = Number(opts.runs) || 7;
const ANCHOR = !opts['no-anchor'];
const DIST = opts.dist;
const THROTTLE = { cpu: Number(opts.cpu) || 4, latencyMs: 150, downKbps: 1600, upKbps: 750 };
const TRACE = opts.trace;
// The targets, as ratios (issue 14): to TimelineJS, and to the floor page.
const TARGETS = { bytes: 0.75, fcp: 0.35, interactive: 0.6, interactionVsAnchor: 0.8, interactionVsFloor: 1.5, heapMb: 3.2 };
// Clicks per load, so each run gives several samples of each latency.
const CLICKS = 3;

const median = (xs) => {
  const s = xs.filter((x) => x != null).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// In the page, before anything else: when the app becomes interactive, and for each click
// the time from the input to the frame after it was handled (rAF, then a task: after paint).
const INIT = () => {
  window.__bench = { interactive: null, clicks: [], events: [] };
  new MutationObserver(() => {
    if (window.__bench.interactive == null && document.documentElement.getAttribute('data-interactive') === 'true') {
      window.__bench.interactive = performance.now();
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-interactive'] });
  addEventListener('click', (e) => {
    const start = e.timeStamp;
    requestAnimationFrame(() => setTimeout(() => window.__bench.clicks.push(performance.now() - start), 0));
  }, { capture: true });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name === 'click' || entry.name === 'pointerup') window.__bench.events.push(entry.duration);
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {}
};

async function throttled(browser) {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 }, deviceScaleFactor: 1 });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: THROTTLE.latencyMs,
    downloadThroughput: (THROTTLE.downKbps * 1000) / 8,
    uploadThroughput: (THROTTLE.upKbps * 1000) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE.cpu });
  await cdp.send('Performance.enable');
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
  await page.addInitScript(INIT);
  return { context, page, cdp, bytes: () => bytes };
}

async function heap(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;
}

const fcpOf = (page) => page.evaluate(() =>
  performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);

/** Input-to-paint of a click on `locator`, as the page's own clock saw it. */
async function clickLatency(page, locator, options = {}) {
  const before = await page.evaluate(() => window.__bench.clicks.length);
  await locator.click(options);
  await page.waitForFunction((n) => window.__bench.clicks.length > n, before);
  return page.evaluate(() => window.__bench.clicks.at(-1));
}

/** A throttled cold load of `url`, once the page marks itself interactive. */
async function openInteractive(browser, url) {
  const loaded = await throttled(browser);
  await loaded.page.goto(url);
  await loaded.page.waitForFunction(() => window.__bench.interactive != null, null, { timeout: 60000 });
  return { ...loaded, loadBytes: loaded.bytes() };
}

async function explainerRun(browser, url) {
  const { context, page, cdp, loadBytes } = await openInteractive(browser, url);
  const next = [];
  for (let i = 0; i < CLICKS; i++) next.push(await clickLatency(page, page.getByTestId('step-next')));
  const select = [];
  // The first, middle and last events of the story's timeline, whatever the story.
  const ids = await page.locator('[data-testid="timeline-event"]').evaluateAll((els) => els.map((el) => el.dataset.eventId));
  for (const id of [ids[0], ids[Math.floor(ids.length / 2)], ids.at(-1)].slice(0, CLICKS)) {
    select.push(await clickLatency(page, page.locator(`[data-event-id="${id}"]`)));
  }
  const result = {
    bytes: loadBytes,
    fcp: await fcpOf(page),
    interactive: await page.evaluate(() => window.__bench.interactive),
    next,
    select,
    eventTiming: await page.evaluate(() => Math.max(0, ...window.__bench.events)),
    heap: await heap(cdp),
  };
  await context.close();
  return result;
}

async function anchorRun(browser, url) {
  const { context, page, cdp, bytes } = await throttled(browser);
  await page.goto(url);
  // TimelineJS is ready when it has drawn its first slide and its time navigation.
  await page.waitForSelector('.tl-timenav .tl-timemarker', { state: 'attached', timeout: 60000 });
  await page.waitForSelector('.tl-slide-content', { timeout: 60000 });
  const ready = await page.evaluate(() => performance.now());
  await page.waitForTimeout(300);
  const loadBytes = bytes();
  // Its equivalent of "next step": the next-slide button; of selecting an event: a marker.
  const next = [];
  for (let i = 0; i < CLICKS; i++) {
    next.push(await clickLatency(page, page.locator('.tl-slidenav-next').first()));
    await page.waitForTimeout(800); // its slide animation
  }
  const select = [];
  for (let i = 0; i < CLICKS; i++) {
    // The marker before the active one (the time navigation keeps it in view, at its left).
    const active = await page.locator('.tl-timemarker').evaluateAll((els) => els.findIndex((e) => e.classList.contains('tl-timemarker-active')));
    const marker = page.locator('.tl-timemarker').nth(Math.max(0, active - 1)).locator('.tl-timemarker-content-container');
    select.push(await clickLatency(page, marker, { position: { x: 10, y: 20 }, force: true }));
    await page.waitForTimeout(800);
  }
  const result = { bytes: loadBytes, fcp: await fcpOf(page), interactive: ready, next, select, heap: await heap(cdp) };
  await context.close();
  return result;
}

/** The floor: a page with a button that toggles a class on a short text (no framework). */
function floorPage() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'floor-'));
  fs.writeFileSync(path.join(dir, 'index.html'), `<!doctype html><html lang="en"><head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Floor</title><style>.on{background:#ffe08a}</style></head>
<body><p id="t">A step of text.</p><button id="b" type="button">Next</button>
<script>document.getElementById('b').addEventListener('click', () => document.getElementById('t').classList.toggle('on'));
document.documentElement.setAttribute('data-interactive', 'true');</script>
</body></html>`);
  return dir;
}

async function floorRun(browser, url) {
  const { context, page, cdp, loadBytes } = await openInteractive(browser, url);
  const next = [];
  for (let i = 0; i < 2 * CLICKS; i++) next.push(await clickLatency(page, page.locator('#b')));
  const result = { bytes: loadBytes, fcp: await fcpOf(page), interactive: await page.evaluate(() => window.__bench.interactive), next, select: next, heap: await heap(cdp) };
  await context.close();
  return result;
}

/** Where one next-step click's main-thread time goes, from a Chromium trace. */
async function traceNext(browser, url) {
  const { context, page } = await openInteractive(browser, url);
  await page.waitForTimeout(500);
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  const latency = await clickLatency(page, page.getByTestId('step-next'));
  const trace = JSON.parse((await browser.stopTracing()).toString());
  await context.close();
  const kinds = {
    script: ['FunctionCall', 'EventDispatch', 'TimerFire', 'FireAnimationFrame', 'v8.compile', 'EvaluateScript'],
    style: ['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet'],
    layout: ['Layout', 'UpdateLayerTree', 'PrePaint'],
    paint: ['Paint', 'PaintImage', 'Layerize', 'Commit', 'RasterTask'],
  };
  // The window: from the click's dispatch to the paint after it (the measured latency).
  const click = trace.traceEvents.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click');
  if (!click) return { latency, totals: {} };
  const from = click.ts, to = click.ts + latency * 1000;
  const totals = { handler: click.dur / 1000 };
  for (const [kind, names] of Object.entries(kinds)) {
    // Time covered by events of this kind inside the window (nested ones counted once).
    const spans = trace.traceEvents
      .filter((e) => names.includes(e.name) && e.ph === 'X' && e.dur && e.ts < to && e.ts + e.dur > from)
      .map((e) => [Math.max(e.ts, from), Math.min(e.ts + e.dur, to)])
      .sort((x, y) => x[0] - y[0]);
    let total = 0, end = from;
    for (const [start, stop] of spans) {
      if (stop > end) { total += stop - Math.max(start, end); end = stop; }
    }
    totals[kind] = total / 1000;
  }
  return { latency, totals };
}

/** A TimelineJS page with the explainer's dated events (read from the built page). */
function anchorPage(dist) {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const headline = html.match(/<h1>([^<]*)<\/h1>/)?.[1] ?? '';
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
    'September', 'October', 'November', 'December'];
  const events = [];
  const re = /<span class="event-date">([^<]*)<\/span><span class="event-title">([^<]*)<\/span>/g;
  for (const [, when, title] of html.matchAll(re)) {
    const parts = when.replace(/^(Since|By) /, '').split(' ');
    const year = Number(parts.at(-1));
    const date = { year };
    if (parts.length >= 2) date.month = months.indexOf(parts.at(-2)) + 1;
    if (parts.length === 3) date.day = Number(parts[0]);
    events.push({ start_date: date, text: { headline: title, text: when } });
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'timelinejs-'));
  const lib = path.join('node_modules', '@knight-lab', 'timelinejs', 'dist');
  fs.cpSync(lib, path.join(dir, 'timelinejs'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'index.html'), `<!doctype html><html lang="en"><head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>TimelineJS comparison</title>
<link rel="stylesheet" href="timelinejs/css/timeline.css">
<script src="timelinejs/js/timeline.js"></script></head>
<body><div id="timeline-embed" style="width:100%;height:600px"></div>
<script>window.timeline = new TL.Timeline('timeline-embed', ${JSON.stringify({ title: { text: { headline } }, events })});</script>
</body></html>`);
  return { dir, events: events.length };
}

const fmtMs = (x) => (x == null ? '  n/a' : `${Math.round(x)} ms`.padStart(8));
const fmtKb = (x) => (x == null ? '  n/a' : `${(x / 1024).toFixed(1)} KB`.padStart(9));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const server = await startServer({ root: DIST, port: 0, brotli: true });
console.log(`Throttling: ${THROTTLE.cpu}x CPU, ${THROTTLE.latencyMs} ms RTT, ${THROTTLE.downKbps / 1000} Mbit/s down; ${RUNS} cold runs each; medians.\n`);

const m = (runs, key) => median(runs.flatMap((r) => [r[key]].flat()));
const ours = [];
for (let i = 0; i < RUNS; i++) ours.push(await explainerRun(browser, server.url));

let anchor = null, anchorEvents = 0;
if (ANCHOR) {
  const { dir, events } = anchorPage(DIST);
  anchorEvents = events;
  const anchorServer = await startServer({ root: dir, port: 0, brotli: true });
  anchor = [];
  for (let i = 0; i < RUNS; i++) anchor.push(await anchorRun(browser, anchorServer.url));
  await anchorServer.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

const floorDir = floorPage();
const floorServer = await startServer({ root: floorDir, port: 0, brotli: true });
const floor = [];
for (let i = 0; i < RUNS; i++) floor.push(await floorRun(browser, floorServer.url));

const ratio = (a, b) => (a != null && b ? (a / b).toFixed(2) : ' n/a');
const cell = (x, unit) => (unit === 'KB' ? fmtKb(x) : fmtMs(x)).padStart(10);
const rows = [
  ['bytes on the wire', 'bytes', 'KB'],
  ['first contentful paint', 'fcp', 'ms'],
  ['interactive (TL: drawn)', 'interactive', 'ms'],
  ['next step (TL: next slide)', 'next', 'ms'],
  ['select event (TL: marker)', 'select', 'ms'],
  ['JS heap', 'heap', 'KB'],
];
console.log(`Medians: ${RUNS} cold loads each, ${CLICKS} clicks of each kind per load. TimelineJS 3.9.11 shows the same ${anchorEvents} dated events; the floor is a plain button that toggles a class.\n`);
console.log(`  ${''.padEnd(28)}${'explainer'.padStart(10)}${'TimelineJS'.padStart(11)}${'floor'.padStart(10)}   ÷ TL   ÷ floor`);
for (const [label, key, unit] of rows) {
  const ex = m(ours, key), tl = anchor ? m(anchor, key) : null, fl = m(floor, key);
  const vsFloor = key === 'next' || key === 'select' ? ratio(ex, fl) : '';
  console.log(`  ${label.padEnd(28)}${cell(ex, unit)}${cell(tl, unit).padStart(11)}${cell(fl, unit)}   ${ratio(ex, tl).padStart(4)}   ${vsFloor.padStart(5)}`);
}
const et = m(ours, 'eventTiming');
console.log(`  (Event Timing, the explainer's longest click: ${et ? fmtMs(et).trim() : 'none ≥ 16 ms, below the API threshold'})`);

const missed = [];
const tlNext = anchor ? m(anchor, 'next') : null;
const check = (ok, what) => { if (ok === false) missed.push(what); };
if (anchor) {
  check(m(ours, 'bytes') <= TARGETS.bytes * m(anchor, 'bytes'), `bytes ≤ ${TARGETS.bytes}× TimelineJS`);
  check(m(ours, 'fcp') <= TARGETS.fcp * m(anchor, 'fcp'), `first paint ≤ ${TARGETS.fcp}× TimelineJS`);
  check(m(ours, 'interactive') <= TARGETS.interactive * m(anchor, 'interactive'), `interactive ≤ ${TARGETS.interactive}× TimelineJS`);
  check(m(ours, 'next') <= TARGETS.interactionVsAnchor * tlNext, `next step ≤ ${TARGETS.interactionVsAnchor}× TimelineJS's next slide`);
  check(m(ours, 'select') <= TARGETS.interactionVsAnchor * tlNext, `event selection ≤ ${TARGETS.interactionVsAnchor}× TimelineJS's next slide`);
}
check(m(ours, 'next') <= TARGETS.interactionVsFloor * m(floor, 'next'), `next step ≤ ${TARGETS.interactionVsFloor}× the floor`);
check(m(ours, 'select') <= TARGETS.interactionVsFloor * m(floor, 'next'), `event selection ≤ ${TARGETS.interactionVsFloor}× the floor`);
check(m(ours, 'heap') <= TARGETS.heapMb * 1024 * 1024, `JS heap ≤ ${TARGETS.heapMb} MB`);
console.log(missed.length ? `\nTargets missed: ${missed.join('; ')}` : '\nAll targets met.');

if (TRACE) {
  const traces = [];
  for (let i = 0; i < Math.min(RUNS, 5); i++) traces.push(await traceNext(browser, server.url));
  const part = (k) => median(traces.map((t) => t.totals[k]));
  console.log(`\nOne next-step click, traced (${traces.length} loads, medians of main-thread time in each kind of work):`);
  console.log(`  input→paint ${fmtMs(median(traces.map((t) => t.latency))).trim()}: the click handler ${part('handler').toFixed(1)} ms (Yew renders in it); within the frame: script ${part('script').toFixed(1)} ms, style ${part('style').toFixed(1)} ms, layout ${part('layout').toFixed(1)} ms, paint ${part('paint').toFixed(1)} ms`);
}

await floorServer.close();
fs.rmSync(floorDir, { recursive: true, force: true });
await server.close();
await browser.close();
