package io.contractspec.rest.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.contractspec.schema.ExactJson;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one JSON reader and writer of the adapter, built once. Reading is strict: duplicate keys,
 * trailing tokens and nesting deeper than the limit are errors; numbers are read exactly
 * ({@link ExactJson}, the configuration stores use too), so a huge exponent is a large number,
 * never an infinity, and validation refuses what a double cannot hold.
 */
public final class JsonCodec {

    private final ObjectReader reader;
    private final ObjectWriter writer;

    public JsonCodec(int maxNestingDepth) {
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(maxNestingDepth).build())
                .build();
        ObjectMapper mapper = ExactJson.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
        this.reader = mapper.readerFor(JsonNode.class);
        this.writer = mapper.writer();
    }

    /**
     * Parses one JSON document.
     *
     * @throws MalformedJson when the bytes are not exactly one JSON value within the limits
     */
    public JsonNode read(byte[] bytes, int length) {
        try {
            JsonNode node = reader.readValue(bytes, 0, length);
            if (node == null || node.isMissingNode()) {
                throw new MalformedJson("The body is empty.");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new MalformedJson(describe(e));
        } catch (IOException e) {
            throw new MalformedJson("The body could not be read as JSON.");
        }
    }

    public JsonNode read(String text) {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return read(bytes, bytes.length);
    }

    public byte[] write(JsonNode node) {
        try {
            return writer.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A short, safe description: where the JSON broke, without echoing parser internals or input. */
    private static String describe(JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
            return "The JSON exceeds a size limit (nesting depth, number or string length).";
        }
        var location = e.getLocation();
        if (location == null || location.getLineNr() < 0) {
            return "The body is not valid JSON.";
        }
        return "The body is not valid JSON (line " + location.getLineNr() + ", column " + location.getColumnNr() + ").";
    }

    /** The input is not JSON; the adapter answers 400. */
    public static final class MalformedJson extends RuntimeException {
        public MalformedJson(String message) {
            super(message, null, false, false);
        }
    }
}
