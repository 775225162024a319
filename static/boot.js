// Runs in <head> before the first paint (a plain script: no inline code, so a strict CSP needs
// no hashes). It
//  - marks <html> with "js" so the CSS shows one step at a time (without this script, with
//    JavaScript off, the page stays the whole story as a document);
//  - marks embedded pages, applies the host's options from the URL, and when framed loads the
//    embed protocols (static/embed-child.js);
//  - loads the wasm app (Trunk writes the file names into <meta name="explainer-app">);
//  - if the app cannot load or later traps (a Rust panic aborts as a wasm trap), takes "js"
//    away so the whole story shows as text, and shows a short notice. Nothing is lost.
(function () {
  'use strict';
  var html = document.documentElement;
  var meta = document.querySelector('meta[name="explainer-app"]');
  var failed = false;

  function fail() {
    if (failed) return;
    failed = true;
    html.removeAttribute('data-interactive');
    html.classList.remove('js');
    var notice = document.getElementById('app-notice');
    if (notice) notice.hidden = false;
  }

  // A wasm trap (panic) reaches the page as an uncaught WebAssembly.RuntimeError.
  function isTrap(error) {
    return typeof WebAssembly === 'object' && error instanceof WebAssembly.RuntimeError;
  }
  // The language switcher's plain links keep the reader's view: the same step's page, and
  // with the app running, its hash (steps, events and cards have the same ids in every
  // language).
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[data-keep-view]');
    if (link && location.hash) link.hash = location.hash;
  });
  window.addEventListener('error', function (event) { if (isTrap(event.error)) fail(); });
  window.addEventListener('unhandledrejection', function (event) { if (isTrap(event.reason)) fail(); });

  if (!meta || typeof WebAssembly !== 'object') { document.addEventListener('DOMContentLoaded', fail); return; }

  html.classList.add('js');

  // Embedded (framed, or ?embed in the URL): compact chrome from the first paint; when framed,
  // the child side of the embed protocols (height, state) loads as a plain script.
  var framed = window.parent !== window;
  if (framed || /[?&]embed(?:[=&]|$)/.test(location.search)) {
    html.classList.add('embed');
    // The host's options (README, "Embedding"), before the first paint: copied onto <html>
    // only in their exact forms, and the stylesheet gives them their meaning, so anything
    // else does nothing. A step opens as a link to it would, unless the URL names a view.
    var query = new URLSearchParams(location.search);
    var option = function (name, form) {
      var value = query.get(name);
      if (value !== null && form.test(value)) html.setAttribute('data-' + name, value);
    };
    option('theme', /^(light|dark|auto)$/);
    option('plain', /^(|true|1)$/);
    option('transparent', /^(|true|1)$/);
    var step = query.get('step');
    if (step && !location.hash && /^[a-z0-9-]{1,64}$/.test(step)) history.replaceState(history.state, '', '#step=' + step);
  }
  // A script beside the app's files (a step's page, step/<id>/, is two folders down).
  function load(name) {
    var script = document.createElement('script');
    script.src = new URL(name, new URL(meta.getAttribute('data-js'), location.href)).href;
    document.head.appendChild(script);
  }
  if (framed) load('embed-child.js');

  // Download at once; start the app only when the page (its mount point) is parsed.
  var domReady = new Promise(function (resolve) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', resolve);
    else resolve();
  });
  Promise.all([import(meta.getAttribute('data-js')), domReady])
    .then(function (loaded) {
      // Fetch the wasm with its integrity hash (the build moved it here from the preload link,
      // where browsers ignore it), so a tampered file is refused.
      var url = meta.getAttribute('data-wasm');
      var integrity = meta.getAttribute('data-wasm-integrity');
      var wasm = integrity ? fetch(url, { integrity: integrity, credentials: 'same-origin' }) : url;
      return loaded[0].default({ module_or_path: wasm });
    })
    // The share controls' script, once the app runs (it is no part of the first load).
    .then(function () { load('share.js'); })
    .catch(function (error) {
      domReady.then(fail);
      // Say why in the console for whoever debugs it; the reader sees the notice.
      console.warn('The interactive explainer could not start:', error);
    });
})();
