// Validates the WorkflowInstance payload of PayloadValidationBenchmark with the original system's
// JavaScript validators, for BENCHMARKS.md: Zod 4 (default, jitless, z.compile when it exists) and
// ajv 8 compiled from the JSON Schema we export (with and without ajv-formats).
// Run from the tools folder so imports resolve (see BENCHMARKS.md):
//   cp benchmarks/src/main/node/validation-compare.mjs tools/.run/ && node tools/.run/validation-compare.mjs \
//     examples/workflow-system/generated/schemas/WorkflowInstance.schema.json
// With CPU_TIME=1 it measures process CPU time per validation instead of wall time (see ValidationCpuTime).
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import * as z from "zod";

const PAYLOAD = JSON.parse(`{
  "id": "inst-456", "workflowDefinitionId": "wf-expense-approval", "workflowKey": "expense-approval",
  "status": "waiting", "currentStepId": "step-manager-approval", "currentStepKey": "manager-approval",
  "triggeredBy": "u-requester", "organizationId": "org_demo", "priority": 50, "referenceId": "exp-1001",
  "referenceType": "expense",
  "contextData": {"amount": 420, "currency": "CHF", "items": [{"label": "Train", "amount": 120}]},
  "dueAt": "2026-12-01T17:00:00Z", "createdAt": "2026-11-26T09:15:30.125Z",
  "startedAt": "2026-11-26T09:15:30.250+01:00"}`);

// Zod with the semantics of our model, as the original defines it: ids without whitespace or
// control characters (1..255), non-blank keys, an enum, an integer 0..100, objects, RFC 3339 times.
function zodSchema() {
  const id = z.string().min(1).max(255).regex(/^[^\s\u0000-\u001f\u007f-\u009f]+$/);
  const nonBlank = z.string().regex(/\S/);
  const time = z.iso.datetime({ offset: true });
  return z.strictObject({
    id, workflowDefinitionId: id, workflowKey: nonBlank,
    status: z.enum(["pending", "running", "waiting", "paused", "completed", "cancelled", "failed", "timeout"]),
    currentStepId: id.optional(), currentStepKey: nonBlank.optional(), triggeredBy: id, organizationId: id,
    priority: z.int().min(0).max(100), referenceId: nonBlank.optional(), referenceType: nonBlank.optional(),
    contextData: z.record(z.string(), z.unknown()).optional(), dueAt: time.optional(), outcome: nonBlank.optional(),
    resultData: z.record(z.string(), z.unknown()).optional(), errorMessage: z.string().optional(),
    createdAt: time, startedAt: time.optional(), completedAt: time.optional(),
  });
}

// CPU time of the whole process (all threads), as ValidationCpuTime measures the JVM: a machine
// shared with other builds slows wall time far more than CPU time.
function measureCpu(name, validate) {
  const batch = 1_000_000;
  const run = () => {
    for (let i = 0; i < batch; i++) {
      validate();
    }
  };
  for (let i = 0; i < 3; i++) {
    run();
  }
  const results = [];
  for (let round = 0; round < 7; round++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    results.push(((used.user + used.system) * 1000) / batch);
  }
  results.sort((a, b) => a - b);
  console.log(`${(name + " (CPU)").padEnd(34)} ${results[3].toFixed(0).padStart(6)} ns/op (median of 7, min ${results[0].toFixed(0)})`);
}

function measure(name, validate) {
  if (!validate()) {
    throw new Error(`${name} rejects the benchmark payload`);
  }
  if (process.env.CPU_TIME) {
    measureCpu(name, validate);
    return;
  }
  const run = (ms) => {
    let count = 0;
    const end = performance.now() + ms;
    while (performance.now() < end) {
      for (let i = 0; i < 1000; i++) {
        validate();
      }
      count += 1000;
    }
    return count;
  };
  run(2000);
  const results = [];
  for (let iteration = 0; iteration < 5; iteration++) {
    const start = performance.now();
    const count = run(1000);
    results.push(((performance.now() - start) * 1e6) / count);
  }
  results.sort((a, b) => a - b);
  console.log(`${name.padEnd(34)} ${results[2].toFixed(0).padStart(6)} ns/op (median of 5, min ${results[0].toFixed(0)})`);
}

const schema = JSON.parse(readFileSync(process.argv[2], "utf8"));
const withFormats = addFormats.default(new Ajv2020.default({ allErrors: true, strict: false })).compile(schema);
const withoutFormats = new Ajv2020.default({ allErrors: true, strict: false, validateFormats: false }).compile(schema);
const zod = zodSchema();

measure("zod 4 (default)", () => zod.safeParse(PAYLOAD).success);
if (typeof z.compile === "function") {
  const compiled = z.compile(zod);
  measure("zod 4 (z.compile)", () => compiled.safeParse(PAYLOAD).success);
} else {
  console.log("zod 4 (z.compile)                  n/a: this zod has no z.compile");
}
z.config({ jitless: true });
const jitless = zodSchema();
measure("zod 4 (jitless)", () => jitless.safeParse(PAYLOAD).success);
measure("ajv 8 + ajv-formats (allErrors)", () => withFormats(PAYLOAD));
measure("ajv 8 without formats (allErrors)", () => withoutFormats(PAYLOAD));
