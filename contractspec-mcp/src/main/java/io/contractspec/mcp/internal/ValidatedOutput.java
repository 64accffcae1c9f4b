package io.contractspec.mcp.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import java.io.IOException;
import java.util.Objects;

/**
 * An operation's output as a tool result's {@code structuredContent}, written once: the JSON text
 * that is also the result's text copy goes to the wire as is, instead of serializing the tree a
 * second time. It is marked as validated: the executor checked it against the output model that
 * the tool's output schema is projected from (a violation never reaches a tool result; it is an
 * INTERNAL_ERROR), so the SDK's check of the same content against the same schema would only repeat it.
 */
public final class ValidatedOutput implements JsonSerializable {

    private final JsonNode json;
    private final String text;

    ValidatedOutput(JsonNode json, String text) {
        this.json = Objects.requireNonNull(json, "json");
        this.text = Objects.requireNonNull(text, "text");
    }

    public JsonNode json() {
        return json;
    }

    String text() {
        return text;
    }

    @Override
    public void serialize(JsonGenerator generator, SerializerProvider serializers) throws IOException {
        generator.writeRawValue(text);
    }

    @Override
    public void serializeWithType(JsonGenerator generator, SerializerProvider serializers, TypeSerializer types)
            throws IOException {
        serialize(generator, serializers);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ValidatedOutput output && output.json.equals(json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
