// Walks the generated client's page iterators over a fetch that serves three pages of shop items.
// Usage: node paging.mjs <client dist/index.js>. Prints one JSON object for the Java test to assert.
import { pathToFileURL } from "node:url";

const { createClient } = await import(pathToFileURL(process.argv[2]).href);

const PAGES = {
  first: { items: [{ id: 1, name: "pen" }, { id: 2, name: "ink" }], nextCursor: "c2" },
  c2: { items: [{ id: 3, name: "pad" }], nextCursor: "c3" },
  c3: { items: [{ id: 4, name: "nib" }], nextCursor: null },
  loop: { items: [], nextCursor: "loop" },
};
const requests = [];
const controller = new AbortController();

function client() {
  return createClient({
    baseUrl: "http://shop.test/api",
    fetch: async (url, init) => {
      const query = new URL(url).searchParams;
      requests.push({
        query: query.toString(),
        header: init.headers["X-Client"] ?? null,
        idempotencyKey: init.headers["Idempotency-Key"] ?? null,
        signal: init.signal === controller.signal,
      });
      return new Response(JSON.stringify(PAGES[query.get("cursor") ?? "first"]), { status: 200 });
    },
  });
}

const call = { signal: controller.signal, headers: { "X-Client": "paging" } };
const result = {};

const api = client();
result.items = [];
for await (const item of api.shop.item.list.all({ status: "active", limit: 2 }, call)) {
  result.items.push(item.id);
}
result.requests = requests.splice(0);

result.pages = [];
for await (const page of api.shop.item.list.pages({ cursor: "c2" })) {
  result.pages.push(page.items.length);
}
result.resumedAt = requests.splice(0).map((request) => request.query);

for await (const item of api.shop.item.list.all()) {
  result.firstOnly = item.id;
  break;
}
result.callsForFirstOnly = requests.splice(0).length;

try {
  for await (const page of api.shop.item.list.pages({ cursor: "loop" })) {
    void page;
  }
  result.loop = "no error";
} catch (error) {
  result.loop = error.message;
}
console.log(JSON.stringify(result));
