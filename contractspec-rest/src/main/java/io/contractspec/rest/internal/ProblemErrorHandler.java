package io.contractspec.rest.internal;

import io.contractspec.core.result.Problem;
import io.contractspec.core.result.StandardCode;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's error page for requests rejected before they reach a route (a malformed URI, a URI or
 * headers too large, a bad request line): a problem document like every other error, never an HTML
 * page or a stack trace, with {@code Connection: close}.
 */
public final class ProblemErrorHandler extends ErrorHandler {

    /** Jetty refuses these before routing, so no field can be named; the detail says what to change. */
    static final String URI_REJECTED = "The request line or URI is not acceptable HTTP: a path segment may not hold"
            + " a NUL, an encoded '/' or '\\', or '.'/'..'; send such a value in the body or the query instead.";

    private final JsonCodec json;

    public ProblemErrorHandler(JsonCodec json) {
        this.json = json;
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
    }

    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        String traceId = TraceIds.resolve(request.getHeaders().get(TraceIds.TRACEPARENT),
                request.getHeaders().get(TraceIds.X_TRACE_ID));
        Problem problem = code == 400 ? Problem.of(StandardCode.BAD_REQUEST).detail(URI_REJECTED).traceId(traceId).build()
                : ErrorMapping.problemFor(code, traceId);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, HttpResponses.PROBLEM_JSON);
        response.getHeaders().put(TraceIds.X_TRACE_ID, traceId);
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        // Jetty drops a connection that carried a malformed request; say so, so that no client reuses it.
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.write(true, ByteBuffer.wrap(json.write(problem.toJson())), callback);
    }
}
