// The benchmark (not a test): loads the built explainer in headless Chromium under mobile-like
// throttling (4x CPU slowdown, 150 ms round trip, 1.6 Mbit/s down), from a loopback server
// that compresses with brotli, several times each with a cold cache, and prints medians of:
// bytes transferred, first contentful paint, time until data-interactive="true", the
// input-to-next-paint latency of a next-step click and of a timeline event selection, and
// the JS heap. It loads TimelineJS 3 (the anchor, from npm) the same way with the same dated
// events, for comparison.
//
//   node scripts/bench.mjs [--runs 7] [--no-anchor] [--cpu 4] [--dist dist]
//   (scripts/bench.sh builds first, then runs this)
//
// Requests to other hosts are blocked for both pages (this machine has no internet, and the
// explainer makes none); TimelineJS then falls back to system fonts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { startServer } from './static-server.mjs';

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 7;
const ANCHOR = !args.includes('--no-anchor');
const DIST = args.includes('--dist') ? args[args.indexOf('--dist') + 1] : 'dist';
const THROTTLE = { cpu: Number(args[args.indexOf('--cpu') + 1]) || 4, latencyMs: 150, downKbps: 1600, upKbps: 750 };
const TARGETS = { fcp: 600, interactive: 1200, interaction: 16 };

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

async function explainerRun(browser, url) {
  const { context, page, cdp, bytes } = await throttled(browser);
  await page.goto(url);
  await page.waitForFunction(() => window.__bench.interactive != null, null, { timeout: 60000 });
  const loadBytes = bytes();
  const clickLatency = async (locator) => {
    const before = await page.evaluate(() => window.__bench.clicks.length);
    await locator.click();
    await page.waitForFunction((n) => window.__bench.clicks.length > n, before);
    return page.evaluate(() => window.__bench.clicks.at(-1));
  };
  const next = await clickLatency(page.getByTestId('step-next'));
  const select = await clickLatency(page.locator('[data-event-id="terror-listing"]'));
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
  // Its equivalent of "next step": the next-slide button.
  const before = await page.evaluate(() => window.__bench.clicks.length);
  await page.locator('.tl-slidenav-next').first().click();
  await page.waitForFunction((n) => window.__bench.clicks.length > n, before);
  const next = await page.evaluate(() => window.__bench.clicks.at(-1));
  const result = { bytes: loadBytes, fcp: await fcpOf(page), interactive: ready, next, heap: await heap(cdp) };
  await context.close();
  return result;
}

/** A TimelineJS page with the explainer's dated events (read from the built page). */
function anchorPage(dist) {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
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
<script>window.timeline = new TL.Timeline('timeline-embed', ${JSON.stringify({ title: { text: { headline: 'Russia and the Taliban' } }, events })});</script>
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

const ours = [];
for (let i = 0; i < RUNS; i++) ours.push(await explainerRun(browser, server.url));
const m = (runs, key) => median(runs.map((r) => r[key]));

console.log(`Explainer (${DIST}/)`);
console.log(`  bytes transferred       ${fmtKb(m(ours, 'bytes'))}`);
console.log(`  first contentful paint  ${fmtMs(m(ours, 'fcp'))}   target ≤ ${TARGETS.fcp} ms`);
console.log(`  interactive             ${fmtMs(m(ours, 'interactive'))}   target ≤ ${TARGETS.interactive} ms`);
console.log(`  next step, input→paint  ${fmtMs(m(ours, 'next'))}   target ≤ ${TARGETS.interaction} ms (one frame)`);
console.log(`  select event, input→paint ${fmtMs(m(ours, 'select')).trimStart()}   target ≤ ${TARGETS.interaction} ms`);
const et = m(ours, 'eventTiming');
console.log(`  Event Timing, longest click ${et ? fmtMs(et).trimStart() : 'none ≥ 16 ms (below the API threshold)'}`);
console.log(`  JS heap                 ${fmtKb(m(ours, 'heap'))}`);

let anchor = null;
if (ANCHOR) {
  const { dir, events } = anchorPage(DIST);
  const anchorServer = await startServer({ root: dir, port: 0, brotli: true });
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await anchorRun(browser, anchorServer.url));
  anchor = runs;
  console.log(`\nTimelineJS 3.9.11, same ${events} dated events (the anchor)`);
  console.log(`  bytes transferred       ${fmtKb(m(runs, 'bytes'))}`);
  console.log(`  first contentful paint  ${fmtMs(m(runs, 'fcp'))}`);
  console.log(`  timeline drawn          ${fmtMs(m(runs, 'interactive'))}`);
  console.log(`  next slide, input→paint ${fmtMs(m(runs, 'next'))}`);
  console.log(`  JS heap                 ${fmtKb(m(runs, 'heap'))}`);
  await anchorServer.close();
  fs.rmSync(dir, { recursive: true, force: true });
  const ratio = (a, b) => (a && b ? (a / b).toFixed(2) : 'n/a');
  console.log('\nRatios, explainer / TimelineJS (lower is better; stable across machine noise)');
  console.log(`  bytes ${ratio(m(ours, 'bytes'), m(runs, 'bytes'))}   first paint ${ratio(m(ours, 'fcp'), m(runs, 'fcp'))}   interactive/drawn ${ratio(m(ours, 'interactive'), m(runs, 'interactive'))}   next ${ratio(m(ours, 'next'), m(runs, 'next'))}   heap ${ratio(m(ours, 'heap'), m(runs, 'heap'))}`);
}

const missed = [];
if (m(ours, 'fcp') > TARGETS.fcp) missed.push('first paint');
if (m(ours, 'interactive') > TARGETS.interactive) missed.push('interactive');
if (m(ours, 'next') > TARGETS.interaction) missed.push('next-step latency');
if (m(ours, 'select') > TARGETS.interaction) missed.push('event-selection latency');
console.log(missed.length ? `\nTargets missed: ${missed.join(', ')}` : '\nAll targets met.');

await server.close();
await browser.close();
