package io.contractspec.examples.workflow.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.contractspec.schema.ExactJson;
import io.contractspec.schema.Scalar;
import io.contractspec.schema.sample.ScalarSampler;
import io.contractspec.schema.sample.ScalarSamples;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema module's scalar samples plus the boundary values a careless client sends: the
 * longest strings the contracts allow (in ASCII and in characters outside the BMP), unicode of
 * every kind, exact and extreme decimals, far dates and offsets. The generator keeps the ones a
 * field's constraints admit for valid payloads and uses the rest for its faults.
 */
final class BoundarySamples implements ScalarSampler {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String EMOJI = "\ud83d\ude00";

    private final ScalarSampler base = ScalarSamples.sampler();

    @Override
    public List<JsonNode> valid(Scalar scalar) {
        List<JsonNode> values = new ArrayList<>(base.valid(scalar));
        if (scalar == Scalar.STRING || scalar == Scalar.NON_EMPTY_STRING || scalar == Scalar.ID) {
            for (String text : new String[] {"x".repeat(255), EMOJI.repeat(255), "\u00e9".repeat(255), "e\u0301\u0301",
                    "\u05e9\u05dc\u05d5\u05dd \u202eabc", "\u4e2d\u6587", "x".repeat(10_000), EMOJI.repeat(10_000),
                    "Robert'); DROP TABLE workflow_instance;--", "%_\\", "\ufffe\uffff"}) {
                values.add(NODES.textNode(text));
            }
        } else if (scalar == Scalar.INT) {
            for (long number : new long[] {0, 1, -1, Integer.MAX_VALUE, Integer.MAX_VALUE + 1L, 4_294_967_297L,
                    Long.MAX_VALUE, Long.MIN_VALUE}) {
                values.add(NODES.numberNode(number));
            }
        } else if (scalar == Scalar.DATE_TIME) {
            for (String text : new String[] {"1900-01-01T00:00:00+18:00", "9998-12-31T23:59:59-18:00",
                    "2030-06-30T12:00:00.123456789+05:45", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59+23:59",
                    "2030-01-01T00:00:00-23:59", "1899-12-31T23:59:59Z"}) {
                values.add(NODES.textNode(text));
            }
        } else if (scalar == Scalar.JSON_OBJECT || scalar == Scalar.JSON) {
            for (String json : new String[] {"{\"amount\": 10000.0000000000001}", "{\"total\": 12345678901234567.89}",
                    "{\"max\": 1.7976931348623157e308, \"tiny\": 4.9e-324, \"negative\": -1e308}",
                    "{\"" + EMOJI + "\": \"" + EMOJI.repeat(100) + "\", \"\": null}",
                    "{\"a\": {\"b\": {\"c\": {\"d\": [1, [2, [3, {\"e\": true}]]]}}}}"}) {
                values.add(parse(json));
            }
        }
        return values;
    }

    @Override
    public List<JsonNode> invalid(Scalar scalar) {
        List<JsonNode> values = new ArrayList<>(base.invalid(scalar));
        if (scalar == Scalar.JSON_OBJECT) {
            values.add(parse("{\"amount\": 1e400}"));
            values.add(parse("{\"nested\": [{\"n\": -2.5e999}]}"));
        } else if (scalar == Scalar.FLOAT) {
            values.add(NODES.numberNode(new BigDecimal("1e400")));
        }
        return values;
    }

    private static JsonNode parse(String json) {
        try {
            return ExactJson.mapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(json, e);
        }
    }
}
