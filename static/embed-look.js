// The look a host asks for (README, "Embedding"), shared by static/embed.js (the script
// mount) and static/embed-child.js (a frame): the build writes this into both, in place of
// __LOOK__. Only embeds use it, so the explainer's own pages carry none of it.
(function () {
  // The house type (`font`): named stacks (after Modern Font Stacks), each put in front of the
  // explainer's own faces, which stay for any letter the house face lacks (the stylesheet's
  // --house). The map keeps its measured faces: its labels were laid out for them.
  var STACKS = {
    'serif': 'serif',
    'sans-serif': 'sans-serif',
    'system-ui': 'system-ui',
    'transitional': 'Charter, "Bitstream Charter", "Sitka Text", Cambria',
    'old-style': '"Iowan Old Style", "Palatino Linotype", "URW Palladio L", P052',
    'humanist': 'Seravek, "Gill Sans Nova", Ubuntu, Calibri, "DejaVu Sans", source-sans-pro',
    'neo-grotesque': 'Inter, Roboto, "Helvetica Neue", "Arial Nova", "Nimbus Sans", Arial'
  };
  // The --house value for a named stack (else null).
  function font(name) {
    return typeof name === 'string' && Object.prototype.hasOwnProperty.call(STACKS, name) ? STACKS[name] + ',' : null;
  }

  // The accent as rrggbb, if `value` is a hex colour (#rgb or #rrggbb, the # optional); a
  // console warning if it is something else.
  function hexOf(value) {
    if (value === null || value === undefined) return null;
    var match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(String(value));
    if (!match) {
      console.warn('explainer: the accent option is not a hex colour (#rrggbb), so it is not used');
      return null;
    }
    return (match[1].length === 3 ? match[1].replace(/./g, '$&$&') : match[1]).toLowerCase();
  }

  // The accent colour: `value` is what the host wrote (a hex colour, #rgb or #rrggbb, the #
  // optional); `themes` are the themes the explainer may show now. Returns, for each of them,
  // the colour if it meets WCAG AA for text (4.5:1) on both of that theme's backgrounds
  // (static/explainer.css, --bg and --surface), and says in the console why it is not used in
  // any other. Nothing the host wrote is echoed unless it is a valid colour.
  function accent(value, themes) {
    var BACKGROUNDS = { light: ['fbfaf7', 'ffffff'], dark: ['141414', '1e1e1d'] };
    var used = {};
    var hex = hexOf(value);
    if (!hex) return used;
    // WCAG 2's relative luminance of a colour as rrggbb.
    function luminance(rgb) {
      var channels = [0, 2, 4].map(function (i) {
        var c = parseInt(rgb.slice(i, i + 2), 16) / 255;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
      });
      return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }
    function contrast(a, b) {
      var la = luminance(a);
      var lb = luminance(b);
      return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }
    themes.forEach(function (theme) {
      var worst = Math.min.apply(null, BACKGROUNDS[theme].map(function (bg) { return contrast(hex, bg); }));
      if (worst >= 4.5) used[theme] = '#' + hex;
      else console.warn('explainer: the accent #' + hex + ' is not used in the ' + theme + ' theme: its contrast there is ' + worst.toFixed(2) + ':1, under the 4.5:1 that WCAG AA asks for text');
    });
    return used;
  }

  // Sets the accent's custom properties on `el` (a frame's <html>, a mount's root) for the
  // theme it shows now (`theme`: light, dark, or anything else for either), and clears them
  // where the accent is not used.
  function useAccent(el, value, theme) {
    var used = accent(value, theme === 'light' || theme === 'dark' ? [theme] : ['light', 'dark']);
    ['light', 'dark'].forEach(function (name) {
      if (used[name]) el.style.setProperty('--accent-' + name, used[name]);
      else el.style.removeProperty('--accent-' + name);
    });
  }

  return { hexOf: hexOf, useAccent: useAccent, font: font };
})()
