// A small static file server for dist/ (no dependencies): used by scripts/serve.sh, the browser
// tests and the benchmark. It serves files with the right MIME types (wasm must be
// application/wasm for streaming compilation), compresses with brotli when asked, and never
// serves outside its root.
//
//   node scripts/static-server.mjs --root dist --port 8080 [--host 127.0.0.1] [--brotli]
//                                  [--headers dist/_headers]
//
// It can also be imported: `startServer({ root, port, host, brotli, headers })` returns
// { server, url, close() }. Response headers come from root/_headers (Netlify style) when it
// exists, as a static host would apply them. For the editors' preview (scripts/preview.mjs),
// `root` may be a function (the folder of the latest build) and `rewriteHtml(text)` changes
// each HTML page as it is served.

import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.svg', '.txt']);

/** Parses a Netlify-style `_headers` file: `/path` lines followed by indented `Name: value`. */
export function parseHeadersFile(text) {
  const rules = [];
  let current = null;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = { pattern: line.trim(), headers: {} };
      rules.push(current);
    } else if (current) {
      const at = line.indexOf(':');
      if (at > 0) current.headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

function headersFor(rules, urlPath) {
  const out = {};
  for (const rule of rules) {
    const p = rule.pattern;
    const match = p.endsWith('*') ? urlPath.startsWith(p.slice(0, -1)) : urlPath === p;
    if (match) Object.assign(out, rule.headers);
  }
  return out;
}

export function startServer({ root, port = 8080, host = '127.0.0.1', brotli = false, headers, extra = null, rewriteHtml = null }) {
  const rootNow = typeof root === 'function' ? root : () => root;
  const cache = new Map();
  // The rules of each root's _headers (or of the file given), read once.
  const rulesOf = new Map();
  const rulesFor = (absRoot) => {
    // `headers: null` means none; left out, the root's own.
    const file = headers === undefined ? path.join(absRoot, '_headers') : headers;
    if (!rulesOf.has(file)) {
      rulesOf.set(file, file && fs.existsSync(file) ? parseHeadersFile(fs.readFileSync(file, 'utf8')) : []);
    }
    return rulesOf.get(file);
  };

  const server = http.createServer((req, res) => {
    let urlPath;
    try {
      urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    if (extra && extra(req, res, urlPath)) return;
    const absRoot = path.resolve(rootNow());
    if (urlPath.endsWith('/')) urlPath += 'index.html';
    const file = path.resolve(absRoot, '.' + urlPath);
    if (!file.startsWith(absRoot + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const ext = path.extname(file);
    const head = {
      'content-type': TYPES[ext] || 'application/octet-stream',
      'cache-control': 'no-cache',
      ...headersFor(rulesFor(absRoot), urlPath),
    };
    let body = fs.readFileSync(file);
    if (rewriteHtml && ext === '.html') body = Buffer.from(rewriteHtml(body.toString('utf8'), urlPath));
    if (brotli && COMPRESSIBLE.has(ext) && /\bbr\b/.test(req.headers['accept-encoding'] || '')) {
      const key = file + ':' + fs.statSync(file).mtimeMs + ':' + body.length;
      if (!cache.has(key)) {
        cache.set(key, zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
      }
      body = cache.get(key);
      head['content-encoding'] = 'br';
      head.vary = 'accept-encoding';
    }
    head['content-length'] = body.length;
    res.writeHead(200, head);
    res.end(req.method === 'HEAD' ? undefined : body);
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const actual = server.address().port;
      resolve({ server, url: `http://${host}:${actual}/`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values: opts } = parseArgs({
    options: {
      root: { type: 'string', default: 'dist' },
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      brotli: { type: 'boolean', default: false },
      headers: { type: 'string' },
    },
  });
  const root = opts.root;
  const { url } = await startServer({
    root,
    port: Number(opts.port),
    host: opts.host,
    brotli: opts.brotli,
    headers: opts.headers ?? path.join(root, '_headers'),
  }).catch((e) => {
    console.error(`could not serve ${root}: ${e.message}` +
      (e.code === 'EADDRINUSE' ? ' (the port is taken: choose another with PORT=8081)' : ''));
    process.exit(1);
  });
  console.log(`Serving ${root}/ at ${url}  (Ctrl-C to stop)`);
}
