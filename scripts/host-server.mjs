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

/** Escapes text for an HTML attribute's value or element content. */
const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The options an embed takes (README, "Embedding"), by name. */
const OPTIONS = ['theme', 'plain', 'transparent', 'accent', 'font', 'step', 'lang'];

/** An article embedding the explainer in one `form` (loader, mount, iframe, pym) with the
 * options in `query` as the host wrote them (not checked here: the explainer must cope with
 * anything), on a page whose color-scheme is `scheme` (none, light, dark, "light dark"). For
 * the tests, and to try the options by hand: /options.html?form=mount&theme=host&accent=%23005a9c */
function optionsArticle(query, explainer) {
  const form = query.get('form') || 'loader';
  const given = OPTIONS.filter((name) => query.has(name)).map((name) => [name, query.get(name)]);
  let embed;
  if (form === 'loader' || form === 'mount') {
    const attrs = given.map(([name, value]) => ` data-${name}="${escape(value)}"`).join('');
    embed = `<div data-explainer${form === 'mount' ? ' data-mode="mount"' : ''}${attrs}></div>\n`
      + `<script src="${escape(explainer)}embed.js" async></script>`;
  } else {
    const params = given.map(([name, value]) => `&${encodeURIComponent(name)}${value === '' ? '' : '=' + encodeURIComponent(value)}`).join('');
    const src = `${explainer}?embed${params}`;
    embed = form === 'pym'
      ? `<div id="explainer-pym"></div>\n<script src="/vendor/pym.v1.min.js"></script>\n`
        + `<script>window.pymParent = new pym.Parent("explainer-pym", ${JSON.stringify(src).replace(/</g, '\\u003c')}, { title: "Explainer" });</script>`
      : `<iframe src="${escape(src)}" title="Explainer" width="100%" height="1400" style="border:0"></iframe>`;
  }
  const scheme = query.get('scheme');
  const head = scheme ? `<meta name="color-scheme" content="${escape(scheme)}">\n`
    + `<style>:root { color-scheme: ${escape(scheme)}; } body { background: Canvas; color: CanvasText; }</style>` : '';
  return read('article.html')
    .replaceAll('{{TITLE}}', escape(`${form} with ${given.map(([n, v]) => `${n}=${v}`).join(' ') || 'no options'}`))
    .replace('{{HEAD}}', head)
    .replace('{{EMBED}}', embed);
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
      if (urlPath === '/options.html') {
        const body = optionsArticle(new URL(req.url, 'http://host/').searchParams, explainer);
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' }).end(body);
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
