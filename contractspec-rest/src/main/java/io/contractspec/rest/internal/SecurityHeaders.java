package io.contractspec.rest.internal;

import io.javalin.http.Context;

/**
 * Headers every answer of the adapter carries: browsers must not sniff a JSON answer into
 * something executable ({@code X-Content-Type-Options: nosniff}), and API answers, which hold one
 * caller's data, must not be kept by a browser or a shared cache ({@code Cache-Control: no-store}).
 */
public final class SecurityHeaders {

    private SecurityHeaders() {}

    /** For every response of the server (API, health, OpenAPI, pages mounted beside them). */
    public static void everyResponse(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
    }

    /** For answers of operations and problem documents. */
    static void apiAnswer(Context ctx) {
        ctx.header("Cache-Control", "no-store");
    }
}
