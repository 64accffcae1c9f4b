package io.contractspec.schema;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.contractspec.annotations.PublicApi;

/**
 * The one JSON configuration for reading and writing payloads anywhere in an application: HTTP
 * bodies, stored JSON columns, the outbox and the audit trail. Numbers with a fraction or an
 * exponent are read as exact decimals ({@code BigDecimal}), never as doubles, so
 * {@code 10000.0000000000001} and {@code 12345678901234567.89} come back as they were written and
 * a literal such as {@code 1e400} stays a (large) number instead of becoming infinity. Values too
 * large for a double are refused by validation (they are not portable to other JSON readers).
 */
@PublicApi
public final class ExactJson {

    private static final JsonMapper MAPPER = builder().build();

    private ExactJson() {}

    /** The shared mapper (thread-safe; do not reconfigure it). */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** The configuration on a mapper of one's own, e.g. with stricter parser limits. */
    public static JsonMapper.Builder builder() {
        return builder(JsonFactory.builder().build());
    }

    /** The configuration on the given factory (its parser and generator settings are kept). */
    public static JsonMapper.Builder builder(JsonFactory factory) {
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .nodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    }
}
