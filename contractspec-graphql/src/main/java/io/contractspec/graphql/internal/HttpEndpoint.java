package io.contractspec.graphql.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import graphql.ExecutionResult;
import io.contractspec.core.result.StandardCode;
import io.contractspec.rest.internal.TraceIds;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GraphQL over HTTP: {@code POST} with an {@code application/json} body, {@code GET} with
 * {@code query}, {@code operationName} and {@code variables} parameters (queries only). Answers in
 * {@code application/graphql-response+json} when the client accepts it — a request that ran nothing
 * then gets a 4xx status — else in {@code application/json} with 200 (401 and 405 stay what they are).
 */
public final class HttpEndpoint {

    static final String JSON = "application/json";
    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final Engine engine;
    private final Callers callers;
    private final long maxBytes;

    public HttpEndpoint(Engine engine, Callers callers, long maxBytes) {
        this.engine = engine;
        this.callers = callers;
        this.maxBytes = maxBytes;
    }

    public void post(Context ctx) {
        serve(ctx, false, () -> {
            String contentType = ctx.contentType();
            if (contentType == null || !isJson(contentType)) {
                throw new Refusal(StandardCode.UNSUPPORTED_MEDIA_TYPE, "The body must be application/json (UTF-8).");
            }
            return GraphQlRequest.of(parse(BoundedBody.read(ctx.req(), maxBytes)));
        });
    }

    public void get(Context ctx) {
        serve(ctx, true, () -> {
            String raw = ctx.queryString();
            if (raw != null && raw.length() > maxBytes) {
                throw new Refusal(StandardCode.PAYLOAD_TOO_LARGE, "The query string exceeds " + maxBytes + " bytes.");
            }
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            Optional.ofNullable(ctx.queryParam("query")).ifPresent(query -> body.put("query", query));
            Optional.ofNullable(ctx.queryParam("operationName")).ifPresent(name -> body.put("operationName", name));
            String variables = ctx.queryParam("variables");
            if (variables != null) {
                body.set("variables", parse(variables.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            }
            return GraphQlRequest.of(body);
        });
    }

    private interface RequestReader {
        GraphQlRequest read();
    }

    private void serve(Context ctx, boolean readOnly, RequestReader reader) {
        String traceId = TraceIds.of(ctx);
        String media = GRAPHQL_RESPONSE;
        try {
            media = negotiate(ctx.header("Accept"));
            GraphQlRequest request = reader.read();
            RequestContext context = callers.context(name -> Optional.ofNullable(ctx.header(name)), traceId);
            ExecutionResult result = engine.execute(request, context, readOnly);
            write(ctx, media, Responses.of(result, traceId));
        } catch (Refusal refusal) {
            BoundedBody.discard(ctx);
            Map<String, Object> response = new LinkedHashMap<>();
            response.put("errors", List.of(ProblemErrors.forRequest(refusal.code(), refusal.getMessage(), traceId).toSpecification()));
            if (refusal.challenge() != null) {
                ctx.header("WWW-Authenticate", refusal.challenge());
            }
            ctx.status(refusal.code().status());
            send(ctx, media, response);
        }
    }

    private void write(Context ctx, String media, Map<String, Object> response) {
        int status = 200;
        if (!response.containsKey("data")) {
            int requestStatus = Responses.requestErrorStatus(response);
            status = media.equals(GRAPHQL_RESPONSE) || requestStatus == 401 || requestStatus == 405 ? requestStatus : 200;
        }
        if (status == 401) {
            callers.challenge().ifPresent(challenge -> ctx.header("WWW-Authenticate", challenge));
        }
        if (status == 405) {
            ctx.header("Allow", "POST");
        }
        ctx.status(status);
        send(ctx, media, response);
    }

    private static void send(Context ctx, String media, Map<String, Object> response) {
        try {
            ctx.contentType(media + "; charset=utf-8").result(MAPPER.writeValueAsBytes(response));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a GraphQL response could not be written", e);
        }
    }

    /** graphql-response+json when accepted, else JSON; a client accepting neither gets 406. */
    static String negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        String lower = accept.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains(GRAPHQL_RESPONSE)) {
            return GRAPHQL_RESPONSE;
        }
        if (lower.contains(JSON) || lower.contains("*/*") || lower.contains("application/*")) {
            return JSON;
        }
        throw new Refusal(StandardCode.BAD_REQUEST,
                "The client must accept application/graphql-response+json or application/json.");
    }

    private static boolean isJson(String contentType) {
        String[] parts = contentType.split(";");
        if (!parts[0].trim().equalsIgnoreCase(JSON)) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.regionMatches(true, 0, "charset=", 0, 8)
                    && !parameter.substring(8).replace("\"", "").equalsIgnoreCase("utf-8")) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode parse(byte[] bytes) {
        try {
            return MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new Refusal(StandardCode.BAD_REQUEST, "The request is not valid JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new Refusal(StandardCode.BAD_REQUEST, "The request could not be read.");
        }
    }
}
