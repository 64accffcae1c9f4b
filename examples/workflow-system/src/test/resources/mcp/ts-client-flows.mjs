// The workflow application's MCP surface through the official TypeScript SDK client.
// Arguments: <base url> <requester token> <admin token> <outsider token> <stdio command as a JSON array>.
// Prints "ok <check>" per passed check; exits non-zero on the first failed one.
import assert from "node:assert/strict";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import Ajv2020Module from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

const Ajv2020 = Ajv2020Module.default ?? Ajv2020Module;
const addFormats = addFormatsModule.default ?? addFormatsModule;
const [baseUrl, token, adminToken, outsiderToken, stdioCommand] = process.argv.slice(2);
const ok = (check) => console.log("ok " + check);

async function connect(bearer) {
  const client = new Client({ name: "contractspec-ts-check", version: "1.0.0" });
  await client.connect(new StreamableHTTPClientTransport(new URL(baseUrl + "/mcp"),
    { requestInit: { headers: { Authorization: `Bearer ${bearer}` } } }));
  return client;
}

async function call(client, name, args) {
  return client.callTool({ name, arguments: args });
}

function structured(result) {
  assert.ok(!result.isError, "tool failed: " + JSON.stringify(result.content));
  return result.structuredContent;
}

const requester = await connect(token);
assert.equal(requester.getServerVersion().name, "contractspec");
ok("initialize over streamable HTTP with a token");

const { tools } = await requester.listTools();
assert.equal(tools.length, 19, tools.map((tool) => tool.name).join(", "));
// Strict: unknown keywords and formats fail. strictTypes is off: it is ajv's style lint that wants
// "type" beside "minimum" even where an allOf states it, not a validity rule.
const ajv = new Ajv2020({ strict: true, strictTypes: false, allErrors: true });
addFormats(ajv);
const validators = {};
for (const tool of tools) {
  ajv.compile(tool.inputSchema);
  validators[tool.name] = ajv.compile(tool.outputSchema);
}
const resumeTool = tools.find((tool) => tool.name === "workflow_instance_resume");
assert.equal(resumeTool.annotations.readOnlyHint, false);
assert.equal(tools.find((tool) => tool.name === "workflow_instance_list").annotations.readOnlyHint, true);
ok("tools/list gives 19 tools whose input and output schemas compile in ajv 2020-12");

const list = await call(requester, "workflow_instance_list", { limit: 50 });
const validList = validators.workflow_instance_list(structured(list));
assert.ok(validList, JSON.stringify(validators.workflow_instance_list.errors));
assert.deepEqual(JSON.parse(list.content[0].text), list.structuredContent);
ok("workflow_instance_list structuredContent validates against its outputSchema");

const admin = await connect(adminToken);
const { workflows } = structured(await call(admin, "workflow_definition_list", { limit: 50 }));
for (const definition of workflows.filter((d) => d.key === "policy-exception" && d.status === "draft")) {
  structured(await call(admin, "workflow_definition_publish", { workflowId: definition.id }));
}
await admin.close();
const started = structured(await call(requester, "workflow_instance_start", { workflowKey: "policy-exception" }));
assert.equal(structured(await call(requester, "workflow_instance_pause", { instanceId: started.id, reason: "On hold" })).status, "paused");
const resumed = await call(requester, "workflow_instance_resume", { instanceId: started.id, reason: "Issue resolved" });
assert.equal(structured(resumed).status, "running");
assert.ok(validators.workflow_instance_resume(resumed.structuredContent));
ok("workflow_instance_resume of a paused instance returns status running");

const invalid = await call(requester, "workflow_instance_start", { priority: "high", extra: 1 });
assert.equal(invalid.isError, true);
const problem = JSON.parse(invalid.content[0].text);
assert.equal(problem.code, "VALIDATION_FAILED");
assert.equal(problem.status, 422);
const paths = problem.issues.map((issue) => issue.path);
for (const path of ["workflowKey", "priority", "extra"]) {
  assert.ok(paths.includes(path), `issue paths ${paths} lack ${path}`);
}
ok("invalid input gives isError listing every issue with its path");

const anonymous = await fetch(baseUrl + "/mcp", {
  method: "POST",
  headers: { "Content-Type": "application/json", Accept: "application/json, text/event-stream" },
  body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "initialize", params: {
    protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "anonymous", version: "1" } } }),
});
assert.equal(anonymous.status, 401);
assert.match(anonymous.headers.get("www-authenticate"), /resource_metadata="[^"]+\/\.well-known\/oauth-protected-resource\/mcp"/);
ok("no token gives HTTP 401 with resource_metadata");

const outsider = await connect(outsiderToken);
const foreign = await call(outsider, "workflow_instance_get", { instanceId: started.id });
assert.equal(foreign.isError, true);
assert.equal(JSON.parse(foreign.content[0].text).code, "NOT_FOUND");
await outsider.close();
ok("another organization's id is not found");

const { resources } = await requester.listResources();
const resumeUri = "contractspec://specs/workflow.instance.resume/1.0.0";
assert.ok(resources.some((resource) => resource.uri === resumeUri), "no resume page resource");
const page = await requester.readResource({ uri: resumeUri });
assert.match(page.contents[0].text, /Resume a paused workflow instance\./);
assert.equal(page.contents[0].mimeType, "text/markdown");
ok("resources/list and reading the resume page work");
await requester.close();

const [command, ...args] = JSON.parse(stdioCommand);
const stdio = new Client({ name: "contractspec-ts-check", version: "1.0.0" });
await stdio.connect(new StdioClientTransport({ command, args, stderr: "inherit" }));
const stdioTools = await stdio.listTools();
assert.equal(stdioTools.tools.length, 19);
await stdio.close();
ok("contractspec mcp over stdio lists the tools");
