// The workflow dashboard, through the public API with the user's token: definitions and their
// step graphs, instances with filters, an instance's timeline and actions, and "my approvals".

import { h, show, badge, table, when, announce } from './dom.js';
import { call, describe, operation } from './api.js';
import { user, may, hasRole } from './session.js';
import { stepGraph } from './graph.js';
import { watch } from './live.js';

const TERMINAL = ['completed', 'cancelled', 'failed', 'timeout'];

function needSignIn(title) {
  return show(h('h1', null, title), h('p', null, 'The dashboard shows your organization\'s workflows: ',
    h('a', { href: '#/signin' }, 'sign in with a token'), ' first.'));
}

function failure(title, result) {
  return show(h('h1', null, title), h('p', { class: 'problem', role: 'alert' }, describe(result)));
}

function instanceLink(id) {
  return h('a', { href: '#/instances/' + encodeURIComponent(id) }, h('code', null, id));
}

export async function definitionsPage() {
  if (!user()) return needSignIn('Workflows');
  const result = await call('workflow.definition.list', { limit: 100 });
  if (!result.ok) return failure('Workflows', result);
  show(h('h1', null, 'Workflows'),
    table('Workflow definitions', ['Name', 'Key', 'Status', 'Revision', 'Trigger'], result.body.workflows.map((d) => h('tr', null,
      h('td', null, h('a', { href: '#/workflows/' + encodeURIComponent(d.id) }, d.name)), h('td', null, h('code', null, d.key)),
      h('td', null, badge(d.status)), h('td', null, d.version), h('td', null, d.triggerType)))));
}

export async function definitionPage(id) {
  if (!user()) return needSignIn('Workflow');
  const result = await call('workflow.definition.get', { workflowId: id });
  if (!result.ok) return failure('Workflow', result);
  const d = result.body;
  show(h('nav', { 'aria-label': 'Breadcrumb', class: 'crumbs' }, h('a', { href: '#/workflows' }, 'Workflows'), ' / ', d.key),
    h('h1', null, d.name), d.description ? h('p', { class: 'lead' }, d.description) : '',
    h('p', null, badge(d.status), ' revision ' + d.version + ', trigger ' + d.triggerType + ', ',
      h('a', { href: '#/instances?workflowKey=' + encodeURIComponent(d.key) }, 'its instances')),
    h('section', { 'aria-labelledby': 'graph-h' }, h('h2', { id: 'graph-h' }, 'Steps'), h('div', { class: 'scroll graph-box' }, stepGraph(d))),
    table('Steps', ['Key', 'Name', 'Type', 'Approvers', 'Transitions'], (d.steps || []).map((step) => h('tr', null,
      h('td', null, h('code', null, step.key)), h('td', null, step.name), h('td', null, step.type),
      h('td', null, [...(step.approverRoles || []), ...(step.approverUserIds || [])].join(', ') + (step.approvalMode ? ' (' + step.approvalMode + ')' : '')),
      h('td', null, Object.keys(step.transitions || {}).join(', '))))));
}

const STATUSES = ['pending', 'running', 'waiting', 'paused', 'completed', 'cancelled', 'failed', 'timeout'];

export async function instancesPage(query) {
  if (!user()) return needSignIn('Instances');
  const filters = { workflowKey: query.get('workflowKey') || '', status: query.get('status') || '', triggeredBy: query.get('triggeredBy') || '' };
  const input = { limit: 100 };
  for (const [k, v] of Object.entries(filters)) if (v) input[k] = v;
  const result = await call('workflow.instance.list', input);
  if (!result.ok) return failure('Instances', result);
  function apply(event) {
    event.preventDefault();
    const form = new FormData(event.target);
    const params = new URLSearchParams([...form.entries()].filter(([, v]) => v));
    location.hash = '#/instances' + (params.toString() ? '?' + params : '');
  }
  show(h('h1', null, 'Instances'),
    h('form', { class: 'filters', onsubmit: apply },
      h('div', { class: 'filter' }, h('label', { for: 'i-key' }, 'Workflow key'), h('input', { id: 'i-key', name: 'workflowKey', value: filters.workflowKey })),
      h('div', { class: 'filter' }, h('label', { for: 'i-status' }, 'Status'), h('select', { id: 'i-status', name: 'status' },
        h('option', { value: '' }, 'All'), STATUSES.map((v) => h('option', { value: v, selected: filters.status === v }, v)))),
      h('div', { class: 'filter' }, h('label', { for: 'i-by' }, 'Started by'), h('input', { id: 'i-by', name: 'triggeredBy', value: filters.triggeredBy })),
      h('button', { type: 'submit' }, 'Filter')),
    h('p', null, result.body.total + ' instances'),
    table('Workflow instances', ['Instance', 'Workflow', 'Status', 'Step', 'Started by', 'Created'], result.body.instances.map((i) => h('tr', null,
      h('td', null, instanceLink(i.id)), h('td', null, i.workflowKey), h('td', null, badge(i.status)),
      h('td', null, i.currentStepKey || '—'), h('td', null, i.triggeredBy), h('td', null, when(i.createdAt))))));
}

