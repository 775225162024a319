// The stage as the reader sees it, from the browser's own boxes: what is in view after a step
// change (stage.spec.mjs) and what is wrong with the map as drawn (map-layout.spec.mjs); both
// also run on every other story (story.spec.mjs). Each function runs in the page.

/** What is wrong with the map as drawn now: texts, dots and labels cut by its frame or
 * overlapping, labels without words or taller than them; and where each actor's dot is, in
 * the map's own units. Runs in the page. */
export function mapProblems() {
  const svg = document.querySelector('svg.map');
  const frame = svg.getBoundingClientRect();
  const scale = frame.width / svg.viewBox.baseVal.width;
  const shown = (el) => {
    const style = getComputedStyle(el);
    return style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0
      && el.getClientRects().length > 0;
  };
  const inside = (a, b) => a.left >= b.left - 0.5 && a.right <= b.right + 0.5 && a.top >= b.top - 0.5 && a.bottom <= b.bottom + 0.5;
  const overlap = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
  // A text's box: as wide as the browser lays it out; as tall as its line, one em above its
  // baseline and 0.3 below (an Arabic face declares a line box of about 2.1 em, room for
  // stacked marks this text does not use, which would make every Dari name "overlap").
  const band = (row, rect) => {
    const p = row.getStartPositionOfChar(0);
    const m = row.getScreenCTM();
    const base = m.b * p.x + m.d * p.y + m.f;
    const em = parseFloat(getComputedStyle(row).fontSize) * scale;
    return { left: rect.left, right: rect.right, top: Math.max(rect.top, base - em), bottom: Math.min(rect.bottom, base + 0.3 * em) };
  };
  const problems = [];
  const items = [];
  const places = {};
  for (const node of svg.querySelectorAll('.map-node')) {
    const id = node.dataset.filterActor;
    const dot = node.querySelector('circle');
    places[id] = [dot.cx.baseVal.value, dot.cy.baseVal.value];
    if (!shown(node)) continue;
    items.push({ id: `dot of ${id}`, owner: id, box: dot.getBoundingClientRect() });
    for (const row of node.querySelectorAll('text tspan')) {
      items.push({ id: `name of ${id}: ${row.textContent}`, owner: id, box: band(row, row.getBoundingClientRect()) });
    }
  }
  for (const edge of svg.querySelectorAll('.map-edge')) {
    if (!shown(edge)) continue;
    const id = edge.dataset.relationshipId;
    const box = edge.querySelector('.edge-box');
    const texts = [...edge.querySelectorAll('.edge-text')].filter(shown);
    const words = texts.map((t) => t.textContent.trim()).filter(Boolean);
    const b = box.getBoundingClientRect();
    if (words.length === 0) problems.push(`label of ${id}: a box without words`);
    // Each line's words inside the box: as wide as the browser sets each of its rows, as tall
    // as its lines (line-height; the same allowance for Arabic faces' tall line boxes).
    let height = 0;
    for (const t of texts) {
      const lines = t.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(t);
      for (const r of range.getClientRects()) {
        const row = { left: r.left, right: r.right, top: Math.max(r.top, lines.top), bottom: Math.min(r.bottom, lines.bottom) };
        if (!inside(row, b)) problems.push(`label of ${id}: "${t.textContent}" runs out of its box`);
      }
      height += lines.height;
    }
    // No blank line: the box is its lines and its padding and border (12 units), no taller.
    if (b.height > height + 12 * scale + 1) problems.push(`label of ${id}: a box taller than its words (${Math.round(b.height)} px for ${Math.round(height)})`);
    items.push({ id: `label of ${id}`, owner: `edge ${id}`, box: b });
  }
  for (const item of items) {
    if (!inside(item.box, frame)) problems.push(`${item.id} is cut by the frame`);
  }
  items.forEach((a, i) => items.slice(i + 1).forEach((b) => {
    if (a.owner !== b.owner && overlap(a.box, b.box)) problems.push(`${a.id} overlaps ${b.id}`);
  }));
  return { problems, places, count: items.length };
}

/** Where things are, after a step change, in viewport terms. (Whether the map's texts fit
 * and keep clear of each other, in real fonts, is map-layout.spec.mjs's.) */
export function stageInView() {
  const inView = (el) => {
    if (!el) return false;
    const b = el.getBoundingClientRect();
    return b.width > 0 && b.top >= 0 && b.left >= 0 && b.bottom <= innerHeight && b.right <= innerWidth;
  };
  const focus = [...document.querySelectorAll('[data-testid="map-edge"][data-highlighted="true"]')];
  const next = document.querySelector('[data-testid="step-next"]').getBoundingClientRect();
  return {
    next: [next.left, next.top],
    title: inView(document.querySelector('[data-testid="step-title"]')),
    marker: inView(document.querySelector('[data-testid="time-marker"]')),
    // An edge on the map with its stance in words (its label's box; a relationship with no
    // state yet at the step's date says so).
    relationships: focus.map((edge) => {
      const id = edge.dataset.relationshipId;
      const words = [...edge.querySelectorAll('.edge-text')].filter((t) => getComputedStyle(t).display !== 'none' && t.textContent.trim());
      return [id, inView(edge.querySelector('.edge-box')) && words.length > 0, edge.dataset.stance];
    }),
  };
}
