package io.contractspec.core.spec;

import io.contractspec.annotations.PublicApi;

/**
 * A response the REST transport documents besides the success status and the errors: another 2xx
 * (201 when a PUT created what it would otherwise replace, 202 when the work runs later, 204) or a
 * 3xx (304 Not Modified, a redirect). A handler answers with it through
 * {@code HandlerContext.respondWith(status)}; 204, 205 and 3xx responses carry no body, the others
 * carry the operation's output.
 *
 * <pre>{@code
 * .successStatus(200).restResponse(201, "the account did not exist and was created")
 * }</pre>
 */
@PublicApi
public record RestResponse(int status, String when) {

    public RestResponse {
        if (status < 200 || status > 399) {
            throw new IllegalArgumentException("REST response " + status + " is not a 2xx or 3xx status"
                    + " (4xx and 5xx are declared errors)");
        }
        if (when == null) {
            throw new IllegalArgumentException("REST response " + status + ": 'when' must not be null");
        }
    }

    /** 204, 205 and every 3xx answer without a body; the rest carry the operation's output. */
    public boolean carriesOutput() {
        return hasBody(status);
    }

    /** Whether an HTTP answer with this status has a body: not 204, 205 or a 3xx (HTTP's rules and redirects). */
    public static boolean hasBody(int status) {
        return status != 204 && status != 205 && (status < 300 || status >= 400);
    }
}
