// Drives the expense approval through the generated TypeScript client (compiled to dist/).
// Usage: node expense-approval.mjs <client dist/index.js>; env BASE_URL, REQUESTER, MANAGER, FINANCE.
// Prints one JSON object with what happened, for the Java test to assert.
import { pathToFileURL } from "node:url";

const { createClient, ContractError, isContractError } = await import(pathToFileURL(process.argv[2]).href);
const baseUrl = process.env.BASE_URL;
const requester = createClient({ baseUrl, token: process.env.REQUESTER });
const manager = createClient({ baseUrl, token: () => process.env.MANAGER });
const finance = createClient({ baseUrl, token: process.env.FINANCE, fetch: (url, init) => fetch(url, init) });

async function decideFor(api, instanceId) {
  const inbox = await api.workflow.approval.list.mine({ status: "pending", limit: 100 });
  const request = inbox.requests.find((r) => r.workflowInstanceId === instanceId);
  if (!request) {
    throw new Error(`no pending request for ${instanceId} in ${JSON.stringify(inbox)}`);
  }
  return api.workflow.approval.decide({ requestId: request.id, decision: "approve" }, { idempotencyKey: `decide-${request.id}` });
}

const result = {};
const started = await requester.workflow.instance.start(
  { workflowKey: "expense-approval", contextData: { title: "Train ticket", amount: 120 } },
  { idempotencyKey: `start-${Date.now()}`, headers: { "X-Client": "generated-typescript" } },
);
result.started = { status: started.status, step: started.currentStepKey };
await decideFor(manager, started.id);
result.afterManager = (await requester.workflow.instance.get({ instanceId: started.id })).currentStepKey;
await decideFor(finance, started.id);
const done = await requester.workflow.instance.get({ instanceId: started.id });
result.done = { status: done.status, outcome: done.outcome };
try {
  await requester.workflow.instance.get({ instanceId: "inst-does-not-exist" });
  result.missing = "no error";
} catch (error) {
  result.missing = {
    isContractError: error instanceof ContractError && isContractError(error, "NOT_FOUND"),
    code: error.code,
    status: error.status,
    traceId: typeof error.traceId === "string" && error.traceId.length > 0,
  };
}
try {
  await requester.workflow.instance.start({ workflowKey: "" });
  result.invalid = "no error";
} catch (error) {
  result.invalid = { code: error.code, issues: error.issues.map((issue) => issue.path) };
}
const aborted = new AbortController();
aborted.abort();
try {
  await requester.workflow.instance.get({ instanceId: started.id }, { signal: aborted.signal });
  result.aborted = "no error";
} catch (error) {
  result.aborted = error.name;
}

// Every instance through the page iterator, two per page, against the list's own total; the
// headers of the call go with every page call.
for (let i = 0; i < 4; i++) {
  await requester.workflow.instance.start(
    { workflowKey: "expense-approval", contextData: { title: `Notebook ${i}`, amount: 10 + i } },
    { idempotencyKey: `start-page-${i}-${Date.now()}` },
  );
}
const pageCalls = [];
const paged = createClient({
  baseUrl,
  token: process.env.REQUESTER,
  fetch: (url, init) => {
    pageCalls.push(init.headers["X-Client"] ?? "none");
    return fetch(url, init);
  },
});
async function iterate(filters) {
  const { total } = await paged.workflow.instance.list({ ...filters, limit: 1 });
  pageCalls.length = 0;
  const ids = new Set();
  let count = 0;
  for await (const instance of paged.workflow.instance.list.all({ ...filters, limit: 2 }, { headers: { "X-Client": "iterator" } })) {
    count++;
    ids.add(instance.id);
  }
  return { total, count, distinct: ids.size, pageCalls: pageCalls.length, headers: [...new Set(pageCalls)] };
}
result.iterated = await iterate({});
result.iteratedWaiting = await iterate({ status: "waiting" });
let pages = 0;
for await (const page of paged.workflow.instance.list.pages({ limit: 3 })) {
  pages += page.instances.length > 0 ? 1 : 0;
}
result.pagesOfThree = pages;
console.log(JSON.stringify(result));
