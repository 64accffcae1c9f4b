// The catalog: every feature, operation, event and model, with search and filters, and one page
// per spec holding the seed page's facts, its schemas, policy, errors, examples and surfaces.

import { h, show, badge, json, table } from './dom.js';
import { schemaTree } from './schema-tree.js';
import { tryIt } from './tryit.js';
import { may, user } from './session.js';
import { findingsTable } from './governance.js';

const filters = { q: '', type: '', tag: '', owner: '', stability: '' };

export function specs(catalog) {
  return [...catalog.features, ...catalog.operations, ...catalog.events];
}

export function specHref(spec) {
  return '#/spec/' + spec.specType + '/' + encodeURIComponent(spec.key) + '/' + encodeURIComponent(spec.version);
}

function typeLabel(spec) {
  return spec.specType === 'operation' ? 'operation (' + spec.kind + ')' : spec.specType;
}

function select(id, label, values, key, onchange) {
  return h('div', { class: 'filter' }, h('label', { for: id }, label),
    h('select', { id, onchange: (e) => { filters[key] = e.target.value; onchange(); } },
      h('option', { value: '' }, 'All'),
      values.map((value) => h('option', { value, selected: filters[key] === value }, value))));
}

function matches(item) {
  const text = [item.key, item.name, item.title, item.description, ...(item.tags || [])].join(' ').toLowerCase();
  return (!filters.q || filters.q.toLowerCase().split(/\s+/).every((word) => text.includes(word)))
    && (!filters.type || item.specType === filters.type)
    && (!filters.tag || (item.tags || []).includes(filters.tag))
    && (!filters.owner || (item.owners || []).includes(filters.owner))
    && (!filters.stability || item.stability === filters.stability);
}

export function catalogPage(catalog) {
  const all = specs(catalog);
  const models = catalog.models.map((model) => ({ ...model, specType: 'model', key: model.name }));
  const unique = (pick) => [...new Set(all.flatMap(pick))].sort();
  const results = h('ul', { class: 'results', id: 'results' });
  const count = h('p', { id: 'result-count', 'aria-live': 'polite' });
  function render() {
    const found = [...all, ...models].filter(matches);
    count.textContent = found.length + ' of ' + (all.length + models.length) + ' shown';
    results.replaceChildren(...found.map((item) => h('li', { class: 'result', 'data-key': item.key },
      h('a', { href: item.specType === 'model' ? '#/model/' + encodeURIComponent(item.name) : specHref(item) }, h('code', null, item.key)),
      ' ', item.version ? h('span', { class: 'version' }, 'v' + item.version) : '',
      ' ', badge(item.specType === 'operation' ? item.kind : item.specType, 'type'),
      item.stability ? badge(item.stability) : '',
      h('p', null, item.description || ''))));
  }
  render();
  show(h('h1', null, catalog.title),
    h('p', null, catalog.features.length + ' features, ' + catalog.operations.length + ' operations, '
      + catalog.events.length + ' events, ' + catalog.models.length + ' models.'),
    h('form', { class: 'filters', role: 'search', onsubmit: (e) => e.preventDefault() },
      h('div', { class: 'filter search' }, h('label', { for: 'q' }, 'Search'),
        h('input', { id: 'q', type: 'search', value: filters.q, oninput: (e) => { filters.q = e.target.value; render(); } })),
      select('f-type', 'Type', ['feature', 'operation', 'event', 'model'], 'type', render),
      select('f-tag', 'Tag', unique((s) => s.tags || []), 'tag', render),
      select('f-owner', 'Owner', unique((s) => s.owners || []), 'owner', render),
      select('f-stability', 'Stability', unique((s) => [s.stability]), 'stability', render)),
    count, results);
}

/** The "- Name: value" bullets of the docs page, and its fenced source definition. */
function markdownFacts(markdown) {
  const facts = {};
  for (const line of (markdown || '').split('\n')) {
    const bullet = /^- ([A-Z][A-Za-z ]*): (.+)$/.exec(line);
    if (bullet && !(bullet[1] in facts)) facts[bullet[1]] = bullet[2];
  }
  const source = /## Source Definition\s*\n+(`{3,})([a-z]*)\n([\s\S]*?)\n\1/.exec(markdown || '');
  return { facts, source: source ? source[3] : null, language: source ? source[2] : '' };
}

function section(title, ...content) {
  const id = 'sec-' + title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return h('section', { 'aria-labelledby': id }, h('h2', { id }, title), content);
}

function refList(refs, describeRef) {
  return h('ul', null, refs.map((ref) => h('li', null, h('code', null, ref.key), ' (v' + ref.version + ')', describeRef ? describeRef(ref) : '')));
}

function policySection(policy) {
  const rows = [['Auth', policy.auth], ['Roles (all)', (policy.roles || []).join(', ')], ['Roles (any)', (policy.anyRole || []).join(', ')],
    ['Permissions (all)', (policy.permissions || []).join(', ')], ['Permissions (any)', (policy.anyPermission || []).join(', ')],
    ['Feature flags', (policy.flags || []).join(', ')], ['Idempotent', policy.idempotent ? 'yes' : 'no'],
    ['Rate limit', policy.rateLimit ? JSON.stringify(policy.rateLimit) : ''], ['Personal data', (policy.pii || []).join(', ')]];
  return section('Policy', h('dl', { class: 'facts' }, rows.filter(([, v]) => v).map(([k, v]) => [h('dt', null, k), h('dd', null, v)])));
}

