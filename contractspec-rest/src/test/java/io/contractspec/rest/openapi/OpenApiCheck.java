package io.contractspec.rest.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.schema.differential.ReferenceValidator;
import io.contractspec.schema.jsonschema.JsonSchemaProjection;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Third-party checks of an exported document, for tests in any module (published in the test-jar):
 * what swagger-parser says about it, and every example checked against the schema it illustrates
 * with networknt (JSON Schema 2020-12, ECMA-262 patterns).
 */
public final class OpenApiCheck {

    /** One example and where it sits. */
    public record ExampleSite(String location, ObjectNode schema, JsonNode value) {}

    private OpenApiCheck() {}

    /** swagger-parser's messages for the document; empty when it finds nothing to complain about. */
    public static List<String> parserMessages(ObjectNode document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document.toPrettyString(), null, options);
        List<String> messages = new ArrayList<>(result.getMessages() == null ? List.of() : result.getMessages());
        if (result.getOpenAPI() == null) {
            messages.add("swagger-parser produced no model");
        }
        return messages;
    }

    /** Every example of the document (parameters, request bodies, responses) with its schema. */
    public static List<ExampleSite> examples(ObjectNode document) {
        List<ExampleSite> sites = new ArrayList<>();
        JsonNode components = document.path("components");
        for (Map.Entry<String, JsonNode> path : fields(document.path("paths"))) {
            for (Map.Entry<String, JsonNode> method : fields(path.getValue())) {
                String at = method.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = method.getValue();
                for (JsonNode parameter : operation.path("parameters")) {
                    String where = at + " parameter " + parameter.path("name").asText();
                    collect(sites, where, parameter.path("schema"), parameter.path("examples"), components);
                    media(sites, where, parameter.path("content"), components);
                }
                media(sites, at + " request", operation.path("requestBody").path("content"), components);
                for (Map.Entry<String, JsonNode> response : fields(operation.path("responses"))) {
                    media(sites, at + " response " + response.getKey(), response.getValue().path("content"), components);
                }
            }
        }
        return sites;
    }

    /** Why each example does not fit its schema, as "location: error"; empty when all fit. */
    public static List<String> exampleErrors(List<ExampleSite> sites) {
        List<String> errors = new ArrayList<>();
        for (ExampleSite site : sites) {
            ReferenceValidator.of(site.schema()).errors(site.value())
                    .forEach(error -> errors.add(site.location() + ": " + error));
        }
        return errors;
    }

    private static void media(List<ExampleSite> sites, String where, JsonNode content, JsonNode components) {
        for (Map.Entry<String, JsonNode> type : fields(content)) {
            collect(sites, where + " " + type.getKey(), type.getValue().path("schema"), type.getValue().path("examples"),
                    components);
        }
    }

    private static void collect(List<ExampleSite> sites, String where, JsonNode schema, JsonNode examples, JsonNode components) {
        if (schema.isMissingNode() || !examples.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> example : fields(examples)) {
            ObjectNode standalone = JsonNodeFactory.instance.objectNode().put("$schema", JsonSchemaProjection.DIALECT);
            standalone.putArray("allOf").add(schema.deepCopy());
            standalone.set("components", components.deepCopy());
            sites.add(new ExampleSite(where + " example " + example.getKey(), standalone, example.getValue().path("value")));
        }
    }

    private static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        node.fields().forEachRemaining(entries::add);
        return entries;
    }
}
