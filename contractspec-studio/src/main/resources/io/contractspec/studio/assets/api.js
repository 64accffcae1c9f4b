// Calls to the public REST API, built from each operation's route in the catalog, with the
// signed-in user's token. Path placeholders take their fields; GET and DELETE send the rest as
// ?input=<JSON>, the other methods as a JSON body (as the REST surface binds them).

import { token } from './session.js';

let catalog = null;

export function useCatalog(loaded) {
  catalog = loaded;
}

export function operation(key) {
  const versions = catalog.operations.filter((op) => op.key === key);
  return versions.find((op) => op.surfaces.graphqlField) || versions[versions.length - 1] || null;
}

/** {ok, status, body, problem} — problem is the problem document of a failed call. */
export async function call(op, input) {
  if (typeof op === 'string') op = operation(op);
  const route = op.surfaces.rest;
  const rest = { ...(input || {}) };
  const path = route.path.replace(/\{([^}]+)\}/g, (_, name) => {
    const value = rest[name];
    delete rest[name];
    return encodeURIComponent(value == null ? '' : String(value));
  });
  const headers = { Accept: 'application/json, application/problem+json' };
  const current = token();
  if (current) headers.Authorization = 'Bearer ' + current;
  let url = path;
  let body;
  if (route.method === 'GET' || route.method === 'DELETE') {
    if (Object.keys(rest).length > 0) url += '?input=' + encodeURIComponent(JSON.stringify(rest));
  } else {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(rest);
  }
  let response;
  try {
    response = await fetch(url, { method: route.method, headers, body });
  } catch (e) {
    return { ok: false, status: 0, body: null, problem: { title: 'Network error', detail: e.message } };
  }
  const text = await response.text();
  let parsed = text;
  try { parsed = text ? JSON.parse(text) : null; } catch (e) { /* not JSON: keep the text */ }
  return {
    ok: response.ok,
    status: response.status,
    method: route.method,
    url,
    body: parsed,
    problem: response.ok ? null : (parsed && typeof parsed === 'object' ? parsed : { title: String(response.status), detail: text }),
  };
}

/** A short sentence for a failed call: "403 FORBIDDEN: ...". */
export function describe(result) {
  const problem = result.problem || {};
  return [result.status || '', problem.code || problem.title || '', problem.detail ? ': ' + problem.detail : ''].join(' ').trim();
}
