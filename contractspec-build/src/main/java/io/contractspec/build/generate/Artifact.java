package io.contractspec.build.generate;

import io.contractspec.annotations.Internal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file artifact {@code generate} writes, each under its own place in the output folder. */
@Internal
public enum Artifact {
    /** Markdown pages, one per spec, under {@code docs/}. */
    DOCS("docs"),
    /** The static HTML site under {@code site/}. */
    SITE("site"),
    /** The OpenAPI 3.1 document {@code openapi.json}. */
    OPENAPI("openapi"),
    /** One JSON Schema 2020-12 document per input, output and payload model under {@code schemas/}. */
    JSON_SCHEMA("json-schema"),
    /** The GraphQL schema (SDL) {@code schema.graphql}. */
    GRAPHQL("graphql"),
    /** The AsyncAPI 3.0 document of the events, {@code asyncapi.json}. */
    ASYNCAPI("asyncapi"),
    /** The typed TypeScript client package under {@code client/}. */
    TYPESCRIPT_CLIENT("typescript-client");

    private final String configName;

    Artifact(String configName) {
        this.configName = configName;
    }

    /** The name used in {@code .contractsrc.json} and on the command line. */
    public String configName() {
        return configName;
    }

    public static Optional<Artifact> byConfigName(String name) {
        return Arrays.stream(values()).filter(artifact -> artifact.configName.equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }

    @Override
    public String toString() {
        return configName;
    }
}
