// A JSON Schema (as projected by contractspec-schema) drawn as an expandable tree: each object
// property on one line, nested objects and arrays of objects in <details> the keyboard opens.

import { h } from './dom.js';

/** The schema behind $refs, with allOf members merged in (the projection wraps bounded scalars in allOf). */
export function resolve(schema, root) {
  let current = schema;
  for (let depth = 0; current && current.$ref && depth < 20; depth++) {
    const name = decodeURIComponent(current.$ref.split('/').pop());
    current = { ...(root.$defs || {})[name], ...(current.description ? { description: current.description } : {}) };
  }
  current = current || {};
  if (Array.isArray(current.allOf)) {
    const merged = { ...current };
    delete merged.allOf;
    for (const member of current.allOf) {
      for (const [key, value] of Object.entries(resolve(member, root))) if (!(key in merged)) merged[key] = value;
    }
    return merged;
  }
  return current;
}

function refName(schema) {
  return schema && schema.$ref ? decodeURIComponent(schema.$ref.split('/').pop()) : null;
}

/** One word for a schema's type: a model or enum name, or the JSON type. */
export function typeName(schema, root) {
  const named = refName(schema);
  const resolved = resolve(schema, root);
  if (resolved.type === 'array') return typeName(resolved.items || {}, root) + '[]';
  if (named) return named;
  let type = resolved.type;
  if (Array.isArray(type)) type = type.filter((t) => t !== 'null').join(' | ') + (type.includes('null') ? ' | null' : '');
  if (resolved.enum) return 'enum';
  if (resolved.format) return (type || 'any') + ' (' + resolved.format + ')';
  return type || (resolved.anyOf || resolved.oneOf ? 'one of several' : 'any');
}

const CONSTRAINTS = ['minLength', 'maxLength', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum',
  'minItems', 'maxItems', 'uniqueItems', 'default'];

function constraints(schema) {
  const facts = [];
  for (const name of CONSTRAINTS) {
    if (name === 'pattern' && schema.format) continue; // the format says it better than its long pattern
    if (schema[name] !== undefined) facts.push(name + ' ' + JSON.stringify(schema[name]));
  }
  if (schema.enum) facts.push('one of ' + schema.enum.map((v) => JSON.stringify(v)).join(', '));
  return facts;
}

function objectOf(schema, root) {
  const resolved = resolve(schema, root);
  if (resolved.type === 'array') return objectOf(resolved.items || {}, root);
  return resolved.properties ? resolved : null;
}

function properties(schema, root, depth) {
  const required = new Set(schema.required || []);
  return h('ul', { class: 'tree' }, Object.entries(schema.properties).map(([name, property]) => {
    const resolved = resolve(property, root);
    const facts = constraints(resolved.type === 'array' ? resolve(resolved.items || {}, root) : resolved);
    const line = [h('code', null, name), ' ', h('span', { class: 'type' }, typeName(property, root)),
      required.has(name) ? h('span', { class: 'req' }, ' required') : h('span', { class: 'opt' }, ' optional'),
      resolved.description || property.description ? ' — ' + (property.description || resolved.description) : '',
      facts.length ? h('span', { class: 'facts' }, ' (' + facts.join('; ') + ')') : ''];
    const nested = objectOf(property, root);
    if (nested && depth < 6) {
      return h('li', null, h('details', null, h('summary', null, line), properties(nested, root, depth + 1)));
    }
    return h('li', null, line);
  }));
}

/** The tree of a standalone schema document (its definitions under $defs). */
export function schemaTree(title, schema) {
  const root = resolve(schema, schema);
  return h('section', { class: 'schema' },
    h('h3', null, title, ' ', h('code', null, root.title || refName(schema) || '')),
    root.description ? h('p', null, root.description) : '',
    root.properties ? properties(root, schema, 0) : h('p', null, 'Type: ', typeName(schema, schema)),
    h('details', { class: 'raw' }, h('summary', null, 'JSON Schema'), h('pre', { class: 'json', tabindex: '0' }, h('code', null, JSON.stringify(schema, null, 2)))));
}
