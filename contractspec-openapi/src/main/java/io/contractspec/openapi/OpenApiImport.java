package io.contractspec.openapi;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.CapabilitySpec;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.FeatureSpec;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.openapi.internal.ImportProblems;
import io.contractspec.openapi.internal.OperationMapper;
import io.contractspec.openapi.internal.OwnSpecs;
import io.contractspec.openapi.internal.ProjectSources;
import io.contractspec.openapi.internal.SchemaMapper;
import io.contractspec.openapi.internal.WebhookMapper;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Imports an OpenAPI 3.0 or 3.1 document, or a Swagger 2.0 one (converted by swagger-parser), from
 * a file path or URL, JSON or YAML, with local and external {@code $ref}s:
 *
 * <pre>{@code
 * ImportResult result = OpenApiImport.read("petstore.yaml", ImportOptions.of("com.acme.petstore"));
 * result.diagnostics().forEach(System.out::println);
 * ProjectWriter.write(result, Path.of("src/main"));
 * }</pre>
 *
 * Never throws for a problem of the document: what cannot be read or represented is a diagnostic.
 */
@PublicApi
public final class OpenApiImport {

    private OpenApiImport() {}

    public static ImportResult read(String location, ImportOptions options) {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(options, "options");
        ImportProblems problems = new ImportProblems();
        ParseOptions parse = new ParseOptions();
        parse.setResolve(true);
        SwaggerParseResult parsed;
        try {
            parsed = new OpenAPIParser().readLocation(location, null, parse);
        } catch (RuntimeException e) {
            problems.error("", "unreadable", "the document cannot be read: " + e);
            return new ImportResult(List.of(), List.of(), new TreeMap<>(), problems.all());
        }
        if (parsed == null || parsed.getOpenAPI() == null) {
            List<String> messages = parsed == null || parsed.getMessages() == null ? List.of() : parsed.getMessages();
            problems.error("", "unreadable", "the document cannot be read as OpenAPI 3.x or Swagger 2.0"
                    + (messages.isEmpty() ? "" : ": " + String.join("; ", messages)));
            return new ImportResult(List.of(), List.of(), new TreeMap<>(), problems.all());
        }
        if (parsed.getMessages() != null) {
            parsed.getMessages().forEach(message -> problems.note("", "parser", message));
        }
        return fromModel(parsed.getOpenAPI(), options, problems);
    }

    private static ImportResult fromModel(OpenAPI api, ImportOptions options, ImportProblems problems) {
        SchemaMapper schemas = new SchemaMapper(api, problems);
        List<OperationSpec> operations = new OperationMapper(api, schemas, problems).operations();
        List<EventSpec> events = new WebhookMapper(api, schemas, problems).events();
        OwnSpecs own = new OwnSpecs(api, problems);
        List<FeatureSpec> features = own.features();
        List<CapabilitySpec> capabilities = own.capabilities();
        SortedMap<String, String> sources;
        try {
            sources = ProjectSources.render(options.javaPackage(), options.moduleName(), operations, events, features,
                    capabilities);
        } catch (RuntimeException e) {
            problems.error("", "sources", "the Java sources cannot be written: " + e);
            return new ImportResult(operations, events, features, capabilities, new TreeMap<>(), problems.all());
        }
        return new ImportResult(operations, events, features, capabilities, sources, problems.all());
    }
}
