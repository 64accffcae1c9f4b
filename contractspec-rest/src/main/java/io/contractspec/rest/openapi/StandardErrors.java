package io.contractspec.rest.openapi;

import io.contractspec.core.result.StandardCode;
import io.contractspec.core.spec.AuthLevel;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Policy;
import io.contractspec.rest.internal.OperationRoute;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The standard errors the adapter and the pipeline can answer one operation with, and why:
 * 400 always (a malformed request); 401 when the policy needs a principal; 403 for admin, roles,
 * permissions or flags; 409 for commands (an idempotency key reused with another input); 413 and
 * 415 for routes with a body; 422 when there is input to validate; 429 under a rate limit; 500
 * always.
 */
final class StandardErrors {

    private StandardErrors() {}

    static Map<StandardCode, String> of(OperationRoute route) {
        OperationSpec operation = route.operation();
        Policy policy = operation.policy();
        Map<StandardCode, String> errors = new LinkedHashMap<>();
        errors.put(StandardCode.BAD_REQUEST, route.inputFromQuery()
                ? "the query string, a header or the input parameter is malformed."
                : "the body is not valid JSON, or a header is malformed.");
        if (Responses.needsPrincipal(policy)) {
            errors.put(StandardCode.UNAUTHENTICATED, "no credentials were given, or they are invalid or expired.");
        }
        if (policy.auth() == AuthLevel.ADMIN || !policy.roles().isEmpty() || !policy.anyRole().isEmpty()
                || !policy.permissions().isEmpty() || !policy.anyPermission().isEmpty() || !policy.flags().isEmpty()) {
            errors.put(StandardCode.FORBIDDEN, "the caller lacks a required role, permission or feature.");
        }
        if (operation.isCommand()) {
            errors.put(StandardCode.CONFLICT, "the Idempotency-Key was already used with a different input.");
        }
        if (!route.inputFromQuery()) {
            errors.put(StandardCode.PAYLOAD_TOO_LARGE, "the body exceeds the server's size limit.");
            errors.put(StandardCode.UNSUPPORTED_MEDIA_TYPE, "the body is not application/json.");
        }
        if (operation.input().isPresent()) {
            errors.put(StandardCode.VALIDATION_FAILED, "the input does not match its schema; every issue is listed.");
        }
        policy.rateLimit().ifPresent(limit -> errors.put(StandardCode.RATE_LIMITED, "more than " + limit.rpm()
                + " calls per minute (per " + limit.scope().wireName() + "); wait for Retry-After seconds."));
        errors.put(StandardCode.INTERNAL_ERROR, "the operation failed on the server.");
        return errors;
    }
}
