// The editors' live preview (run by scripts/preview.sh, which installs and builds what it needs
// first). It serves the explainer built from a content file and, at each save, shows the change
// in every open page by itself, at the view the reader had (the URL and its hash are kept).
//
//   node scripts/preview.mjs --content FILE [--port 8080] [--host 127.0.0.1] [--work DIR]
//
// How a save becomes a page: the wasm carries the story's structure (ids, dates, stances, the
// map's layout), the page its words. So the renderer (`postbuild --content`, see
// crates/site/src/bin/postbuild.rs) first renders the pages from the file as saved, with the wasm already
// built, which takes a second or two; only when the structure changed does it say so (status 3)
// and the wasm is rebuilt (`trunk build`, about 10 s). When the file has problems, every open
// page shows the list scripts/check.sh prints, over the last good build, and the terminal
// prints it too; the next good save clears it. A change to the code (src/, crates/, static/, index.html,
// build.rs, Cargo.toml, Trunk.toml) rebuilds the renderer and the wasm.
//
// The reload channel is the preview's alone: this server adds one script tag to each page it
// serves (/__preview/client.js, which listens to /__preview/events). The pages on disk are a
// release build's, with the production Content-Security-Policy; the script and its events are
// same-origin ('self'), so the policy needs nothing more.

import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startServer } from './static-server.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');

const { values: opts } = parseArgs({
  options: {
    content: { type: 'string', default: path.join(ROOT, 'content', 'story.toml') },
    port: { type: 'string', default: '8080' },
    host: { type: 'string', default: '127.0.0.1' },
    work: { type: 'string' },
  },
});
const content = path.resolve(opts.content);
const port = Number(opts.port);
const host = opts.host;
const cache = process.env.EXPLAINER_CACHE || path.join(ROOT, 'target');
const work = path.resolve(opts.work ?? path.join(cache, `preview-${port || process.pid}`));
const renderer = process.env.RENDERER;
if (!renderer) {
  console.error('preview: RENDERER is not set: run scripts/preview.sh, which builds it');
  process.exit(2);
}
if (!fs.existsSync(content)) {
  console.error(`preview: there is no content file at ${content}`);
  process.exit(2);
}

// The content file the wasm in STAGE was built from (a copy taken when it was built), and the
// staged site before its pages are rendered.
const BUILT = path.join(work, 'built.toml');
const STAGE = path.join(work, 'stage');
const PROBLEMS = path.join(work, 'problems.json');
// Preview images already drawn, by their SVG's hash: a save redraws only the images it changed.
const IMAGES = path.join(work, 'images');
fs.mkdirSync(work, { recursive: true });
// A wasm left from an earlier run may be of other code: the first refresh builds it again.
fs.rmSync(BUILT, { force: true });
fs.rmSync(PROBLEMS, { force: true });
for (const name of fs.readdirSync(work)) {
  if (name.startsWith('site-')) fs.rmSync(path.join(work, name), { recursive: true, force: true });
}

/** A file as the terminal and the page name it: relative to here when it is below here. */
const named = (file) => {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') ? relative : file;
};
const shown = named(content);
const log = (line) => console.error(`[preview ${new Date().toTimeString().slice(0, 8)}] ${line}`);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

// What the open pages are told: the state, and the id of the build the server now serves.
let site = null;
let build = 'none';
let state = { state: 'building', reason: 'the first build' };
let sites = 0;
const clients = new Set();

function publish(next) {
  state = next;
  const data = `data: ${JSON.stringify({ ...state, build })}\n\n`;
  for (const res of clients) res.write(data);
}

const CLIENT = {
  '/__preview/client.js': ['preview-client.js', 'text/javascript; charset=utf-8'],
  '/__preview/client.css': ['preview-client.css', 'text/css; charset=utf-8'],
};

