// The editors' live preview, in the page: scripts/preview.mjs adds this script to each page it
// serves (never to a build). It listens to the preview's events and
//   - reloads the page when a newer build is served (the URL, with its hash, is kept, so the
//     reader's view is too);
//   - lists the content file's problems over the page (the last good build) until they are
//     fixed, as scripts/check.sh prints them: file:line, the item, what is wrong, the fix;
//   - says in a corner what the preview is doing.
// Everything is made with the DOM (text, never HTML) inside a shadow root, so neither the page's
// styles nor the messages can change the other.
(() => {
  const me = document.currentScript;
  const build = me && me.dataset.build;
  let panel = null;
  let status = null;
  let hideStatus = 0;

  function el(name, props = {}, ...children) {
    const node = document.createElement(name);
    for (const [key, value] of Object.entries(props)) {
      if (key === 'text') node.textContent = value;
      else node.setAttribute(key, value);
    }
    node.append(...children);
    return node;
  }

  function ui() {
    if (status) return;
    const host = el('div', { id: 'explainer-preview' });
    const root = host.attachShadow({ mode: 'open' });
    status = el('p', { class: 'status', role: 'status', 'data-testid': 'preview-status' });
    panel = el('div', { class: 'panel', 'data-testid': 'preview-problems', hidden: '' });
    root.append(el('link', { rel: 'stylesheet', href: '/__preview/client.css' }), panel, status);
    document.body.append(host);
  }

  function say(text, lasting) {
    ui();
    clearTimeout(hideStatus);
    status.textContent = text;
    status.hidden = false;
    if (!lasting) hideStatus = setTimeout(() => { status.hidden = true; }, 4000);
  }

  function show(heading, intro, body) {
    ui();
    const close = el('button', { type: 'button', class: 'toggle', 'aria-expanded': 'true', text: 'Hide' });
    const content = el('div', { class: 'content' }, el('p', { text: intro }), body);
    close.addEventListener('click', () => {
      const open = content.hidden;
      content.hidden = !open;
      close.textContent = open ? 'Hide' : 'Show';
      close.setAttribute('aria-expanded', String(open));
    });
    panel.replaceChildren(el('section', { role: 'alert' },
      el('div', { class: 'bar' }, el('h2', { text: heading }), close), content));
    panel.hidden = false;
  }

  function clear() {
    if (panel) {
      panel.hidden = true;
      panel.replaceChildren();
    }
  }

  const underneath = build === 'none'
    ? 'There is no good build to show yet.'
    : 'The page below is the last good build.';

  function problems(state) {
    const n = state.problems.length;
    const list = el('ol', {}, ...state.problems.map((p) => el('li', { 'data-testid': 'preview-problem' },
      el('code', { class: 'where', text: `${state.file}${p.line ? `:${p.line}` : ''}` }), ' ',
      el('strong', { text: p.item }), `: ${p.message}`,
      el('span', { class: 'fix', text: `fix: ${p.fix}` }))));
    show(`${state.file} has ${n} problem${n === 1 ? '' : 's'}`,
      `${underneath} Fix the file and save: this list goes away.`, list);
    say('Preview: the content file has problems', true);
  }

  function update(state) {
    if (state.state === 'ok') {
      if (state.build !== build) {
        say('Preview: reloading…', true);
        location.reload();
        return;
      }
      clear();
      say(`Preview: up to date (${(state.took / 1000).toFixed(1)} s)`, false);
    } else if (state.state === 'building') {
      say(`Preview: ${state.reason}…`, true);
    } else if (state.state === 'problems') {
      problems(state);
    } else if (state.state === 'failed') {
      show(`Preview: ${state.message}`, `${underneath} The messages:`, el('pre', { text: state.output || '' }));
      say(`Preview: ${state.message}`, true);
    }
  }

  function start() {
    const events = new EventSource('/__preview/events');
    events.onmessage = (event) => {
      let state;
      try {
        state = JSON.parse(event.data);
      } catch {
        return;
      }
      update(state);
    };
    events.onerror = () => say('Preview: the preview server is not answering (is scripts/preview.sh running?)', true);
  }

  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start);
})();
