// Two graphql-ws clients, one per organization, subscribe to workflowInstanceResumed; the org_demo
// client then resumes a paused instance of its organization. Ordering without timers: messages on
// one socket are handled in order, so a round trip after a subscribe proves the subscription is
// registered, and a round trip on the other client after the event arrived proves it was sent
// nothing (an event for it would have been queued before the event for org_demo).
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, demoToken, otherToken] = process.argv.slice(2);
const client = (token) => createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0,
  connectionParams: { Authorization: `Bearer ${token}` } });
const once = (c, query, variables) => new Promise((resolve, reject) => {
  let result;
  c.subscribe({ query, variables }, { next: (v) => { result = v; }, error: reject, complete: () => resolve(result) });
});
const SUBSCRIPTION = 'subscription { workflowInstanceResumed { id workflowKey status organizationId } }';

const demo = client(demoToken);
const other = client(otherToken);
const otherEvents = [];
other.subscribe({ query: SUBSCRIPTION }, { next: (v) => otherEvents.push(v), error: (e) => otherEvents.push({ error: e }), complete: () => {} });
await once(other, '{ __typename }');
let resolveEvent;
const demoEvent = new Promise((resolve) => { resolveEvent = resolve; });
demo.subscribe({ query: SUBSCRIPTION }, { next: resolveEvent, error: (e) => resolveEvent({ error: e }), complete: () => {} });
await once(demo, '{ __typename }');

const paused = await once(demo, '{ workflowInstanceList(input: {status: PAUSED}) { nodes { id } } }');
const instanceId = paused.data.workflowInstanceList.nodes[0].id;
const resumed = await once(demo, 'mutation($input: PauseResumeInput!) { workflowInstanceResume(input: $input) { id status } }',
  { input: { instanceId, reason: 'Back on track' } });
const event = await Promise.race([demoEvent, new Promise((r) => setTimeout(() => r({ timedOut: true }), 20000))]);
await once(other, '{ __typename }');
console.log(JSON.stringify({ instanceId, resumed, event, otherEvents }));
await demo.dispose();
await other.dispose();
process.exit(0);
