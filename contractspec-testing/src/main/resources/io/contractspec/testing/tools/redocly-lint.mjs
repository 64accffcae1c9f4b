// Lints an OpenAPI document with @redocly/cli's "recommended" ruleset; prints {errors, warnings} as JSON.
// Usage: node redocly-lint.mjs <document.json>
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const cli = path.join(path.dirname(require.resolve("@redocly/cli/package.json")), "bin", "cli.js");
let output;
try {
  output = execFileSync(process.execPath, [cli, "lint", "--extends=recommended", "--format=json", process.argv[2]],
    { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" } });
} catch (failed) {
  output = failed.stdout;
}
const report = JSON.parse(output);
const describe = (p) => `${p.ruleId}: ${p.message} at ${(p.location || []).map((l) => l.pointer).join(", ")}`;
console.log(JSON.stringify({
  errors: report.problems.filter((p) => p.severity === "error").map(describe),
  warnings: report.problems.filter((p) => p.severity === "warn").map(describe),
}));
