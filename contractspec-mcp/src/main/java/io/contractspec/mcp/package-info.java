/**
 * Public API: The MCP surface: every operation of a registry as a tool for AI agents (official MCP Java SDK),
 * run through the executor like every other surface, with docs, snapshot and schemas as resources
 * and a prompt per feature; served over streamable HTTP on the REST server ({@link
 * io.contractspec.mcp.McpHttp}) or over stdio ({@link io.contractspec.mcp.McpStdio}).
 */
package io.contractspec.mcp;