function instanceFacts(i) {
  return h('dl', { class: 'facts', id: 'instance-facts' },
    h('dt', null, 'Status'), h('dd', null, h('span', { id: 'instance-status' }, badge(i.status)), i.outcome ? ' — outcome ' + i.outcome : ''),
    h('dt', null, 'Step'), h('dd', { id: 'instance-step' }, i.currentStepKey || '—'),
    h('dt', null, 'Workflow'), h('dd', null, h('code', null, i.workflowKey)),
    h('dt', null, 'Started by'), h('dd', null, i.triggeredBy),
    h('dt', null, 'Priority'), h('dd', null, i.priority),
    i.referenceId ? [h('dt', null, 'Reference'), h('dd', null, (i.referenceType || '') + ' ' + i.referenceId)] : '',
    i.contextData ? [h('dt', null, 'Context data'), h('dd', null, h('code', null, JSON.stringify(i.contextData)))] : '',
    i.errorMessage ? [h('dt', null, 'Error'), h('dd', null, i.errorMessage)] : '');
}

/** One timeline entry: for an audit record who did what (and for whom), for an event what happened. */
function timelineItem(entry, live) {
  const data = entry.data || {};
  const detail = [data.stepKey || data.currentStepKey, data.decision, data.status].filter(Boolean).join(', ');
  const what = entry.kind === 'audit'
    ? [h('strong', null, entry.actor || 'someone'), entry.onBehalfOf ? ' on behalf of ' + entry.onBehalfOf : '', ' did ', h('code', null, entry.name)]
    : [h('code', null, entry.name), detail ? ' — ' + detail : '', entry.actor ? ' (by ' + entry.actor + ')' : ''];
  return h('li', { class: live ? 'live' : null, 'data-kind': entry.kind, 'data-name': entry.name },
    h('time', { datetime: entry.occurredAt }, when(entry.occurredAt)), ' ', badge(entry.kind, 'kind'), ' ', what);
}

/**
 * The instance's timeline from workflow.instance.timeline (its audit records and events). Each
 * load reads it again and appends only the entries not shown yet, so live updates add to the end
 * of the list instead of redrawing it.
 */
function instanceTimeline(instanceId) {
  const list = h('ol', { class: 'timeline', id: 'timeline' });
  const message = h('p', { role: 'status' });
  const shown = new Set();
  let loaded = false;
  async function load() {
    const op = operation('workflow.instance.timeline');
    if (!op) {
      message.textContent = 'This API has no instance timeline (workflow.instance.timeline).';
      return;
    }
    const entries = [];
    let cursor = null;
    do {
      const page = await call(op, cursor ? { instanceId, limit: 100, cursor } : { instanceId, limit: 100 });
      if (!page.ok) {
        message.textContent = describe(page);
        return;
      }
      entries.push(...page.body.entries);
      cursor = page.body.nextCursor;
    } while (cursor && entries.length < 2000);
    message.textContent = cursor ? 'Showing the first ' + entries.length + ' entries.' : '';
    for (const entry of entries) {
      if (shown.has(entry.id)) continue;
      shown.add(entry.id);
      list.append(timelineItem(entry, loaded));
    }
    loaded = true;
  }
  return { element: h('div', null, list, message), load };
}

