// Sharing: "Share this step" and the embed code's copy button (the markup is the page's:
// src/components/walkthrough.rs, `share`). A plain script loaded once the app runs (by
// static/boot.js; by embed.js in a script mount), so it costs the first load nothing and the
// wasm carries none of it. It makes no request of its own.
//
// - "Share this step": the step's own page (step/<id>/, which has its own preview image), with
//   the rest of the view in the hash, to the system's share sheet where there is one
//   (navigator.share, on phones), else to the clipboard.
// - "Copy the code": the embed code, naming embed.js where this explainer is really served,
//   written for the choices in its builder (light or dark, plain, this step, the language).
// - Each outcome is said in the status line (role="status"), in the page's words (data-say).
//   Where the browser will not copy (no clipboard API, a frame without clipboard-write, an
//   insecure page), the link or code is shown selected, to copy by hand.
// Nothing read from the URL is inserted as HTML: it is only set as text or a field's value.
(function () {
  'use strict';
  if (window.explainerShare) return;
  window.explainerShare = true;

  function find(box, selector) { return box.querySelector(selector); }

  // Say `key`'s words (none for '') in the box's status line.
  function say(box, key) {
    var status = find(box, '[data-testid="share-status"]');
    var words = key && find(box, '[data-say="' + key + '"]');
    if (status) status.textContent = words ? words.textContent : '';
    var field = find(box, '[data-testid="share-url"]');
    if (field && key !== 'link-failed') field.hidden = true;
  }

  // The explainer's root element: #app on its own pages, the mount in someone else's.
  function explainerOf(el) { return el.closest('[data-root]'); }

  // A page of the explainer's site as an absolute URL ("./" or "../../" on its own pages, an
  // absolute address when mounted).
  function site(el, path) {
    var root = explainerOf(el);
    return new URL((root && root.getAttribute('data-root') || './') + path, location.href).href;
  }

  // The step shown in an explainer, by id, unless it is the first (which opens anyway).
  function currentStep(root) {
    var steps = root ? root.querySelectorAll('.step[data-step-page]') : [];
    for (var i = 1; i < steps.length; i++) {
      if (steps[i].hasAttribute('aria-current')) {
        var id = /step\/([a-z0-9-]+)\/$/.exec(steps[i].getAttribute('data-step-page'));
        return id ? id[1] : '';
      }
    }
    return '';
  }

  // The language choices: one for each of the page's language links (a mounted explainer has
  // none, and its code keeps the language it was written with).
  function offerLanguages(box) {
    var field = find(box, '[data-embed="langs"]');
    var links = document.querySelectorAll('.languages a[lang]');
    if (!field || field.querySelector('input') || links.length < 2) return;
    var own = document.documentElement.lang;
    for (var i = 0; i < links.length; i++) {
      var tag = links[i].getAttribute('lang');
      if (!/^[A-Za-z-]{2,12}$/.test(tag)) continue;
      var label = document.createElement('label');
      var input = document.createElement('input');
      input.type = 'radio';
      input.name = 'embed-lang';
      input.value = i === 0 ? '' : tag;
      input.checked = tag === own;
      label.lang = tag;
      label.append(input, links[i].textContent);
      field.appendChild(label);
    }
    field.hidden = false;
  }

  // The embed code for the box's choices (theme, plain, this step, language), naming the
  // loader where this explainer is really served. Every value is one of our own.
  function embedCode(box) {
    var area = find(box, '[data-testid="embed-snippet"]');
    if (!area) return '';
    offerLanguages(box);
    var attrs = '';
    var theme = find(box, 'input[name="embed-theme"]:checked');
    if (theme && /^(light|dark|host)$/.test(theme.value)) attrs += ' data-theme="' + theme.value + '"';
    var plain = find(box, '[data-embed="plain"]');
    if (plain && plain.checked) attrs += ' data-plain';
    var stepBox = find(box, '[data-embed="step"]');
    var step = stepBox && stepBox.checked && currentStep(explainerOf(box));
    if (step) attrs += ' data-step="' + step + '"';
    var lang = find(box, 'input[name="embed-lang"]:checked');
    var written = /data-lang="([A-Za-z-]{2,12})"/.exec(area.defaultValue);
    var tag = lang ? lang.value : written ? written[1] : '';
    if (/^[A-Za-z-]{2,12}$/.test(tag)) attrs += ' data-lang="' + tag + '"';
    // The code as the page wrote it (crates/model's embed_snippet), with these attributes and
    // the real address.
    var url = site(box, 'embed.js');
    area.value = area.defaultValue
      .replace(/<div data-explainer[^>]*>/, function () { return '<div data-explainer' + attrs + '>'; })
      .replace(/src="[^"]*"/, function () { return 'src="' + url + '"'; });
    return area.value;
  }

  function copy(box, text, what) {
    function byHand() {
      var field = find(box, what === 'step' ? '[data-testid="share-url"]' : '[data-testid="embed-snippet"]');
      if (what === 'step') { field.value = text; field.hidden = false; }
      say(box, what === 'step' ? 'link-failed' : 'code-failed');
      field.focus();
      field.select();
    }
    try {
      navigator.clipboard.writeText(text).then(function () {
        say(box, what === 'step' ? 'link-copied' : 'code-copied');
      }, byHand);
    } catch (e) {
      byHand();
    }
  }

  function shareStep(box) {
    var root = explainerOf(box);
    var step = root && root.querySelector('.step[aria-current][data-step-page]');
    if (!step) return;
    var url = site(box, step.getAttribute('data-step-page'));
    // On the explainer's own page (or its frame) the hash is the view: keep it, unless it
    // names only the step, which the step's page shows with no hash.
    var hash = root.id === 'app' ? location.hash : '';
    if (hash && !/^#step=[a-z0-9-]+$/.test(hash)) url += hash;
    say(box, '');
    if (typeof navigator.share === 'function') {
      navigator.share({ url: url }).catch(function (error) {
        // Closing the sheet is the reader's choice; any other failure falls back to copying.
        if (!error || error.name !== 'AbortError') copy(box, url, 'step');
      });
    } else {
      copy(box, url, 'step');
    }
  }

  // One listener for every explainer on the page (composedPath reaches into open shadow roots).
  document.addEventListener('click', function (event) {
    var path = event.composedPath();
    var control = null;
    var inShare = false;
    for (var i = 0; i < path.length; i++) {
      var node = path[i];
      if (!node.matches) continue;
      if (!control && node.matches('[data-share]')) control = node;
      if (node.matches('.share')) inShare = true;
    }
    if (!control) {
      // Anything else the reader does in an explainer makes its last message stale.
      for (var j = 0; !inShare && j < path.length; j++) {
        if (path[j].matches && path[j].matches('[data-root]')) {
          var box = find(path[j], '.share');
          if (box) say(box, '');
          break;
        }
      }
      return;
    }
    var share = control.closest('.share');
    if (control.getAttribute('data-share') === 'step') shareStep(share);
    else { say(share, ''); copy(share, embedCode(share), 'embed'); }
  });

  // A choice in a builder writes its code again.
  document.addEventListener('input', function (event) {
    var target = event.composedPath()[0];
    var builder = target && target.closest && target.closest('.embed-builder');
    if (builder) embedCode(builder.closest('.share'));
  });

  // Write every embed code now, for a reader who copies it by hand, and again whenever its
  // explainer moves to another step.
  var boxes = Array.prototype.slice.call(document.querySelectorAll('.share'));
  var hosts = document.querySelectorAll('[data-explainer]');
  for (var k = 0; k < hosts.length; k++) {
    if (hosts[k].shadowRoot) boxes = boxes.concat(Array.prototype.slice.call(hosts[k].shadowRoot.querySelectorAll('.share')));
  }
  boxes.forEach(function (box) {
    embedCode(box);
    var root = explainerOf(box);
    if (root && typeof MutationObserver === 'function') {
      new MutationObserver(function () { embedCode(box); })
        .observe(root, { subtree: true, attributes: true, attributeFilter: ['aria-current'] });
    }
  });
})();
