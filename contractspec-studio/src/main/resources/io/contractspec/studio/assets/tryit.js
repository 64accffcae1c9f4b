// "Try it": a form generated from the operation's input schema, checked in the browser against that
// JSON Schema (@cfworker/json-schema, vendored) before it is sent with the user's token; the answer,
// or the problem document with each issue shown next to its field.

import { Validator } from './vendor/json-schema/index.js';
import { h, json, announce } from './dom.js';
import { resolve, typeName } from './schema-tree.js';
import { call, describe } from './api.js';

function control(name, property, root, id, describedBy) {
  const schema = resolve(property, root);
  const common = { id, name, 'aria-describedby': describedBy };
  if (schema.enum) {
    return h('select', common, h('option', { value: '' }, '(none)'), schema.enum.map((value) => h('option', { value: JSON.stringify(value) }, String(value))));
  }
  if (schema.type === 'boolean') {
    return h('select', common, h('option', { value: '' }, '(none)'), h('option', { value: 'true' }, 'true'), h('option', { value: 'false' }, 'false'));
  }
  if (schema.type === 'string' || schema.type === 'integer' || schema.type === 'number') {
    return h('input', { ...common, type: 'text', inputmode: schema.type === 'string' ? null : 'decimal', autocomplete: 'off' });
  }
  return h('textarea', { ...common, rows: 3, placeholder: 'JSON' });
}

/** The field's value as JSON, undefined when empty; {error} when it cannot be read. */
function valueOf(element, schema) {
  const text = element.value;
  if (text === '') return undefined;
  if (element.tagName === 'SELECT') return JSON.parse(text);
  if (schema.type === 'string') return text;
  if (schema.type === 'integer' || schema.type === 'number') {
    const number = Number(text.trim());
    return text.trim() !== '' && !isNaN(number) ? number : { error: 'Enter a number.' };
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    return { error: 'Not valid JSON: ' + e.message };
  }
}

/** The top-level field an issue is about: "#/items/0/name" or "items[0].name" → "items". */
function fieldOf(location) {
  const trimmed = String(location || '').replace(/^#\/?/, '');
  return trimmed.split(/[/.[]/)[0] || '';
}

const SUMMARY_KEYWORDS = new Set(['properties', '$ref', 'allOf', 'anyOf', 'oneOf', 'items', 'prefixItems', 'additionalProperties', 'not', 'if', 'then', 'else', 'unevaluatedProperties']);

function browserIssues(validator, input) {
  const result = validator.validate(input);
  const issues = [];
  for (const error of result.errors) {
    if (SUMMARY_KEYWORDS.has(error.keyword) && !/additional|not allowed/i.test(error.error)) continue;
    let field = fieldOf(error.instanceLocation);
    let message = error.error;
    const named = /"([^"]+)"/.exec(error.error);
    if (error.keyword === 'required' && named) {
      field = named[1];
      message = field + ' is required.';
    }
    issues.push({ path: field, message });
  }
  return issues;
}

export function tryIt(op, user) {
  const schema = op.schemas.input || { type: 'object', properties: {} };
  const root = resolve(schema, schema);
  const properties = root.properties || {};
  const required = new Set(root.required || []);
  const validator = new Validator(schema, '2020-12', false);
  const fields = {};
  const formIssues = h('ul', { class: 'issues', id: 'tryit-issues' });
  const answer = h('div', { id: 'tryit-answer', 'aria-live': 'polite' });
  const check = h('input', { type: 'checkbox', id: 'tryit-check', checked: true });
  const rows = Object.entries(properties).map(([name, property]) => {
    const id = 'tryit-' + name;
    const issue = h('p', { class: 'issue', id: id + '-issue' });
    const hint = h('span', { class: 'hint', id: id + '-hint' }, typeName(property, schema), required.has(name) ? ', required' : ', optional',
      property.description ? ' — ' + property.description : '');
    const input = control(name, property, schema, id, id + '-hint ' + id + '-issue');
    fields[name] = { input, issue, schema: resolve(property, schema) };
    return h('div', { class: 'field', 'data-field': name }, h('label', { for: id }, name), input, hint, issue);
  });

  function clear() {
    for (const field of Object.values(fields)) {
      field.issue.textContent = '';
      field.input.removeAttribute('aria-invalid');
    }
    formIssues.replaceChildren();
  }

  function showIssues(issues) {
    for (const issue of issues) {
      const field = fields[fieldOf(issue.path)];
      if (field && !field.issue.textContent) {
        field.issue.textContent = issue.message;
        field.input.setAttribute('aria-invalid', 'true');
      } else if (!field) {
        formIssues.append(h('li', null, issue.path ? h('code', null, issue.path) : '', issue.path ? ': ' : '', issue.message));
      }
    }
    const first = Object.values(fields).find((field) => field.issue.textContent);
    if (first) first.input.focus();
  }

  async function submit(event) {
    event.preventDefault();
    clear();
    answer.replaceChildren();
    const input = {};
    const unreadable = [];
    for (const [name, field] of Object.entries(fields)) {
      const value = valueOf(field.input, field.schema);
      if (value && typeof value === 'object' && value.error && Object.keys(value).length === 1) unreadable.push({ path: name, message: value.error });
      else if (value !== undefined) input[name] = value;
    }
    const issues = unreadable.concat(check.checked ? browserIssues(validator, input) : []);
    if (issues.length > 0) {
      showIssues(issues);
      answer.append(h('p', { class: 'problem' }, 'Not sent: the input does not match ', h('code', null, root.title || 'the input schema'), ' (' + issues.length + ' issue' + (issues.length > 1 ? 's' : '') + ').'));
      announce('The input has ' + issues.length + ' issue(s); they are shown next to the fields.');
      return;
    }
    const result = await call(op, input);
    answer.append(h('p', { class: result.ok ? 'ok' : 'problem', id: 'tryit-status' },
      result.method + ' ' + result.url + ' → ' + (result.ok ? result.status : describe(result))));
    if (result.problem && Array.isArray(result.problem.issues)) showIssues(result.problem.issues);
    answer.append(json(result.body));
    announce(result.ok ? 'Answered ' + result.status : 'Failed: ' + describe(result));
  }

  return h('section', { class: 'tryit', 'aria-labelledby': 'tryit-title' },
    h('h2', { id: 'tryit-title' }, 'Try it'),
    user ? h('p', null, 'Sent as ', h('strong', null, user.user), ' with your token.') : '',
    h('form', { onsubmit: submit, novalidate: true },
      rows.length ? rows : h('p', null, 'This operation takes no input.'),
      h('div', { class: 'field check' }, check, h('label', { for: 'tryit-check' }, 'Check the input in the browser before sending')),
      formIssues,
      h('button', { type: 'submit', id: 'tryit-send' }, 'Send')),
    answer);
}
