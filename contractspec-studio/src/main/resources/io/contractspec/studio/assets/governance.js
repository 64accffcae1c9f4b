// The governance view: lint findings and breaking changes against the baseline, from the engine
// contractspec ci runs, in total and per spec.

import { h, show, badge, table } from './dom.js';
import { specs, specHref } from './catalog.js';

const ORDER = ['error', 'danger', 'warning', 'note'];

export function findingsTable(caption, findings) {
  if (findings.length === 0) return h('p', { class: 'ok' }, 'No findings.');
  const sorted = [...findings].sort((a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity));
  return table(caption, ['Severity', 'Rule', 'Subject', 'Message'], sorted.map((f) => h('tr', null,
    h('td', null, badge(f.severity)), h('td', null, h('code', null, f.id)),
    h('td', null, h('code', null, f.subject || ''), f.path ? [' ', h('code', null, f.path)] : ''),
    h('td', null, f.message, f.hint ? h('p', { class: 'hint' }, 'Hint: ' + f.hint) : ''))));
}

function counts(findings) {
  return ORDER.map((severity) => severity + ': ' + findings.filter((f) => f.severity === severity).length).join(', ');
}

export function governancePage(catalog) {
  const { lint, breaking, baseline } = catalog.governance;
  const perSpec = specs(catalog).map((spec) => ({ spec, count: spec.findings.lint.length + spec.findings.breaking.length }))
    .filter((row) => row.count > 0);
  show(h('h1', null, 'Governance'),
    h('p', null, 'The checks of ', h('code', null, 'contractspec ci'), ' on these contracts.'),
    h('section', { 'aria-labelledby': 'gov-breaking' }, h('h2', { id: 'gov-breaking' }, 'Breaking changes'),
      baseline ? [h('p', { id: 'breaking-total' }, breaking.filter((f) => f.breaking).length + ' breaking of ' + breaking.length + ' changes (' + counts(breaking) + ').'),
        findingsTable('Changes against the baseline', breaking)]
        : h('p', null, 'No baseline was given to the Studio, so there is nothing to compare with.')),
    h('section', { 'aria-labelledby': 'gov-lint' }, h('h2', { id: 'gov-lint' }, 'Lint findings'),
      h('p', { id: 'lint-total' }, lint.length + ' findings (' + counts(lint) + ').'),
      findingsTable('Lint findings', lint)),
    h('section', { 'aria-labelledby': 'gov-specs' }, h('h2', { id: 'gov-specs' }, 'By spec'),
      perSpec.length ? h('ul', null, perSpec.map(({ spec, count }) => h('li', null, h('a', { href: specHref(spec) }, h('code', null, spec.key)), ' v' + spec.version + ': ' + count)))
        : h('p', { class: 'ok' }, 'No spec has findings.')));
}
