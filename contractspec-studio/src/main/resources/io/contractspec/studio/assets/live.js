// Live updates by polling the public API: one timer at a time, stopped when the page changes.

let timer = null;

export function poll(refresh, every = 1500) {
  stop();
  let running = false;
  timer = setInterval(async () => {
    if (running || document.hidden) return;
    running = true;
    try { await refresh(); } finally { running = false; }
  }, every);
}

export function stop() {
  if (timer) clearInterval(timer);
  timer = null;
}
