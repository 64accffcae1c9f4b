// Turns an OpenAPI document into TypeScript types with openapi-typescript's default options.
// Usage: node openapi-typescript.mjs <document.json> <out.ts>
import { readFileSync, writeFileSync } from "node:fs";
import openapiTS, { astToString } from "openapi-typescript";

const document = JSON.parse(readFileSync(process.argv[2], "utf8"));
const ast = await openapiTS(document);
writeFileSync(process.argv[3], astToString(ast));
