/** How the MCP surface is put together; not for use outside this module. */
package io.contractspec.mcp.internal;
