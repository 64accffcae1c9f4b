// A graphql-ws client: subscribes to workflowInstanceResumed, prints "ready" once the server
// acknowledged the subscription's connection, then prints every event it receives as one JSON line.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, token, seconds] = process.argv.slice(2);
const client = createClient({
  url,
  webSocketImpl: WebSocket,
  connectionParams: { Authorization: `Bearer ${token}` },
  lazy: false,
  retryAttempts: 0,
  on: { connected: () => console.log(JSON.stringify({ ready: true })) },
});
const stop = client.subscribe(
  { query: 'subscription { workflowInstanceResumed { instanceId workflowKey organizationId } }' },
  {
    next: (value) => console.log(JSON.stringify({ next: value })),
    error: (error) => { console.log(JSON.stringify({ error: String(error?.message ?? JSON.stringify(error)) })); process.exit(2); },
    complete: () => console.log(JSON.stringify({ complete: true })),
  },
);
setTimeout(() => { stop(); client.dispose(); process.exit(0); }, Number(seconds) * 1000);
