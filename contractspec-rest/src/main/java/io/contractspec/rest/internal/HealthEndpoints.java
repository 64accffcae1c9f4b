package io.contractspec.rest.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.result.Problem;
import io.contractspec.core.result.StandardCode;
import io.contractspec.rest.health.CheckResult;
import io.contractspec.rest.health.ReadinessCheck;
import io.javalin.http.Context;
import java.util.List;

/** {@code /health}: the process answers. {@code /ready}: every readiness check passes (else 503). */
public final class HealthEndpoints {

    private static final byte[] UP = "{\"status\":\"UP\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private final List<ReadinessCheck> checks;
    private final HttpResponses responses;

    public HealthEndpoints(List<ReadinessCheck> checks, HttpResponses responses) {
        this.checks = List.copyOf(checks);
        this.responses = responses;
    }

    public void health(Context ctx) {
        TraceIds.of(ctx);
        ctx.contentType(HttpResponses.JSON).result(UP);
    }

    public void ready(Context ctx) {
        String traceId = TraceIds.of(ctx);
        ArrayNode results = JsonNodeFactory.instance.arrayNode();
        boolean allUp = true;
        for (ReadinessCheck check : checks) {
            CheckResult result = run(check);
            allUp &= result.isUp();
            ObjectNode entry = results.addObject().put("name", check.name()).put("status", result.isUp() ? "UP" : "DOWN");
            if (!result.detail().isEmpty()) {
                entry.put("detail", result.detail());
            }
        }
        if (allUp) {
            ObjectNode body = JsonNodeFactory.instance.objectNode().put("status", "UP");
            body.set("checks", results);
            ctx.contentType(HttpResponses.JSON).result(responses.json().write(body));
            return;
        }
        Problem problem = Problem.of(StandardCode.UNAVAILABLE).detail("The service is not ready.")
                .metadata("checks", results).traceId(traceId).build();
        responses.problem(ctx, problem, null);
    }

    private static CheckResult run(ReadinessCheck check) {
        try {
            return check.check();
        } catch (RuntimeException e) {
            System.getLogger(HealthEndpoints.class.getName()).log(System.Logger.Level.WARNING,
                    "Readiness check " + check.name() + " threw", e);
            return CheckResult.down("The check failed.");
        }
    }
}
