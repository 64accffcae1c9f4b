// Live updates. With the server's event stream (/studio/events, the runtime's events of the user's
// organization), a page re-reads what it shows when an event concerns it; without one (or while it
// reconnects), the page polls the API. The stream is read with fetch so the token goes in the
// Authorization header, as with every other call.

import { token } from './session.js';

let available = false;
let page = null; // {concerns(event), refresh(), every}
let timer = null;
let stream = null; // {controller, token}

export function useLiveEvents(enabled) {
  available = enabled;
}

function startPolling() {
  stopPolling();
  if (!page || (stream && stream.open)) return;
  const { refresh, every } = page;
  let running = false;
  timer = setInterval(async () => {
    if (running || document.hidden) return;
    running = true;
    try { await refresh(); } finally { running = false; }
  }, every);
}

function stopPolling() {
  if (timer) clearInterval(timer);
  timer = null;
}

function dispatch(block) {
  let name = 'message';
  let data = '';
  for (const line of block.split('\n')) {
    if (line.startsWith('event:')) name = line.slice(6).trim();
    else if (line.startsWith('data:')) data += line.slice(5).trim();
  }
  if (name !== 'contract-event' || !page) return;
  const event = JSON.parse(data);
  if (page.concerns(event)) page.refresh(event);
}

async function connect() {
  const current = token();
  if (!available || !current || (stream && stream.token === current)) return;
  disconnect();
  const mine = { controller: new AbortController(), token: current, open: false };
  stream = mine;
  try {
    const response = await fetch('events', { headers: { Authorization: 'Bearer ' + current, Accept: 'text/event-stream' }, signal: mine.controller.signal });
    if (!response.ok) throw new Error('events: ' + response.status);
    mine.open = true;
    document.body.dataset.live = 'events';
    stopPolling();
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value.replace(/\r\n/g, '\n');
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        dispatch(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
      }
    }
  } catch (error) {
    if (error.name === 'AbortError') return;
  }
  if (stream !== mine) return;
  // The stream ended (server restart, idle timeout): poll until it is back.
  stream = null;
  document.body.dataset.live = 'polling';
  startPolling();
  setTimeout(connect, 5000);
}

function disconnect() {
  if (stream) stream.controller.abort();
  stream = null;
}

/** Keeps the current page up to date: refresh() when an event concerns it, or every `every` ms without events. */
export function watch(concerns, refresh, every = 1500) {
  page = { concerns, refresh, every };
  if (!token()) return;
  connect();
  startPolling();
}

/** Called on every navigation: the next page sets its own watch. */
export function stop() {
  page = null;
  stopPolling();
}

/** Called on sign-in and sign-out: the stream carries the current user's events only. */
export function userChanged() {
  disconnect();
  if (token()) connect();
}
