// Serves the example host pages as a news site on another origin would: examples/host/index.html
// and one article (article.html) per embedding mode (embeds/*.html), with {{EXPLAINER}}
// replaced by the explainer's address, and pym.js (from npm) at /vendor/.
//   node scripts/host-server.mjs --explainer http://127.0.0.1:8080/ [--port 8081] [--host 127.0.0.1]
// Also importable: startHostServer({ explainer, port, host }).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startServer } from './static-server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const read = (name) => {
  const file = path.join(ROOT, 'examples', 'host', name);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
};

/** An example article (examples/host/article.html) embedding the explainer one way: the
 * snippet in examples/host/embeds/NAME.html, whose first line names the mode, and any extra
 * head content in NAME.head.html. */
function article(name) {
  const embed = name && read(`embeds/${name}.html`);
  if (embed == null) return null;
  const title = /^<!-- title: (.*) -->\n/.exec(embed);
  return read('article.html')
    .replaceAll('{{TITLE}}', title ? title[1] : name)
    .replace('{{HEAD}}', read(`embeds/${name}.head.html`) || '')
    .replace('{{EMBED}}', title ? embed.slice(title[0].length) : embed);
}

export function startHostServer({ explainer, port = 0, host = '127.0.0.1' }) {
  return startServer({
    root: path.join(ROOT, 'examples', 'host'),
    port,
    host,
    headers: null,
    extra: (req, res, urlPath) => {
      if (urlPath === '/vendor/pym.v1.min.js') {
        const body = fs.readFileSync(path.join(ROOT, 'node_modules', 'pym.js', 'dist', 'pym.v1.min.js'));
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(body);
        return true;
      }
      const page = urlPath === '/' ? '/index.html' : urlPath;
      const name = /^\/([a-zA-Z-]+)\.html$/.exec(page)?.[1];
      const body = name === 'index' ? read('index.html') : article(name);
      if (body == null) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' })
        .end(body.replaceAll('{{EXPLAINER}}', explainer));
      return true;
    },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values: opts } = parseArgs({
    options: {
      explainer: { type: 'string', default: 'http://127.0.0.1:8080/' },
      port: { type: 'string', default: '8081' },
      host: { type: 'string', default: '127.0.0.1' },
    },
  });
  const { url } = await startHostServer({
    explainer: opts.explainer,
    port: Number(opts.port),
    host: opts.host,
  }).catch((e) => {
    console.error(`could not serve the example host pages: ${e.message}`);
    process.exit(1);
  });
  console.log(`Example host pages (embedding modes) at ${url}`);
}
