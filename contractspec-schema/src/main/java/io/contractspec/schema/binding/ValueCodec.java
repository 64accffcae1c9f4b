package io.contractspec.schema.binding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.contractspec.schema.internal.Describe;
import java.util.function.Function;

/** Converts one non-null value between its wire form and one Java type. */
interface ValueCodec {

    /** The Java value of a non-null wire value; throws {@link Failure} when it does not fit. */
    Object read(JsonNode node);

    /** The wire form of a non-null Java value; throws {@link Failure} when the model cannot carry it. */
    JsonNode write(Object value);

    static ValueCodec of(Function<JsonNode, Object> reader, Function<Object, JsonNode> writer) {
        return new ValueCodec() {
            @Override
            public Object read(JsonNode node) {
                return reader.apply(node);
            }

            @Override
            public JsonNode write(Object value) {
                return writer.apply(value);
            }
        };
    }

    /**
     * A codec for a value that travels as a string. Parse and format errors become failures that
     * name what was expected.
     */
    static ValueCodec text(String expected, Function<String, Object> parse, Function<Object, String> format) {
        return of(node -> {
            if (!node.isTextual()) {
                throw new Failure("expected " + expected + ", got " + Describe.kind(node));
            }
            try {
                return parse.apply(node.textValue());
            } catch (Failure e) {
                throw e;
            } catch (RuntimeException e) {
                throw new Failure("expected " + expected + ", got " + Describe.quote(node.textValue()), e);
            }
        }, value -> {
            try {
                return TextNode.valueOf(format.apply(value));
            } catch (Failure e) {
                throw e;
            } catch (RuntimeException e) {
                throw new Failure("cannot write " + value + " as " + expected + ": " + e.getMessage(), e);
            }
        });
    }
}
