package io.contractspec.rest.openapi;

import io.contractspec.rest.auth.SecurityScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the OpenAPI export needs besides the registry: document title, version and description,
 * server URLs, the base path the routes are served under, and the security scheme (default: bearer
 * JWT; none documents every operation as unauthenticated).
 */
public final class OpenApiOptions {

    private final String title;
    private final String version;
    private final String description;
    private final List<String> servers;
    private final String basePath;
    private final SecurityScheme securityScheme;

    private OpenApiOptions(Builder builder) {
        this.title = builder.title;
        this.version = builder.version;
        this.description = builder.description;
        this.servers = List.copyOf(builder.servers);
        this.basePath = builder.basePath;
        this.securityScheme = builder.securityScheme;
    }

    public static OpenApiOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder builder = new Builder().title(title).version(version).description(description).basePath(basePath);
        builder.servers.addAll(servers);
        builder.securityScheme = securityScheme;
        return builder;
    }

    public String title() {
        return title;
    }

    public String version() {
        return version;
    }

    public String description() {
        return description;
    }

    public List<String> servers() {
        return servers;
    }

    public String basePath() {
        return basePath;
    }

    public Optional<SecurityScheme> securityScheme() {
        return Optional.ofNullable(securityScheme);
    }

    public static final class Builder {
        private String title = "ContractSpec API";
        private String version = "1.0.0";
        private String description = "";
        private final List<String> servers = new ArrayList<>();
        private String basePath = "";
        private SecurityScheme securityScheme = SecurityScheme.bearer("JWT");

        private Builder() {}

        public Builder title(String title) {
            this.title = Objects.requireNonNull(title, "title");
            return this;
        }

        /** The version of the API document (OpenAPI {@code info.version}). */
        public Builder version(String version) {
            this.version = Objects.requireNonNull(version, "version");
            return this;
        }

        public Builder description(String description) {
            this.description = Objects.requireNonNull(description, "description");
            return this;
        }

        public Builder server(String url) {
            servers.add(Objects.requireNonNull(url, "url"));
            return this;
        }

        /** The prefix of every operation route, as configured on the server (e.g. {@code /api}). */
        public Builder basePath(String basePath) {
            this.basePath = Objects.requireNonNull(basePath, "basePath");
            return this;
        }

        /** The scheme that authenticated operations require; null documents no security. */
        public Builder securityScheme(SecurityScheme scheme) {
            this.securityScheme = scheme;
            return this;
        }

        public OpenApiOptions build() {
            return new OpenApiOptions(this);
        }
    }
}
