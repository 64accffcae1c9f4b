package io.contractspec.build.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.contractspec.annotations.Internal;
import io.contractspec.build.generate.Artifact;
import io.contractspec.build.load.LoadException;
import io.contractspec.codegen.asyncapi.AsyncApiOptions;
import io.contractspec.codegen.typescript.TypeScriptOptions;
import io.contractspec.rest.openapi.OpenApiOptions;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The sections of {@code .contractsrc.json} the CLI and the Maven plugin read themselves
 * ({@code generate} and {@code ci}); the {@code lint} and {@code breakingChanges} sections belong to
 * governance and are handed over as the whole {@link #document()}.
 *
 * <pre>{@code
 * { "generate": { "outputDir": "generated", "artifacts": ["docs", "site", "openapi", "json-schema"],
 *                 "siteTitle": "Workflow system", "restBasePath": "/api",
 *                 "openapi": { "title": "Workflow API", "version": "1.0.0", "description": "…",
 *                              "contact": { "name": "…", "url": "…", "email": "…" },
 *                              "license": { "name": "Apache 2.0", "identifier": "Apache-2.0" },
 *                              "servers": ["/api"] } },
 *   "ci": { "baseline": "contracts.lock.json", "failOnWarnings": false, "drift": true } }
 * }</pre>
 */
@Internal
public final class ProjectConfig {

    public static final String FILE_NAME = ".contractsrc.json";
    public static final String DEFAULT_OUTPUT_DIR = "generated";

    /** Where the committed snapshot lives unless the configuration says otherwise. */
    public static final String DEFAULT_SNAPSHOT = "contracts.lock.json";

    private final String file;
    private final JsonNode document;
    private final java.util.List<String> classpath;
    private final String snapshot;
    private final String createPackage;
    private final String sourceRoot;
    private final String outputDir;
    private final Set<Artifact> artifacts;
    private final String siteTitle;
    private final String restBasePath;
    private final String openApiTitle;
    private final String openApiVersion;
    private final OpenApiOptions openApiOptions;
    private final AsyncApiOptions asyncApiOptions;
    private final TypeScriptOptions typeScriptOptions;
    private final String baseline;
    private final boolean failOnWarnings;
    private final boolean drift;

    ProjectConfig(String file, JsonNode document, ConfigReader reader) {
        this.file = file;
        this.document = document;
        this.classpath = reader.strings("contracts.classpath").orElse(java.util.List.of());
        this.snapshot = reader.text("contracts.snapshot").orElse(DEFAULT_SNAPSHOT);
        this.createPackage = reader.text("create.package").orElse(null);
        this.sourceRoot = reader.text("create.sourceRoot").orElse(null);
        this.outputDir = reader.text("generate.outputDir").orElse(DEFAULT_OUTPUT_DIR);
        this.artifacts = reader.artifacts("generate.artifacts").orElse(EnumSet.allOf(Artifact.class));
        this.siteTitle = reader.text("generate.siteTitle").orElse(null);
        this.restBasePath = reader.text("generate.restBasePath").orElse("");
        this.openApiTitle = reader.text("generate.openapi.title").orElse("ContractSpec API");
        this.openApiVersion = reader.text("generate.openapi.version").orElse("1.0.0");
        this.openApiOptions = OpenApiInfo.read(reader, openApiTitle, openApiVersion);
        this.asyncApiOptions = new AsyncApiOptions(reader.text("generate.asyncapi.title").orElse("ContractSpec events"),
                reader.text("generate.asyncapi.version").orElse(openApiVersion),
                reader.text("generate.asyncapi.description").orElse(""));
        this.typeScriptOptions = typeScript(reader, file);
        this.baseline = reader.text("ci.baseline").orElse(null);
        this.failOnWarnings = reader.bool("ci.failOnWarnings").orElse(false);
        this.drift = reader.bool("ci.drift").orElse(true);
    }

    /** The configuration of a project without {@code .contractsrc.json}. */
    public static ProjectConfig defaults() {
        return new ProjectConfig("(defaults)", JsonNodeFactory.instance.objectNode(),
                new ConfigReader("(defaults)", JsonNodeFactory.instance.objectNode()));
    }

    /** The file it was read from, for messages. */
    public String file() {
        return file;
    }

    /** The whole document, for the sections other tools read. */
    public JsonNode document() {
        return document.deepCopy();
    }

    /** Whether this configuration was read from a file (not the defaults of a folder without one). */
    public boolean isFromFile() {
        return !"(defaults)".equals(file);
    }

    /** The classpath entries the contracts load from (relative to the project root); empty when not configured. */
    public java.util.List<String> classpath() {
        return classpath;
    }

    /** The committed snapshot, relative to the project root (default {@value #DEFAULT_SNAPSHOT}). */
    public String snapshot() {
        return snapshot;
    }

    /** The package {@code create} writes new specs into. */
    public Optional<String> createPackage() {
        return Optional.ofNullable(createPackage);
    }

    /** The source folder {@code create} writes into, relative to the project root. */
    public Optional<String> sourceRoot() {
        return Optional.ofNullable(sourceRoot);
    }

    /** Where generated artifacts live, relative to the project root. */
    public String outputDir() {
        return outputDir;
    }

    public Set<Artifact> artifacts() {
        return EnumSet.copyOf(artifacts);
    }

    public Optional<String> siteTitle() {
        return Optional.ofNullable(siteTitle);
    }

    /** The prefix the REST surface serves operations under (e.g. {@code /api}), as generated docs show routes. */
    public String restBasePath() {
        return restBasePath;
    }

    public String openApiTitle() {
        return openApiTitle;
    }

    public String openApiVersion() {
        return openApiVersion;
    }

    /** The OpenAPI document's title, version, description, contact, license and servers. */
    public OpenApiOptions openApiOptions() {
        return openApiOptions;
    }

    /** The AsyncAPI document's title, version and description ({@code generate.asyncapi}). */
    public AsyncApiOptions asyncApiOptions() {
        return asyncApiOptions;
    }

    /** The TypeScript client's package name and version ({@code generate.typescript}). */
    public TypeScriptOptions typeScriptOptions() {
        return typeScriptOptions;
    }

    private static TypeScriptOptions typeScript(ConfigReader reader, String file) {
        TypeScriptOptions defaults = TypeScriptOptions.defaults();
        try {
            return new TypeScriptOptions(reader.text("generate.typescript.packageName").orElse(defaults.packageName()),
                    reader.text("generate.typescript.packageVersion").orElse(defaults.packageVersion()));
        } catch (IllegalArgumentException e) {
            throw new LoadException(file + ": generate.typescript.packageName: " + e.getMessage());
        }
    }

    /** The default baseline of {@code ci}: a snapshot file or a git ref. */
    public Optional<String> baseline() {
        return Optional.ofNullable(baseline);
    }

    public boolean failOnWarnings() {
        return failOnWarnings;
    }

    /** Whether {@code ci} checks the generated folder for drift. */
    public boolean drift() {
        return drift;
    }

    @Override
    public String toString() {
        return "ProjectConfig[" + Objects.toString(file) + "]";
    }
}