function reasonAction(label, key, instance, reasonRequired, after) {
  const id = 'reason-' + key.split('.').pop();
  const reason = h('input', { id, type: 'text', required: reasonRequired });
  return h('form', { class: 'action', onsubmit: async (event) => {
    event.preventDefault();
    const input = { instanceId: instance.id };
    if (reason.value) input.reason = reason.value;
    const result = await call(key, input);
    announce(result.ok ? label + ': done' : describe(result));
    after(result);
  } }, h('label', { for: id }, 'Reason' + (reasonRequired ? '' : ' (optional)')), reason, h('button', { type: 'submit' }, label));
}

function actions(i, refresh) {
  const current = user();
  const mayControl = current.user === i.triggeredBy || hasRole('workflow.admin');
  const message = h('p', { id: 'action-message', role: 'status' });
  const after = (result) => { message.textContent = result.ok ? 'Done: the instance is ' + result.body.status + '.' : describe(result); refresh(); };
  const offered = [];
  if (mayControl && ['running', 'waiting'].includes(i.status) && may(operation('workflow.instance.pause'))) offered.push(reasonAction('Pause', 'workflow.instance.pause', i, false, after));
  if (mayControl && i.status === 'paused' && may(operation('workflow.instance.resume'))) offered.push(reasonAction('Resume', 'workflow.instance.resume', i, false, after));
  if (mayControl && !TERMINAL.includes(i.status) && may(operation('workflow.instance.cancel'))) offered.push(reasonAction('Cancel', 'workflow.instance.cancel', i, true, after));
  return h('section', { 'aria-labelledby': 'actions-h' }, h('h2', { id: 'actions-h' }, 'Actions'),
    offered.length ? offered : h('p', null, TERMINAL.includes(i.status) ? 'The instance is finished.' : 'Only its starter or a workflow.admin may pause, resume or cancel it.'), message);
}

export async function instancePage(id) {
  if (!user()) return needSignIn('Instance');
  let last = null;
  let definition = null;
  const result = await call('workflow.instance.get', { instanceId: id });
  if (!result.ok) return failure('Instance ' + id, result);
  const facts = h('div');
  const graph = h('div', { class: 'scroll graph-box' });
  const history = instanceTimeline(id);
  const actionBox = h('div');
  async function render(instance) {
    if (last && (last.status !== instance.status || last.currentStepKey !== instance.currentStepKey)) {
      announce('The instance is now ' + instance.status + (instance.currentStepKey ? ' at ' + instance.currentStepKey : ''));
    }
    last = instance;
    facts.replaceChildren(instanceFacts(instance));
    if (definition) graph.replaceChildren(stepGraph(definition, instance.currentStepKey));
    actionBox.replaceChildren(actions(instance, refresh));
    await history.load();
  }
  async function refresh() {
    const again = await call('workflow.instance.get', { instanceId: id });
    if (again.ok) await render(again.body);
  }
  const def = await call('workflow.definition.get', { workflowId: result.body.workflowDefinitionId });
  if (def.ok) definition = def.body;
  show(h('nav', { 'aria-label': 'Breadcrumb', class: 'crumbs' }, h('a', { href: '#/instances' }, 'Instances'), ' / ', id),
    h('h1', null, 'Instance ', h('code', null, id)), facts,
    h('section', { 'aria-labelledby': 'where-h' }, h('h2', { id: 'where-h' }, 'Where it is'), graph),
    h('section', { 'aria-labelledby': 'timeline-h' }, h('h2', { id: 'timeline-h' }, 'Timeline'), history.element),
    actionBox);
  await render(result.body);
  watch((event) => JSON.stringify(event.payload).includes('"' + id + '"'), refresh);
}

