package io.contractspec.runtime;

/** The surface a call came through; recorded in telemetry and audit. */
public enum Channel {
    REST,
    GRAPHQL,
    MCP,
    CLI,
    INTERNAL,
    TEST
}
