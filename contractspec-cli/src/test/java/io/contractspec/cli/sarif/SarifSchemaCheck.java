package io.contractspec.cli.sarif;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** The official SARIF 2.1.0 schema (a draft-04 document), copied into the test resources. */
public final class SarifSchemaCheck {

    private static final JsonSchema SCHEMA = load();

    private SarifSchemaCheck() {}

    public static Set<ValidationMessage> validate(JsonNode log) {
        return SCHEMA.validate(log);
    }

    private static JsonSchema load() {
        try (InputStream in = SarifSchemaCheck.class.getResourceAsStream("/sarif-schema-2.1.0.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
