package io.contractspec.rest.openapi;

import io.contractspec.annotations.PublicApi;
import io.contractspec.rest.auth.SecurityScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the OpenAPI export needs besides the registry: the document's {@code info} (title, version,
 * description, contact, license), server URLs, the base path the routes are served under, and the
 * security scheme (default: bearer JWT; none documents every operation as unauthenticated).
 *
 * <p>Paths are written relative to the servers. Without configured servers the document names one:
 * the base path (so a served document points at where it serves the routes), else {@code /}.
 */
@PublicApi
public final class OpenApiOptions {

    private final String title;
    private final String version;
    private final String description;
    private final Contact contact;
    private final License license;
    private final List<String> servers;
    private final String basePath;
    private final SecurityScheme securityScheme;
    private final boolean allSpecs;

    private OpenApiOptions(Builder builder) {
        this.title = builder.title;
        this.version = builder.version;
        this.description = builder.description;
        this.contact = builder.contact;
        this.license = builder.license;
        this.servers = List.copyOf(builder.servers);
        this.basePath = builder.basePath;
        this.securityScheme = builder.securityScheme;
        this.allSpecs = builder.allSpecs;
    }

    public static OpenApiOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder builder = new Builder().title(title).version(version).description(description).basePath(basePath)
                .contact(contact).license(license);
        builder.servers.addAll(servers);
        builder.securityScheme = securityScheme;
        builder.allSpecs = allSpecs;
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

    public Optional<Contact> contact() {
        return Optional.ofNullable(contact);
    }

    public Optional<License> license() {
        return Optional.ofNullable(license);
    }

    /** The configured server URLs; empty means "the base path, else {@code /}". */
    public List<String> servers() {
        return servers;
    }

    public String basePath() {
        return basePath;
    }

    /** Whether the document lists the registry's events, features and capabilities; see {@link Builder#allSpecs}. */
    public boolean allSpecs() {
        return allSpecs;
    }

    public Optional<SecurityScheme> securityScheme() {
        return Optional.ofNullable(securityScheme);
    }

    /** {@code info.contact}: who answers questions about the API; every part optional. */
    public record Contact(Optional<String> name, Optional<String> url, Optional<String> email) {

        public Contact {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(email, "email");
        }

        public static Contact of(String name, String url, String email) {
            return new Contact(Optional.ofNullable(name), Optional.ofNullable(url), Optional.ofNullable(email));
        }
    }

    /** {@code info.license}: a name and either a URL or an SPDX identifier (OpenAPI allows one of them). */
    public record License(String name, Optional<String> url, Optional<String> identifier) {

        public License {
            Objects.requireNonNull(name, "name");
            if (url.isPresent() && identifier.isPresent()) {
                throw new IllegalArgumentException("license '" + name + "': give either a url or an identifier, not both");
            }
        }

        public static License url(String name, String url) {
            return new License(name, Optional.of(url), Optional.empty());
        }

        public static License spdx(String name, String identifier) {
            return new License(name, Optional.empty(), Optional.of(identifier));
        }
    }

    public static final class Builder {
        private String title = "ContractSpec API";
        private String version = "1.0.0";
        private String description = "";
        private Contact contact;
        private License license;
        private final List<String> servers = new ArrayList<>();
        private String basePath = "";
        private SecurityScheme securityScheme = SecurityScheme.bearer("JWT");
        private boolean allSpecs;

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

        /** {@code info.contact}; null for none. */
        public Builder contact(Contact contact) {
            this.contact = contact;
            return this;
        }

        /** {@code info.license}; null for none. */
        public Builder license(License license) {
            this.license = license;
            return this;
        }

        /** A server URL the paths are relative to (absolute, or relative to where the document is served). */
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

        /**
         * Also list the registry's events ({@code x-contractspec-events}: metadata and payload
         * schemas), features and capabilities ({@code x-contractspec-features},
         * {@code x-contractspec-capabilities}: their snapshot entries), for tools that read the
         * document back: {@code contractspec import openapi} then gives every spec. Off by default:
         * OpenAPI has no place for the events a service publishes, so a type only their payloads use
         * is a component no path uses, which linters report (the AsyncAPI document describes events).
         */
        public Builder allSpecs(boolean allSpecs) {
            this.allSpecs = allSpecs;
            return this;
        }

        public OpenApiOptions build() {
            return new OpenApiOptions(this);
        }
    }
}
