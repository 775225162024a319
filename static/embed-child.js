// The framed explainer's side of the embed protocols, loaded by the page's loader only when it
// is in a frame. It tells the parent its content height (as a Pym.js child, so an unmodified
// pym.Parent sizes it, and as AMP's embed-size message) whenever that changes and when asked
// (Pym's width message), and posts each change of view ({type: 'explainer:state', hash}) so
// embed.js can mirror it in the host page's URL. It applies the host's type (`font`) and
// accent colour (`accent`, where its contrast allows) and takes the parent's light or dark theme
// ({type: 'explainer:theme', theme: 'light' | 'dark'}, which embed.js sends for theme=host).
// It reads nothing else from messages: they are checked for source and shape, and nothing in
// them is navigated to or inserted.
(function () {
  'use strict';
  var parent = window.parent;
  if (parent === window) return;

  // Pym.js's parent puts its child id in our URL; only ids like an element id are accepted.
  var childId = new URLSearchParams(location.search).get('childId') || '';
  if (!/^[\w-]{0,64}$/.test(childId)) childId = '';
  var last = -1;

  function height() {
    return Math.ceil(document.documentElement.getBoundingClientRect().height);
  }

  function sendHeight(force) {
    var h = height();
    if (h === last && !force) return;
    last = h;
    parent.postMessage('pymxPYMx' + childId + 'xPYMxheightxPYMx' + h, '*');
    parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: h }, '*');
  }

  function sendState() {
    parent.postMessage({ type: 'explainer:state', hash: location.hash.slice(0, 512) }, '*');
  }

  if (typeof ResizeObserver === 'function') {
    new ResizeObserver(function () { sendHeight(false); }).observe(document.documentElement);
  }
  addEventListener('load', function () { sendHeight(true); });
  // A tab in the background draws nothing, so a resize observer there waits: measure again as
  // soon as the reader brings it to the front.
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible') sendHeight(false);
  });

  // The app writes its view to the URL with pushState/replaceState, which fire no events.
  ['pushState', 'replaceState'].forEach(function (name) {
    var original = history[name];
    history[name] = function () {
      var result = original.apply(this, arguments);
      sendState();
      return result;
    };
  });
  addEventListener('popstate', sendState);
  addEventListener('hashchange', sendState);

  // The house type and the accent, for the theme shown now (static/embed-look.js; the build
  // fills it in).
  var html = document.documentElement;
  var look = __LOOK__;
  var query = new URLSearchParams(location.search);
  var house = look.font(query.get('font'));
  if (house) html.style.setProperty('--house', house);
  var accent = query.get('accent');
  function applyAccent() { look.useAccent(html, accent, html.getAttribute('data-theme')); }
  applyAccent();

  addEventListener('message', function (event) {
    if (event.source !== parent) return;
    var data = event.data;
    // The host page's theme (embed.js, theme=host).
    if (data && typeof data === 'object' && data.type === 'explainer:theme') {
      if ((data.theme === 'light' || data.theme === 'dark') && data.theme !== html.getAttribute('data-theme')) {
        html.setAttribute('data-theme', data.theme);
        applyAccent();
      }
      return;
    }
    // Pym's parent asks for our height by telling us its width.
    if (typeof data !== 'string' || data.length > 200) return;
    var match = /^pymxPYMx([\w-]{0,64})xPYMxwidthxPYMx\d{1,6}$/.exec(data);
    if (match && match[1] === childId) sendHeight(true);
  });

  sendHeight(true);
})();
