package io.contractspec.build.generate;

import io.contractspec.annotations.Internal;
import io.contractspec.codegen.asyncapi.AsyncApiExporter;
import io.contractspec.codegen.typescript.TypeScriptClient;
import io.contractspec.docs.DocsGenerator;
import io.contractspec.docs.DocsOptions;
import io.contractspec.docs.HtmlSite;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.snapshot.Snapshot;
import io.contractspec.rest.openapi.OpenApiExporter;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Generates file artifacts into memory: relative path ({@code /}-separated) to bytes, sorted by
 * path. Equal registries and settings give equal bytes, whether the contracts came from classes or
 * from their snapshot, which is what makes the drift check work.
 *
 * <pre>{@code
 * SortedMap<String, byte[]> files = ArtifactGenerator.of(settings).generate(registry);
 * }</pre>
 */
@Internal
public final class ArtifactGenerator {

    public static final String DOCS_FOLDER = "docs/";
    public static final String SITE_FOLDER = "site/";
    public static final String OPENAPI_FILE = "openapi.json";
    public static final String GRAPHQL_FILE = "schema.graphql";
    public static final String SCHEMAS_FOLDER = "schemas/";
    public static final String ASYNCAPI_FILE = "asyncapi.json";
    public static final String CLIENT_FOLDER = "client/";

    private final GenerateSettings settings;

    private ArtifactGenerator(GenerateSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public static ArtifactGenerator of(GenerateSettings settings) {
        return new ArtifactGenerator(settings);
    }

    /** Every artifact the settings name. */
    public SortedMap<String, byte[]> generate(ContractRegistry registry) {
        return generate(registry, settings.artifacts());
    }

    public SortedMap<String, byte[]> generate(ContractRegistry contracts, Set<Artifact> artifacts) {
        ContractRegistry registry = canonical(Objects.requireNonNull(contracts, "contracts"));
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (Artifact artifact : artifacts) {
            switch (artifact) {
                case DOCS -> prefixed(files, DOCS_FOLDER, DocsGenerator.markdown(registry, docsOptions()).toMap());
                case SITE -> prefixed(files, SITE_FOLDER, HtmlSite.generate(registry, docsOptions()).toMap());
                case OPENAPI -> files.put(OPENAPI_FILE, JsonText.prettyBytes(OpenApiExporter.export(registry, settings.openApi())));
                case JSON_SCHEMA -> files.putAll(ModelSchemas.generate(registry, SCHEMAS_FOLDER));
                case GRAPHQL -> files.put(GRAPHQL_FILE, io.contractspec.graphql.GraphQlSchemas.sdl(registry)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                case ASYNCAPI -> files.put(ASYNCAPI_FILE, JsonText.prettyBytes(AsyncApiExporter.export(registry, settings.asyncApi())));
                case TYPESCRIPT_CLIENT -> prefixed(files, CLIENT_FOLDER, TypeScriptClient.generate(registry, settings.typescript()));
            }
        }
        return files;
    }

    /**
     * The registry as its snapshot describes it. Generators work from this form so that contracts
     * loaded from classes and from their snapshot give the same bytes: a snapshot, for one, keeps
     * the keys of example payloads sorted, not in the order they were written.
     */
    public static ContractRegistry canonical(ContractRegistry registry) {
        return Snapshot.read(Snapshot.write(registry));
    }

    private DocsOptions docsOptions() {
        DocsOptions.Builder options = DocsOptions.builder().sourceResolver(settings.sourceResolver());
        settings.siteTitle().ifPresent(options::siteTitle);
        options.restBasePath(settings.restBasePath());
        return options.build();
    }

    private static void prefixed(SortedMap<String, byte[]> files, String folder, Map<String, byte[]> generated) {
        generated.forEach((path, content) -> files.put(folder + path, content));
    }
}
