// Validates an AsyncAPI document with @asyncapi/parser; prints {errors, warnings, channels, messages} as JSON.
// Usage: node asyncapi-validate.mjs <document.json>
import { readFileSync } from "node:fs";
import { Parser } from "@asyncapi/parser";

const text = readFileSync(process.argv[2], "utf8");
const { document, diagnostics } = await new Parser().parse(text);
const describe = (d) => `${d.code} at ${(d.path || []).join(".")}: ${d.message}`;
const result = {
  errors: diagnostics.filter((d) => d.severity === 0).map(describe),
  warnings: diagnostics.filter((d) => d.severity === 1).map(describe),
  channels: document ? document.channels().all().map((channel) => channel.id()) : [],
  messages: document ? document.messages().all().map((message) => message.name()) : [],
};
console.log(JSON.stringify(result));
