package io.contractspec.mcp;

import io.contractspec.annotations.PublicApi;
import io.contractspec.mcp.internal.JsonMaps;
import io.contractspec.mcp.internal.ValidatedOutput;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.regex.JoniRegularExpressionFactory;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The MCP SDK's schema checks (tool schemas against the 2020-12 meta-schema at registration,
 * structured results against output schemas) on the json-schema-validator 1.5 the project already
 * uses, instead of the SDK's default that needs 2.x; for SDK clients too (tests, agents in Java). ECMA-262 patterns (Joni), as our schemas mean
 * them. Schemas are compiled once: a tool's schema map is the same object on every call.
 */
@PublicApi
public final class NetworkntSchemaValidator implements JsonSchemaValidator {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .regularExpressionFactory(JoniRegularExpressionFactory.getInstance())
            .formatAssertionsEnabled(false)
            .build();

    // By identity: hashing a whole schema map on every call would cost more than validating.
    private final Map<Identity, JsonSchema> compiled = new ConcurrentHashMap<>();

    @Override
    public ValidationResponse validate(Map<String, Object> schema, Object structuredContent) {
        if (structuredContent instanceof ValidatedOutput) {
            return ValidationResponse.asValid(null); // the executor validated it against the model of this very schema
        }
        JsonNode content = structuredContent instanceof JsonNode node ? node : JsonMaps.MAPPER.valueToTree(structuredContent);
        Set<ValidationMessage> errors = schema(schema).validate(content);
        if (!errors.isEmpty()) {
            return ValidationResponse.asInvalid(describe(errors));
        }
        return ValidationResponse.asValid(JsonMaps.write(content));
    }

    @Override
    public ValidationResponse validateSchema(Map<String, Object> schema) {
        Set<ValidationMessage> errors = MetaSchema.SCHEMA.validate(JsonMaps.MAPPER.valueToTree(schema));
        return errors.isEmpty() ? ValidationResponse.asValid(null) : ValidationResponse.asInvalid(describe(errors));
    }

    private JsonSchema schema(Map<String, Object> schema) {
        return compiled.computeIfAbsent(new Identity(schema), identity -> {
            JsonSchema compiledSchema = FACTORY.getSchema(JsonMaps.MAPPER.<JsonNode>valueToTree(schema), CONFIG);
            compiledSchema.initializeValidators();
            return compiledSchema;
        });
    }

    private static String describe(Set<ValidationMessage> errors) {
        return errors.stream().map(ValidationMessage::toString).sorted().collect(Collectors.joining("; "));
    }

    private record Identity(Map<String, Object> schema) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity identity && identity.schema == schema;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(schema);
        }
    }

    /** Loaded on first use only. */
    private static final class MetaSchema {
        static final JsonSchema SCHEMA = FACTORY.getSchema(SchemaLocation.of(SchemaId.V202012), CONFIG);
    }
}
