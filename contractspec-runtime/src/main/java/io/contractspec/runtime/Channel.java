package io.contractspec.runtime;

import io.contractspec.annotations.PublicApi;


/** The surface a call came through; recorded in telemetry and audit. */
@PublicApi
public enum Channel {
    REST,
    GRAPHQL,
    MCP,
    CLI,
    INTERNAL,
    TEST
}
