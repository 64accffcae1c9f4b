// The Studio's entry point: loads the catalog document, then routes on the location hash.

import { h, show } from './dom.js';
import { useCatalog } from './api.js';
import { signIn, signOut, user } from './session.js';
import { catalogPage, specPage, modelPage } from './catalog.js';
import { governancePage } from './governance.js';
import { definitionsPage, definitionPage, instancesPage, instancePage, approvalsPage } from './workflow.js';
import { stop, useLiveEvents, userChanged } from './live.js';

let catalog = null;

function signInPage() {
  const current = user();
  const field = h('textarea', { id: 'token', rows: 4, autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'token-help token-issue' });
  const issue = h('p', { class: 'issue', id: 'token-issue', role: 'alert' });
  show(h('h1', null, current ? 'Signed in' : 'Sign in'),
    current ? h('section', { 'aria-labelledby': 'who-h' }, h('h2', { id: 'who-h' }, 'Who you are'),
      h('dl', { class: 'facts', id: 'signed-in' }, h('dt', null, 'User'), h('dd', null, current.user),
        h('dt', null, 'Organization'), h('dd', null, current.organization),
        h('dt', null, 'Roles'), h('dd', null, current.roles.join(', ') || '—')),
      h('button', { type: 'button', id: 'sign-out', onclick: () => { signOut(); userChanged(); refreshHeader(); signInPage(); } }, 'Sign out')) : '',
    h('form', { onsubmit: (event) => {
      event.preventDefault();
      const result = signIn(field.value);
      if (result.error) {
        issue.textContent = result.error;
        field.setAttribute('aria-invalid', 'true');
        field.focus();
        return;
      }
      userChanged();
      refreshHeader();
      location.hash = catalog.workflow ? '#/approvals' : '#/';
    } },
    h('label', { for: 'token' }, current ? 'Use another token' : 'Bearer token'), field,
    h('p', { class: 'hint', id: 'token-help' }, 'Paste a token issued for the API. It stays in this tab\'s session storage and goes only to this server.'),
    issue, h('button', { type: 'submit', id: 'sign-in' }, 'Sign in')));
}

function refreshHeader() {
  const current = user();
  document.getElementById('who').textContent = current ? current.user + ' (' + (current.roles.join(', ') || 'no roles') + ')' : 'Sign in';
  document.querySelectorAll('[data-workflow]').forEach((item) => { item.hidden = !catalog.workflow; });
}

function markCurrent(hash) {
  document.querySelectorAll('#nav a').forEach((link) => {
    const target = link.getAttribute('href');
    const here = target === '#/' ? hash === '#/' || hash.startsWith('#/spec') || hash.startsWith('#/model') : hash.startsWith(target);
    if (here) link.setAttribute('aria-current', 'page'); else link.removeAttribute('aria-current');
  });
}

async function route() {
  stop();
  const hash = location.hash || '#/';
  markCurrent(hash);
  const [path, queryText] = hash.slice(1).split('?');
  const query = new URLSearchParams(queryText || '');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const workflow = catalog.workflow;
  switch (parts[0]) {
    case undefined: return catalogPage(catalog);
    case 'spec': return specPage(catalog, parts[1], parts[2], parts[3]);
    case 'model': return modelPage(catalog, parts[1]);
    case 'signin': return signInPage();
    case 'governance': return governancePage(catalog);
    case 'workflows': if (workflow) return parts[1] ? definitionPage(parts[1]) : definitionsPage(); break;
    case 'instances': if (workflow) return parts[1] ? instancePage(parts[1]) : instancesPage(query); break;
    case 'approvals': if (workflow) return approvalsPage(); break;
    default: break;
  }
  show(h('h1', null, 'Not found'), h('p', null, 'Nothing here. ', h('a', { href: '#/' }, 'Back to the catalog'), '.'));
}

async function start() {
  const response = await fetch('data/catalog.json');
  catalog = await response.json();
  useCatalog(catalog);
  useLiveEvents(!!catalog.liveEvents);
  if (sessionStorage.length && !user()) signOut();
  refreshHeader();
  window.addEventListener('hashchange', route);
  await route();
  document.body.dataset.ready = 'true';
}

start().catch((error) => show(h('h1', null, 'The Studio could not start'), h('p', { role: 'alert' }, String(error))));
