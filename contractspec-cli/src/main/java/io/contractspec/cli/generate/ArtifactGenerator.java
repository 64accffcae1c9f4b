package io.contractspec.cli.generate;

import io.contractspec.docs.DocsGenerator;
import io.contractspec.docs.DocsOptions;
import io.contractspec.docs.HtmlSite;
import io.contractspec.core.registry.ContractRegistry;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Generates file artifacts into memory: relative path ({@code /}-separated) to bytes, sorted by
 * path. Equal registries and settings give equal bytes, which is what makes the drift check work.
 *
 * <pre>{@code
 * SortedMap<String, byte[]> files = ArtifactGenerator.of(settings).generate(registry);
 * }</pre>
 */
public final class ArtifactGenerator {

    public static final String DOCS_FOLDER = "docs/";
    public static final String SITE_FOLDER = "site/";
    public static final String OPENAPI_FILE = "openapi.json";
    public static final String SCHEMAS_FOLDER = "schemas/";

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

    public SortedMap<String, byte[]> generate(ContractRegistry registry, Set<Artifact> artifacts) {
        Objects.requireNonNull(registry, "registry");
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (Artifact artifact : artifacts) {
            switch (artifact) {
                case DOCS -> prefixed(files, DOCS_FOLDER, DocsGenerator.markdown(registry, docsOptions()).toMap());
                case SITE -> prefixed(files, SITE_FOLDER, HtmlSite.generate(registry, docsOptions()).toMap());
                case OPENAPI -> files.put(OPENAPI_FILE, JsonText.prettyBytes(
                        OpenApiDocument.export(registry, settings.openApiTitle(), settings.openApiVersion())));
                case JSON_SCHEMA -> files.putAll(ModelSchemas.generate(registry, SCHEMAS_FOLDER));
            }
        }
        return files;
    }

    private DocsOptions docsOptions() {
        DocsOptions.Builder options = DocsOptions.builder().sourceResolver(settings.sourceResolver());
        settings.siteTitle().ifPresent(options::siteTitle);
        return options.build();
    }

    private static void prefixed(SortedMap<String, byte[]> files, String folder, Map<String, byte[]> generated) {
        generated.forEach((path, content) -> files.put(folder + path, content));
    }
}
