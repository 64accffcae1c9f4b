package io.contractspec.schema.differential;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.regex.JoniRegularExpressionFactory;
import java.util.List;

/**
 * An independent JSON Schema 2020-12 validator (networknt) set up to judge payloads the way our
 * schemas mean them: ECMA-262 regular expressions (Joni) because {@code pattern} is ECMA-262, and
 * no format assertions because our schemas state formats with their own keywords, never with
 * {@code format}.
 */
public final class ReferenceValidator {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .regularExpressionFactory(JoniRegularExpressionFactory.getInstance())
            .formatAssertionsEnabled(false)
            .build();

    private final JsonSchema schema;

    private ReferenceValidator(JsonSchema schema) {
        this.schema = schema;
    }

    /** A validator for a standalone schema document (it should declare {@code $schema}). */
    public static ReferenceValidator of(JsonNode schemaDocument) {
        JsonSchema schema = FACTORY.getSchema(schemaDocument, CONFIG);
        schema.initializeValidators();
        return new ReferenceValidator(schema);
    }

    /** The reference's error messages for the payload; empty when it accepts the payload. */
    public List<String> errors(JsonNode payload) {
        return schema.validate(payload).stream().map(ValidationMessage::toString).sorted().toList();
    }

    /** Why a schema document is not a valid 2020-12 schema, judged by the meta-schema shipped with networknt. */
    public static List<String> metaSchemaErrors(JsonNode schemaDocument) {
        return MetaSchema.VALIDATOR.errors(schemaDocument);
    }

    /** Loaded on first use only: most callers never check schemas against the meta-schema. */
    private static final class MetaSchema {
        static final ReferenceValidator VALIDATOR =
                new ReferenceValidator(FACTORY.getSchema(SchemaLocation.of(SchemaId.V202012), CONFIG));
    }
}
