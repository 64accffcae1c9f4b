// A workflow definition's step graph as SVG: steps in layers by their distance from the entry
// step, one arrow per transition labelled with its action. The text alternative lists every edge.

import { s } from './dom.js';

const WIDTH = 190;
const HEIGHT = 50;
const GAP_X = 40;
const GAP_Y = 70;

/** [{action, to}] of a step's transitions map (target key or {to, roles, condition}). */
export function transitionsOf(step) {
  let transitions = step.transitions || {};
  if (typeof transitions === 'string') {
    try { transitions = JSON.parse(transitions); } catch (e) { transitions = {}; }
  }
  return Object.entries(transitions).map(([action, target]) => ({ action, to: typeof target === 'string' ? target : (target && target.to) }));
}

function layers(steps, initialStepId) {
  const byKey = new Map(steps.map((step) => [step.key, step]));
  const ordered = [...steps].sort((a, b) => (a.position || 0) - (b.position || 0));
  const entry = steps.find((step) => step.id === initialStepId) || ordered[0];
  const depth = new Map();
  const queue = entry ? [entry.key] : [];
  if (entry) depth.set(entry.key, 0);
  while (queue.length) {
    const key = queue.shift();
    for (const { to } of transitionsOf(byKey.get(key))) {
      if (byKey.has(to) && !depth.has(to)) {
        depth.set(to, depth.get(key) + 1);
        queue.push(to);
      }
    }
  }
  let next = Math.max(-1, ...depth.values()) + 1;
  for (const step of ordered) if (!depth.has(step.key)) depth.set(step.key, next++);
  const rows = [];
  for (const step of ordered) (rows[depth.get(step.key)] ||= []).push(step);
  return rows.filter(Boolean);
}

export function stepGraph(definition, currentStepKey) {
  const steps = definition.steps || [];
  const rows = layers(steps, definition.initialStepId);
  const columns = Math.max(1, ...rows.map((row) => row.length));
  const width = columns * (WIDTH + GAP_X) + GAP_X;
  const height = rows.length * (HEIGHT + GAP_Y) + GAP_Y / 2;
  const place = new Map();
  rows.forEach((row, y) => row.forEach((step, x) => {
    const offset = (width - row.length * (WIDTH + GAP_X) + GAP_X) / 2;
    place.set(step.key, { x: offset + x * (WIDTH + GAP_X), y: GAP_Y / 3 + y * (HEIGHT + GAP_Y) });
  }));
  const edges = [];
  const labels = [];
  const described = [];
  for (const step of steps) {
    for (const { action, to } of transitionsOf(step)) {
      described.push(step.key + ' → ' + to + ' on ' + action);
      const a = place.get(step.key);
      const b = place.get(to);
      if (!a || !b) continue;
      const x1 = a.x + WIDTH / 2; const y1 = a.y + HEIGHT;
      const x2 = b.x + WIDTH / 2; const y2 = b.y;
      let path;
      let lx;
      let ly;
      if (y2 > y1) { // down to a later layer
        path = `M${x1},${y1} C${x1},${y1 + GAP_Y / 2} ${x2},${y2 - GAP_Y / 2} ${x2},${y2 - 2}`;
        lx = (x1 + x2) / 2; ly = (y1 + y2) / 2;
      } else if (a.y === b.y) { // sideways within a layer
        const from = b.x > a.x ? a.x + WIDTH : a.x;
        const to = b.x > a.x ? b.x - 2 : b.x + WIDTH + 2;
        path = `M${from},${a.y + HEIGHT / 2} L${to},${b.y + HEIGHT / 2}`;
        lx = (from + to) / 2; ly = a.y + HEIGHT / 2 - 6;
      } else { // back up to an earlier layer, around the right side
        path = `M${a.x + WIDTH},${a.y + HEIGHT / 2} C${a.x + WIDTH + GAP_X},${a.y} ${b.x + WIDTH + GAP_X},${b.y + HEIGHT} ${b.x + WIDTH},${b.y + HEIGHT / 2}`;
        lx = Math.max(a.x, b.x) + WIDTH + GAP_X / 2; ly = (a.y + b.y) / 2 + HEIGHT / 2;
      }
      edges.push(s('path', { d: path, class: 'edge', 'marker-end': 'url(#arrow)' }));
      labels.push(s('text', { x: lx, y: ly, class: 'edge-label', 'text-anchor': 'middle' }, action));
    }
  }
  const nodes = steps.map((step) => {
    const p = place.get(step.key);
    const current = step.key === currentStepKey;
    return s('g', { class: 'node ' + step.type + (current ? ' current' : ''), 'data-step': step.key },
      s('rect', { x: p.x, y: p.y, width: WIDTH, height: HEIGHT, rx: 8 }),
      s('text', { x: p.x + WIDTH / 2, y: p.y + 21, 'text-anchor': 'middle', class: 'name' }, step.name || step.key),
      s('text', { x: p.x + WIDTH / 2, y: p.y + 39, 'text-anchor': 'middle', class: 'kind' }, step.type + (current ? ' · current' : '')));
  });
  const id = 'graph-' + (definition.key || 'workflow');
  return s('svg', { viewBox: `0 0 ${width} ${height}`, class: 'graph', role: 'img', 'aria-labelledby': id + '-title ' + id + '-desc', width, height },
    s('title', { id: id + '-title' }, 'Steps of ' + (definition.name || definition.key)),
    s('desc', { id: id + '-desc' }, described.join('; ') || 'No transitions.'),
    s('defs', null, s('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
      s('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrow' }))),
    edges, labels, nodes);
}