// Shown until the first good build: the client script shows what is happening (and the problems,
// when the file has some), and reloads when the build is there.
const WAITING = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>Preview</title>
<link rel="icon" href="data:,">
<script src="/__preview/client.js" data-build="none" defer></script></head>
<body><p>The preview is being built.</p></body></html>`;

function extra(req, res, urlPath) {
  if (urlPath === '/__preview/events') {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    res.write(`retry: 500\ndata: ${JSON.stringify({ ...state, build })}\n\n`);
    clients.add(res);
    req.on('close', () => clients.delete(res));
    return true;
  }
  if (CLIENT[urlPath]) {
    const [file, type] = CLIENT[urlPath];
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' });
    res.end(fs.readFileSync(path.join(HERE, file)));
    return true;
  }
  if (!site && (urlPath.endsWith('/') || urlPath.endsWith('.html'))) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
    res.end(WAITING);
    return true;
  }
  return false;
}

const tag = () => `<script src="/__preview/client.js" data-build="${build}" defer></script>`;
const server = await startServer({
  root: () => site || path.join(work, 'none'),
  port,
  host,
  extra,
  rewriteHtml: (html) => html.replace('</head>', `${tag()}</head>`),
}).catch((e) => {
  console.error(`preview: could not serve on ${host}:${port}: ${e.message}` +
    (e.code === 'EADDRINUSE' ? ' (the port is taken: choose another with PORT=8090)' : ''));
  process.exit(1);
});
// The address the pages' links and preview tags name (as scripts/serve.sh sets it).
const publicUrl = server.url;

/** Runs a command; resolves to its exit code and its output (stdout and stderr together). */
function run(command, argv, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, argv, { cwd: ROOT, env: { ...process.env, ...env } });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { out += d; });
    child.on('error', (e) => resolve({ code: 2, out: String(e) }));
    child.on('close', (code) => resolve({ code: code ?? 2, out }));
  });
}
/** Runs a function of scripts/common.sh with arguments. */
const common = (fn, ...argv) => run('bash', ['-c', `source "$ROOT/scripts/common.sh" && ${fn} "$@"`, fn, ...argv], { ROOT });
const tail = (text, lines = 40) => text.trimEnd().split('\n').slice(-lines).join('\n');

function failed(what, out) {
  log(`${what}:\n${tail(out)}`);
  publish({ state: 'failed', message: what, output: tail(out) });
}

// Takes the copy the wasm is built from: the content file and its translations beside it
// (story.ru.toml as built.ru.toml), whose words the map's layout makes room for.
function copyBuilt() {
  for (const name of fs.readdirSync(work)) {
    if (/^built\..+\.toml$/.test(name)) fs.rmSync(path.join(work, name), { force: true });
  }
  fs.copyFileSync(content, BUILT);
  const stem = path.basename(content, '.toml');
  for (const name of fs.readdirSync(path.dirname(content))) {
    const lang = name.startsWith(`${stem}.`) && name.endsWith('.toml') ? name.slice(stem.length + 1, -5) : '';
    if (lang && !lang.includes('.')) fs.copyFileSync(path.join(path.dirname(content), name), path.join(work, `built.${lang}.toml`));
  }
}

// Renders the pages from the content file as saved; rebuilds the wasm first where it must.
async function refresh(codeChanged) {
  const started = Date.now();
  if (codeChanged || !fs.existsSync(renderer)) {
    publish({ state: 'building', reason: 'the code changed: rebuilding' });
    log('the code changed: rebuilding the renderer');
    const r = await common('build_renderer');
    if (r.code !== 0) return failed('the renderer did not build', r.out);
    fs.rmSync(BUILT, { force: true });
  }
  // Once with the wasm there is and, where the structure changed, again after rebuilding it
  // (and once more if the file changed during that build).
  for (let attempt = 0; attempt < 3; attempt++) {
    const next = path.join(work, `site-${++sites}`);
    fs.rmSync(next, { recursive: true, force: true });
    if (fs.existsSync(STAGE)) fs.cpSync(STAGE, next, { recursive: true });
    else fs.mkdirSync(next);
    const r = await run(renderer, ['--content', content, '--wasm-content', BUILT, '--problems-json', PROBLEMS,
      '--image-cache', IMAGES, next],
      { EXPLAINER_PUBLIC_URL: publicUrl });
    if (r.code === 0) {
      const old = site;
      site = next;
      build = `${Date.now().toString(36)}-${sites}`;
      if (old) fs.rmSync(old, { recursive: true, force: true });
      log(`${shown}: the page shows it (${seconds(Date.now() - started)})`);
      publish({ state: 'ok', took: Date.now() - started });
      return;
    }
    fs.rmSync(next, { recursive: true, force: true });
    if (r.code === 1 && fs.existsSync(PROBLEMS)) {
      const problems = JSON.parse(fs.readFileSync(PROBLEMS, 'utf8'));
      fs.rmSync(PROBLEMS);
      // The file with the problems: the story, a translation beside it, or a catalogue.
      const file = problems.file ? named(path.resolve(ROOT, problems.file)) : shown;
      log(`${file} has problems; the page shows them over the last good build:\n${problems.text}`);
      publish({ state: 'problems', file, problems: problems.problems });
      return;
    }
    if (r.code !== 3) return failed('the pages were not rendered', r.out);
    const why = codeChanged ? 'the code changed' : site ? "the story's structure changed" : 'the first build';
    log(`${shown}: ${why}: rebuilding the app (wasm), about 10 s`);
    publish({ state: 'building', reason: `${why}: rebuilding the app` });
    copyBuilt();
    const b = await common('build_preview_wasm', BUILT, STAGE);
    if (b.code !== 0) {
      fs.rmSync(BUILT, { force: true });
      return failed('the app did not build', b.out);
    }
  }
  failed('the content file kept changing during the build: save again', '');
}

// One refresh at a time; saves during one are taken by the next.
let running = false;
let pending = null;
async function schedule(codeChanged) {
  pending = { codeChanged: codeChanged || Boolean(pending?.codeChanged) };
  if (running) return;
  running = true;
  try {
    while (pending) {
      const { codeChanged: code } = pending;
      pending = null;
      await refresh(code);
    }
  } finally {
    running = false;
  }
}
let timer = null;
let codeSeen = false;
function changed(code) {
  codeSeen ||= code;
  clearTimeout(timer);
  // Editors save in several writes (or write a new file and rename it): wait for the last.
  timer = setTimeout(() => {
    const code = codeSeen;
    codeSeen = false;
    schedule(code);
  }, 60);
}

const base = path.basename(content);
// The story's translations beside it (story.ru.toml) and the interface's catalogues hold
// words only too: the pages are rendered again, the wasm kept.
const stem = base.replace(/\.toml$/, '');
const isTranslation = (name) => name.startsWith(stem + '.') && name.endsWith('.toml') && name !== base;
fs.watch(path.dirname(content), (_, name) => { if (name === base || (name && isTranslation(name))) changed(false); });
fs.watch(path.join(ROOT, 'locales'), (_, name) => { if (name && name.endsWith('.ftl')) changed(false); });
const CODE = /\.(rs|js|mjs|css|html|toml)$/;
// Each folder on its own (a recursive watch needs Node 20 on Linux).
function watchTree(dir) {
  fs.watch(dir, (_, name) => { if (name && CODE.test(name)) changed(true); });
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) watchTree(path.join(dir, entry.name));
  }
}
watchTree(path.join(ROOT, 'src'));
watchTree(path.join(ROOT, 'crates'));
watchTree(path.join(ROOT, 'static'));
const TOP = new Set(['index.html', 'build.rs', 'Cargo.toml', 'Trunk.toml']);
fs.watch(ROOT, (_, name) => { if (TOP.has(name)) changed(true); });

console.log(`Preview of ${shown} at ${server.url}  (save the file to see the change; Ctrl-C to stop)`);
schedule(false);
