package io.contractspec.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Pagination;
import io.contractspec.core.spec.ParameterBinding;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The RFC 8288 {@code Link: <…>; rel="next"} header of a paginated operation's page: the request's
 * own path and query with the cursor parameter set to the page's next cursor, so a client follows
 * links without knowing the contract. The target is a relative reference (resolved against the
 * request URL), which keeps a spoofed {@code Host} header out of it.
 *
 * <p>Only query routes whose cursor travels as a typed query parameter get one: a POST body or a
 * whole {@code ?input=} object cannot be continued by a URL alone.
 */
final class NextPageLink {

    static final String LINK = "Link";

    private final String outputToken;
    private final Set<String> cursorParameters;
    private final String cursorParameter;
    private final boolean inputParameter;

    private NextPageLink(OperationSpec operation, Pagination pagination) {
        this.outputToken = pagination.outputToken();
        this.cursorParameters = new LinkedHashSet<>();
        operation.parameters().stream()
                .filter(binding -> binding.in() == ParameterBinding.Location.QUERY)
                .filter(binding -> binding.field().equals(pagination.inputToken()))
                .forEach(binding -> cursorParameters.add(binding.name()));
        cursorParameters.add(pagination.inputToken());
        this.cursorParameter = cursorParameters.iterator().next();
        this.inputParameter = operation.input()
                .map(model -> model.field(InputBinder.INPUT_PARAMETER).isEmpty()).orElse(true);
    }

    /** The link of a route, or none when its pages cannot be continued by URL. */
    static Optional<NextPageLink> of(OperationRoute route) {
        if (!route.inputFromQuery()) {
            return Optional.empty();
        }
        return route.operation().pagination().map(pagination -> new NextPageLink(route.operation(), pagination));
    }

    /** Sets the header when the page has a next cursor and the request used typed query parameters. */
    void addTo(Context ctx, JsonNode output) {
        JsonNode next = output == null ? null : output.get(outputToken);
        if (next == null || !next.isTextual()) {
            return;
        }
        String rawQuery = ctx.req().getQueryString();
        StringBuilder query = new StringBuilder();
        boolean wholeInput = false;
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = QueryString.decode(pair, 0, equals < 0 ? pair.length() : equals);
                wholeInput |= inputParameter && name.equals(InputBinder.INPUT_PARAMETER);
                if (!cursorParameters.contains(name)) {
                    query.append(pair).append('&');
                }
            }
        }
        if (wholeInput) {
            return;
        }
        query.append(encode(cursorParameter)).append('=').append(encode(next.asText()));
        ctx.header(LINK, "<" + safe(ctx.req().getRequestURI() + "?" + query) + ">; rel=\"next\"");
    }

    /** Percent-encodes what a lenient server let through raw but must not end the {@code <…>} target. */
    private static String safe(String target) {
        StringBuilder out = new StringBuilder(target.length());
        target.codePoints().forEach(c -> {
            if (c <= 0x20 || c >= 0x7f || c == '<' || c == '>' || c == '"') {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xff));
                }
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
