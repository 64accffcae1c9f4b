// Small DOM helpers: elements from plain calls, so no markup is built from strings (no injection).

export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  setAttributes(el, attrs);
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  setAttributes(el, attrs);
  append(el, children);
  return el;
}

function setAttributes(el, attrs) {
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value == null || value === false) continue;
    if (name.startsWith('on')) el.addEventListener(name.slice(2), value);
    else if (name === 'class' && !(el instanceof SVGElement)) el.className = value;
    else el.setAttribute(name, value === true ? '' : String(value));
  }
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

/** Replaces the main region's content and moves focus to its first heading (for keyboard and screen readers). */
export function show(...children) {
  const main = document.getElementById('main');
  main.replaceChildren();
  append(main, children);
  const heading = main.querySelector('h1');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    document.title = heading.textContent + ' · ContractSpec Studio';
    // After a navigation, focus goes to the new page's heading; on first load it stays at the top (skip link first).
    if (document.body.dataset.ready) heading.focus({ preventScroll: true });
  }
}

export function announce(text) {
  document.getElementById('status').textContent = text;
}

export function json(value) {
  return h('pre', { class: 'json', tabindex: '0' }, h('code', null, JSON.stringify(value, null, 2)));
}

export function badge(text, kind) {
  return h('span', { class: 'badge ' + (kind || String(text).replace(/[^a-z0-9-]/gi, '-')) }, text);
}

export function when(iso) {
  if (!iso) return '—';
  const date = new Date(iso);
  return isNaN(date) ? iso : date.toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
}

/** A table that scrolls sideways on a phone instead of squeezing its columns. */
export function table(caption, headers, rows) {
  return h('div', { class: 'scroll', role: 'region', 'aria-label': caption, tabindex: '0' },
    h('table', null, h('caption', null, caption),
      h('thead', null, h('tr', null, headers.map((header) => h('th', { scope: 'col' }, header)))),
      h('tbody', null, rows)));
}
