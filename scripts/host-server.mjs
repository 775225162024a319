// Serves the example host pages (examples/host/) as a news site on another origin would, with
// {{EXPLAINER}} replaced by the explainer's address and pym.js (from npm) at /vendor/.
//   node scripts/host-server.mjs --explainer http://127.0.0.1:8080/ [--port 8081] [--host 127.0.0.1]
// Also importable: startHostServer({ explainer, port, host }).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './static-server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

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
      if (/^\/[a-z]+\.html$/.test(page)) {
        const file = path.join(ROOT, 'examples', 'host', page);
        if (!fs.existsSync(file)) return false;
        const body = fs.readFileSync(file, 'utf8').replaceAll('{{EXPLAINER}}', explainer);
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' }).end(body);
        return true;
      }
      return false;
    },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => (args.includes('--' + name) ? args[args.indexOf('--' + name) + 1] : dflt);
  const { url } = await startHostServer({
    explainer: opt('explainer', 'http://127.0.0.1:8080/'),
    port: Number(opt('port', 8081)),
    host: opt('host', '127.0.0.1'),
  }).catch((e) => {
    console.error(`could not serve the example host pages: ${e.message}`);
    process.exit(1);
  });
  console.log(`Example host pages (embedding modes) at ${url}`);
}
