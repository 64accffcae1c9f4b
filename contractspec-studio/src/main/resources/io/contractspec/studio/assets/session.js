// The signed-in user: a pasted bearer token kept in session storage (gone when the tab closes).
// The token is read only to show who is signed in and to hide what they may not do; the server
// checks it on every call.

const KEY = 'contractspec.studio.token';

function decode(part) {
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/');
  const text = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return JSON.parse(decodeURIComponent(Array.from(text, (c) => '%' + c.charCodeAt(0).toString(16).padStart(2, '0')).join('')));
}

/** The token's claims, or an error message saying what is wrong with it. */
export function read(token) {
  const parts = String(token || '').trim().split('.');
  if (parts.length !== 3) return { error: 'This is not a JWT: a token has three parts separated by dots.' };
  let claims;
  try {
    claims = decode(parts[1]);
  } catch (e) {
    return { error: 'The token\'s claims could not be read: ' + e.message };
  }
  if (typeof claims.exp === 'number' && claims.exp * 1000 < Date.now()) {
    return { error: 'The token expired at ' + new Date(claims.exp * 1000).toISOString() + '.' };
  }
  return {
    claims,
    user: claims.sub || '',
    organization: claims.org || '',
    roles: Array.isArray(claims.roles) ? claims.roles : [],
    permissions: Array.isArray(claims.permissions) ? claims.permissions : [],
  };
}

export function token() {
  return sessionStorage.getItem(KEY);
}

/** The signed-in user, or null. */
export function user() {
  const current = token();
  if (!current) return null;
  const read_ = read(current);
  return read_.error ? null : read_;
}

export function signIn(candidate) {
  const result = read(candidate);
  if (!result.error) sessionStorage.setItem(KEY, candidate.trim());
  return result;
}

export function signOut() {
  sessionStorage.removeItem(KEY);
}

export function hasRole(role) {
  const current = user();
  return !!current && current.roles.includes(role);
}

/** Whether the signed-in user passes the operation's policy (auth level, roles, permissions). */
export function may(operation) {
  const policy = operation.policy || {};
  if (policy.auth === 'anonymous') return true;
  const current = user();
  if (!current) return false;
  const all = (needed, held) => (needed || []).every((x) => held.includes(x));
  const any = (needed, held) => !needed || needed.length === 0 || needed.some((x) => held.includes(x));
  return all(policy.roles, current.roles) && any(policy.anyRole, current.roles)
    && all(policy.permissions, current.permissions) && any(policy.anyPermission, current.permissions);
}
