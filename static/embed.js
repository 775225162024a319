// The host page's loader for the explainer (the build fills in __ASSETS__ and __LANGS__, as JSON). On a news site:
//
//   <div data-explainer data-height="1400"></div>
//   <script src="https://EXPLAINER/embed.js" async></script>
//
// Each [data-explainer] element becomes an iframe of the explainer, its height reserved up
// front (data-height, else 1400) and then set to the content's height as the frame reports it;
// each change of view is mirrored into the host page's URL hash (#explainer=step%3D3, key set
// by data-key) so a shared link reopens the same view in the frame. Options:
//   data-sandbox      frame it with sandbox="allow-scripts" (no storage, opaque origin)
//   data-mode=mount   no iframe: mount the explainer in a shadow root of the element (styles
//                     isolated both ways; the host page's URL is left alone)
//   data-lang=ru      the explainer in another of its languages (ru, fa-AF...; any other value
//                     shows the original)
// and the look the host asks for (README, "Embedding"), the same as a frame's URL takes:
//   data-theme        light | dark | auto (the reader's system, the default) | host (follow
//                     this page's color-scheme, and keep following it when it changes)
//   data-plain        no masthead: the walkthrough starts at the top
//   data-transparent  no background of its own
//   data-accent       the house accent, #rrggbb (not used in a theme where it fails WCAG AA)
//   data-font         a named stack (serif, sans-serif, system-ui, transitional, old-style,
//                     humanist, neo-grotesque: static/embed-look.js); for the mount also a
//                     family this page has loaded
//   data-step         open at this step (its id), unless this page's URL names a view
// Each is read in its exact form and anything else is ignored: no value reaches a URL, HTML
// or CSS but in that form. Messages are accepted only from the frame, in the exact shapes the
// explainer sends.
(function () {
  'use strict';
  // What it loads, by hashed name with its integrity hash: css, js, wasm, markup (the
  // prerendered explainer, for the mount), share (share.js), the title and height.
  var A = __ASSETS__;
  // The translations: each one's folder, markup (for the mount), its hash and title.
  var LANGS = __LANGS__;
  var script = document.currentScript;
  if (!script) return;
  var base = new URL('./', script.src);
  var VIEW = /^[a-z0-9=&-]{0,512}$/;

  // The value of `key` in the host's hash (#a=1&explainer=step%3D3), if it is a valid view.
  function hostView(key) {
    var parts = location.hash.slice(1).split('&');
    for (var i = 0; i < parts.length; i++) {
      var kv = parts[i].split('=');
      if (kv[0] === key && kv.length === 2) {
        try {
          var view = decodeURIComponent(kv[1]);
          if (VIEW.test(view)) return view;
        } catch (e) { /* not ours */ }
      }
    }
    return '';
  }

  function setHostView(key, view) {
    var parts = location.hash.slice(1).split('&').filter(function (p) {
      return p && p.split('=')[0] !== key;
    });
    if (view) parts.push(key + '=' + encodeURIComponent(view));
    var url = location.pathname + location.search + (parts.length ? '#' + parts.join('&') : '');
    history.replaceState(history.state, '', url);
  }

  // The house type and the accent's check (static/embed-look.js; the build fills it in).
  var look = __LOOK__;
  var SCHEME = matchMedia('(prefers-color-scheme: dark)');

  // The options an element asks for, each in its exact form (else absent, with a console
  // warning that says which option was not used; the value itself is not repeated).
  function optionsOf(el) {
    function get(name, form) {
      var value = el.getAttribute('data-' + name);
      if (value === null || form.test(value)) return value;
      console.warn('explainer: data-' + name + ' is not in a form the explainer takes (README, "Embedding"), so it is not used');
      return null;
    }
    return {
      theme: get('theme', /^(light|dark|auto|host)$/),
      plain: get('plain', /^(|true|1)$/) !== null,
      transparent: get('transparent', /^(|true|1)$/) !== null,
      font: get('font', /^[A-Za-z0-9][A-Za-z0-9 _-]{0,63}$/),
      accent: el.getAttribute('data-accent'),
      step: get('step', /^[a-z0-9-]{1,64}$/),
    };
  }

  // This page's light or dark: its root's computed color-scheme, else its body's, else its
  // color-scheme meta tag; "light dark" (either) follows the reader's system, and a page that
  // names none is light, as browsers draw it.
  function hostTheme() {
    var scheme = getComputedStyle(document.documentElement).colorScheme || 'normal';
    if (scheme === 'normal' && document.body) scheme = getComputedStyle(document.body).colorScheme || 'normal';
    var meta = document.querySelector('meta[name="color-scheme"]');
    if (scheme === 'normal' && meta) scheme = meta.getAttribute('content') || '';
    var dark = /\bdark\b/.test(scheme);
    if (dark && /\blight\b/.test(scheme)) return SCHEME.matches ? 'dark' : 'light';
    return dark ? 'dark' : 'light';
  }

  // Calls `changed(theme)` whenever this page's theme changes: its root's or body's
  // attributes (a class, a style), its head (a color-scheme meta), or the reader's system.
  function watchHostTheme(changed) {
    var last = hostTheme();
    function check() {
      var now = hostTheme();
      if (now !== last) changed(last = now);
    }
    var observer = new MutationObserver(check);
    observer.observe(document.documentElement, { attributes: true });
    if (document.head) observer.observe(document.head, { childList: true, subtree: true, attributes: true });
    if (document.body) observer.observe(document.body, { attributes: true });
    SCHEME.addEventListener('change', check);
    return last;
  }

  // The language an element asks for, if the explainer has it (else the original).
  function langOf(el) {
    var lang = el.getAttribute('data-lang');
    return lang && Object.prototype.hasOwnProperty.call(LANGS, lang) ? LANGS[lang] : null;
  }

  function frame(el, n) {
    var key = el.getAttribute('data-key') || (n ? 'explainer' + n : 'explainer');
    var id = 'explainer-frame-' + n;
    var sandboxed = el.hasAttribute('data-sandbox');
    var iframe = document.createElement('iframe');
    var options = optionsOf(el);
    var view = hostView(key) || (options.step ? 'step=' + options.step : '');
    var lang = langOf(el);
    var query = '?embed&childId=' + id;
    var theme = options.theme;
    if (theme === 'host') theme = watchHostTheme(function (now) { tell(now); });
    if (theme) query += '&theme=' + theme;
    if (options.plain) query += '&plain';
    if (options.transparent) query += '&transparent';
    if (look.font(options.font)) query += '&font=' + options.font;
    else if (options.font) console.warn('explainer: data-font names none of the stacks; a family of this page can be used only by the mount (data-mode="mount")');
    var accent = look.hexOf(options.accent);
    if (accent) query += '&accent=' + accent;
    iframe.src = base.href + (lang ? lang.path : '') + query + (view ? '#' + view : '');
    iframe.title = el.getAttribute('data-title') || (lang ? lang.title : A.title);
    iframe.height = String(parseInt(el.getAttribute('data-height'), 10) || A.height);
    iframe.setAttribute('width', '100%');
    iframe.style.border = '0';
    iframe.style.display = 'block';
    // The explainer's "Share this step" and "Copy the code" may use the clipboard and the
    // share sheet from inside the frame (without this they show the link to copy by hand).
    iframe.setAttribute('allow', 'clipboard-write; web-share');
    if (sandboxed) iframe.setAttribute('sandbox', 'allow-scripts');
    // The frame's color-scheme is the theme it shows, so a browser draws no opaque backdrop
    // behind a transparent explainer (it does where the two differ).
    function scheme(theme) { iframe.style.colorScheme = theme === 'light' || theme === 'dark' ? theme : 'light dark'; }
    scheme(theme);
    el.textContent = '';
    el.appendChild(iframe);
    // This page's theme, to a frame that follows it (sent again once it loads, in case it
    // changed before the frame was listening).
    var current = theme;
    function tell(now) {
      current = now;
      scheme(now);
      if (iframe.contentWindow) iframe.contentWindow.postMessage({ type: 'explainer:theme', theme: now }, sandboxed ? '*' : base.origin);
    }
    if (options.theme === 'host') iframe.addEventListener('load', function () { tell(current); });
    addEventListener('message', function (event) {
      if (event.source !== iframe.contentWindow) return;
      if (event.origin !== base.origin && !(sandboxed && event.origin === 'null')) return;
      var data = event.data;
      if (typeof data === 'string') {
        var m = data.length < 100 && /^pymxPYMx([\w-]+)xPYMxheightxPYMx(\d{1,6})$/.exec(data);
        if (m && m[1] === id && +m[2] > 0) iframe.height = m[2];
      } else if (data && data.type === 'explainer:state' && typeof data.hash === 'string') {
        var next = data.hash.replace(/^#/, '');
        if (VIEW.test(next) && next !== hostView(key)) setHostView(key, next);
      }
    });
  }

  // The host's options on a mount's root (the stylesheet reads them as in a frame).
  function dress(root, options) {
    function set(name, value) {
      if (value === null || value === false) root.removeAttribute('data-' + name);
      else root.setAttribute('data-' + name, value === true ? '' : value);
    }
    function accent() { look.useAccent(root, options.accent, root.getAttribute('data-theme')); }
    var theme = options.theme === 'auto' ? null : options.theme;
    if (theme === 'host') theme = watchHostTheme(function (now) { set('theme', now); accent(); });
    set('theme', theme);
    set('plain', options.plain);
    set('transparent', options.transparent);
    accent();
    // A named stack, or a family this page has loaded (once it has).
    var font = options.font;
    var stack = look.font(font);
    if (stack) root.style.setProperty('--house', stack);
    else if (font && document.fonts) {
      var house = function () {
        var loaded = false;
        document.fonts.forEach(function (face) {
          if (face.status === 'loaded' && face.family.replace(/^["']|["']$/g, '') === font) loaded = true;
        });
        if (loaded) root.style.setProperty('--house', '"' + font + '",');
        return loaded;
      };
      // A face the page loads later (a font loader, the FontFace API) is taken when it loads.
      if (!house()) {
        var later = function () { if (house()) document.fonts.removeEventListener('loadingdone', later); };
        document.fonts.addEventListener('loadingdone', later);
      }
    }
  }

  function mount(el) {
    var shadow = el.shadowRoot || el.attachShadow({ mode: 'open' });
    var style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = base.href + A.css;
    style.integrity = A.cssIntegrity;
    style.crossOrigin = 'anonymous';
    var root = document.createElement('div');
    root.className = 'live';
    // Where the explainer's own pages are (its share control links to them).
    root.setAttribute('data-root', base.href);
    shadow.append(style, root);
    var options = optionsOf(el);
    dress(root, options);
    // Verify the script like the explainer's own page does: a preload with its hash.
    var preload = document.createElement('link');
    preload.rel = 'modulepreload';
    preload.href = base.href + A.js;
    preload.integrity = A.jsIntegrity;
    preload.crossOrigin = 'anonymous';
    document.head.appendChild(preload);
    // The prerendered explainer (checked against its hash, so only our markup is inserted);
    // the wasm hydrates it, as on the explainer's own page.
    // The start view's markup, or the step's the host asked for (data-step: the hydrated app
    // starts there, as on the step's own page).
    var lang = langOf(el);
    var steps = (lang || A).steps;
    var step = options.step && Object.prototype.hasOwnProperty.call(steps, options.step) ? steps[options.step] : null;
    if (step) root.setAttribute('data-step', options.step);
    var markup = fetch(base.href + (step ? step[0] : lang ? lang.path : '') + A.markup,
      { integrity: step ? step[1] : lang ? lang.markupIntegrity : A.markupIntegrity, mode: 'cors' })
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.text(); });
    import(preload.href).then(function (glue) {
      var wasm = fetch(base.href + A.wasm, { integrity: A.wasmIntegrity, mode: 'cors' });
      return Promise.all([markup, glue.default({ module_or_path: wasm })]).then(function (done) {
        root.innerHTML = done[0];
        glue.mount(root);
        // The share controls' script (once per page; it serves every mount).
        if (!document.querySelector('script[data-explainer-share]')) {
          var share = document.createElement('script');
          share.src = base.href + 'share.js';
          share.integrity = A.shareIntegrity;
          share.crossOrigin = 'anonymous';
          share.setAttribute('data-explainer-share', '');
          document.head.appendChild(share);
        }
      });
    }).catch(function () {
      var a = document.createElement('a');
      a.href = base.href + (lang ? lang.path : '');
      a.textContent = lang ? lang.title : A.title;
      root.textContent = lang ? lang.failed : 'The interactive explainer could not load here. Read it on its own page: ';
      root.appendChild(a);
    });
  }

  // Elements already set up (the script included twice) are left alone.
  // Numbered on from those set up before (the snippet pasted twice, each with its script), so
  // each frame has its own id and its own part of the URL.
  var els = document.querySelectorAll('[data-explainer]:not([data-explainer-ready])');
  var before = document.querySelectorAll('[data-explainer][data-explainer-ready]').length;
  for (var i = 0; i < els.length; i++) {
    els[i].setAttribute('data-explainer-ready', '');
    if (els[i].getAttribute('data-mode') === 'mount') mount(els[i]);
    else frame(els[i], before + i);
  }
})();