function decisionForm(request, reload) {
  const n = request.id;
  const comment = h('textarea', { id: 'comment-' + n, rows: 2 });
  const delegateTo = h('input', { id: 'delegate-' + n, type: 'text' });
  const internal = h('input', { id: 'internal-' + n, type: 'checkbox' });
  const message = h('p', { class: 'message', role: 'status', id: 'message-' + n });
  async function run(key, input, done) {
    const result = await call(key, { requestId: request.id, ...input });
    if (!result.ok) {
      message.textContent = describe(result);
      return;
    }
    const after = await call('workflow.instance.get', { instanceId: request.workflowInstanceId });
    const text = done + (after.ok ? ' The instance is now ' + after.body.status + (after.body.currentStepKey ? ' at ' + after.body.currentStepKey : '') + '.' : '');
    announce(text);
    reload(text, request.workflowInstanceId);
  }
  const decide = (decision, label, done) => h('button', { type: 'button', 'data-decision': decision,
    onclick: () => run('workflow.approval.decide', comment.value ? { decision, comment: comment.value } : { decision }, done) }, label);
  const buttons = [];
  if (may(operation('workflow.approval.decide'))) {
    buttons.push(decide('approve', 'Approve', 'Approved.'), decide('reject', 'Reject', 'Rejected.'),
      decide('request_changes', 'Request changes', 'Changes requested.'));
  }
  return h('div', { class: 'decide' },
    h('label', { for: 'comment-' + n }, 'Comment'), comment,
    h('div', { class: 'buttons' }, buttons,
      may(operation('workflow.approval.comment.add')) ? h('button', { type: 'button', onclick: () => comment.value
        ? run('workflow.approval.comment.add', { content: comment.value, isInternal: internal.checked }, 'Comment added.')
        : (message.textContent = 'Write a comment first.') }, 'Add comment') : ''),
    h('div', { class: 'check' }, internal, h('label', { for: 'internal-' + n }, 'Internal comment')),
    may(operation('workflow.approval.delegate')) ? h('div', { class: 'delegate' },
      h('label', { for: 'delegate-' + n }, 'Delegate to (user id)'), delegateTo,
      h('button', { type: 'button', onclick: () => delegateTo.value
        ? run('workflow.approval.delegate', comment.value ? { delegateTo: delegateTo.value, reason: comment.value } : { delegateTo: delegateTo.value }, 'Delegated to ' + delegateTo.value + '.')
        : (message.textContent = 'Enter the user to delegate to.') }, 'Delegate')) : '',
    message);
}

// The last decision's outcome stays on the page while the list re-renders (after the decision,
// or on an event); a newer render makes an older, slower one drop its result.
let approvalsNote = null;
let approvalsRender = 0;

export function approvalsPage() {
  approvalsNote = null;
  return renderApprovals();
}

async function renderApprovals() {
  if (!user()) return needSignIn('My approvals');
  const render = ++approvalsRender;
  const result = await call('workflow.approval.list.mine', { status: 'pending', limit: 100 });
  if (render !== approvalsRender) return;
  if (!result.ok) return failure('My approvals', result);
  const reload = (text, instanceId) => {
    approvalsNote = { text, instanceId };
    return renderApprovals();
  };
  const note = approvalsNote;
  const requests = result.body.requests;
  show(h('h1', null, 'My approvals'),
    note ? h('p', { class: 'ok', id: 'approval-result', role: 'status' }, note.text, ' ', h('a', { href: '#/instances/' + encodeURIComponent(note.instanceId) }, 'Open the instance')) : '',
    h('p', { id: 'pending-count' }, result.body.pendingCount + ' pending for ' + user().user),
    h('ul', { class: 'cards', id: 'approvals' }, requests.map((r) => h('li', { class: 'card', 'data-instance': r.workflowInstanceId, 'data-request': r.id },
      h('h2', null, r.title),
      r.description ? h('p', null, r.description) : '',
      h('p', null, 'Instance ', instanceLink(r.workflowInstanceId), ' · for ', r.approverRole ? 'role ' + r.approverRole : r.approverId,
        ' · requested ', when(r.createdAt), r.dueAt ? ' · due ' + when(r.dueAt) : ''),
      decisionForm(r, reload)))),
    requests.length ? '' : h('p', null, 'Nothing waits for you.'));
  watch((event) => event.key.startsWith('workflow.approval.'), async () => {
    const again = await call('workflow.approval.list.mine', { status: 'pending', limit: 100 });
    if (again.ok && again.body.requests.map((r) => r.id).join() !== requests.map((r) => r.id).join()) {
      announce('Your approvals changed.');
      renderApprovals();
    }
  }, 5000);
}