function examplesSection(acceptance) {
  const examples = (acceptance && acceptance.examples) || [];
  const scenarios = (acceptance && acceptance.scenarios) || [];
  return [
    examples.length ? section('Examples', examples.map((example) => h('div', { class: 'example' },
      h('h3', null, example.key),
      h('p', null, 'Input'), json(example.input),
      example.error ? h('p', null, 'Fails with ', h('code', null, example.error)) : [h('p', null, 'Output'), json(example.output)]))) : '',
    scenarios.length ? section('Acceptance scenarios', scenarios.map((scenario) => h('div', { class: 'scenario' },
      h('h3', null, scenario.key),
      h('ul', null, ['given', 'when', 'then'].flatMap((step) => (scenario[step] || []).map((text) => h('li', null, h('strong', null, step[0].toUpperCase() + step.slice(1)), ' ', text))))))) : ''];
}

function surfacesSection(spec) {
  const surfaces = spec.surfaces;
  return section('Surfaces', h('dl', { class: 'facts' },
    surfaces.rest ? [h('dt', null, 'REST route'), h('dd', null, h('code', { id: 'rest-route' }, surfaces.rest.method + ' ' + surfaces.rest.path))] : '',
    surfaces.graphqlField ? [h('dt', null, 'GraphQL field'), h('dd', null, h('code', null, surfaces.graphqlField), spec.kind === 'query' ? ' (Query)' : ' (Mutation)')] : '',
    surfaces.mcpTool ? [h('dt', null, 'MCP tool'), h('dd', null, h('code', null, surfaces.mcpTool))] : '',
    [h('dt', null, 'OpenAPI operationId'), h('dd', null, h('code', null, surfaces.operationId))]));
}

export function specPage(catalog, type, key, version) {
  const spec = specs(catalog).find((s) => s.specType === type && s.key === key && s.version === version);
  if (!spec) return show(h('h1', null, 'Not found'), h('p', null, 'No ' + type + ' ' + key + ' v' + version + ' in this catalog.'));
  const { facts, source, language } = markdownFacts(spec.markdown);
  const file = facts.File || (spec.source && spec.source.file) || '';
  const current = user();
  show(
    h('nav', { 'aria-label': 'Breadcrumb', class: 'crumbs' }, h('a', { href: '#/' }, 'Catalog'), ' / ', type),
    h('h1', { id: 'spec-title' }, spec.title || spec.key),
    h('p', { class: 'lead', id: 'spec-description' }, spec.description),
    h('ul', { class: 'meta', id: 'spec-meta' },
      h('li', null, 'Key: ', h('code', null, spec.key)),
      h('li', null, 'Type: ', typeLabel(spec)),
      h('li', null, 'Version: ', spec.version),
      h('li', null, 'Stability: ', spec.stability),
      h('li', null, 'Owners: ', (spec.owners || []).join(', ')),
      h('li', null, 'Tags: ', (spec.tags || []).join(', ')),
      file ? h('li', null, 'File: ', h('code', null, file)) : ''),
    spec.goal ? section('Goal', h('p', null, spec.goal)) : '',
    spec.context ? section('Context', h('p', null, spec.context)) : '',
    spec.sideEffects && spec.sideEffects.emits.length ? section('Emitted Events', refList(spec.sideEffects.emits, (ref) => ref.when ? ' — ' + ref.when : '')) : '',
    spec.sideEffects && spec.sideEffects.audit.length ? section('Audit', h('ul', null, spec.sideEffects.audit.map((a) => h('li', null, h('code', null, a))))) : '',
    spec.operations ? section('Operations', refList(spec.operations)) : '',
    spec.events && spec.specType === 'feature' ? section('Events', refList(spec.events)) : '',
    spec.surfaces ? surfacesSection(spec) : '',
    spec.schemas ? section('Schemas', Object.entries(spec.schemas).map(([name, schema]) => schemaTree(name[0].toUpperCase() + name.slice(1), schema))) : '',
    spec.policy ? policySection(spec.policy) : '',
    spec.errors && spec.errors.length ? section('Errors', table('Declared errors', ['Code', 'HTTP status', 'When'],
      spec.errors.map((e) => h('tr', null, h('td', null, h('code', null, e.code)), h('td', null, e.status), h('td', null, e.when || ''))))) : '',
    examplesSection(spec.acceptance),
    section('Governance', findingsTable('Findings on this spec', [...spec.findings.lint, ...spec.findings.breaking])),
    spec.specType === 'operation' ? (may(spec) ? tryIt(spec, current)
      : section('Try it', h('p', null, current ? 'Your token does not grant this operation (policy: ' + JSON.stringify(spec.policy.auth) + ', roles ' + JSON.stringify([...spec.policy.roles, ...spec.policy.anyRole]) + ').'
        : ['Sign in to try this operation: ', h('a', { href: '#/signin' }, 'paste a token'), '.']))) : '',
    section('Source Definition', h('pre', { class: 'source', id: 'source-definition', tabindex: '0', 'aria-label': 'Source definition of ' + spec.key }, h('code', { 'data-language': language }, source || JSON.stringify(spec, null, 2)))));
}

export function modelPage(catalog, name) {
  const model = catalog.models.find((m) => m.name === name);
  if (!model) return show(h('h1', null, 'Not found'), h('p', null, 'No model ' + name + '.'));
  show(h('nav', { 'aria-label': 'Breadcrumb', class: 'crumbs' }, h('a', { href: '#/' }, 'Catalog'), ' / model'),
    h('h1', null, model.name), h('p', { class: 'lead' }, model.description),
    section('Used by', h('ul', null, model.usedBy.map((use) => h('li', null, h('code', null, use))))),
    schemaTree('Schema', model.schema));
}
