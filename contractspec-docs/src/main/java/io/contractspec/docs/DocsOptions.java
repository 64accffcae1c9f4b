package io.contractspec.docs;

import io.contractspec.annotations.PublicApi;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How docs are generated: where sources are found, the language of the labels and the site's
 * title. The defaults find no sources (pages then show the canonical JSON of each spec), use the
 * English labels and title the site "Contract reference".
 *
 * <pre>{@code
 * DocsOptions options = DocsOptions.builder()
 *     .sourceResolver(SourceResolver.discover(projectRoot))
 *     .siteTitle("Workflow system")
 *     .build();
 * }</pre>
 */
@PublicApi
public final class DocsOptions {

    private final SourceResolver sourceResolver;
    private final Locale locale;
    private final String siteTitle;
    private final String restBasePath;

    private DocsOptions(Builder builder) {
        this.restBasePath = builder.restBasePath;
        this.sourceResolver = builder.sourceResolver;
        this.locale = builder.locale;
        this.siteTitle = builder.siteTitle;
    }

    public static DocsOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder builder = new Builder().sourceResolver(sourceResolver).locale(locale);
        builder.siteTitle = siteTitle;
        builder.restBasePath = restBasePath;
        return builder;
    }

    public SourceResolver sourceResolver() {
        return sourceResolver;
    }

    /** The locale of the labels; {@link Locale#ROOT} (the default) means the English base bundle. */
    public Locale locale() {
        return locale;
    }

    /** The site's title; empty means the localized default. */
    public Optional<String> siteTitle() {
        return Optional.ofNullable(siteTitle);
    }

    /** The prefix the REST surface serves operations under, as the pages show routes (e.g. {@code /api}); "" by default. */
    public String restBasePath() {
        return restBasePath;
    }

    public static final class Builder {
        private SourceResolver sourceResolver = SourceResolver.none();
        private Locale locale = Locale.ROOT;
        private String siteTitle;
        private String restBasePath = "";

        private Builder() {}

        /** The REST base path the pages put before each route, e.g. {@code /api}. */
        public Builder restBasePath(String basePath) {
            String base = Objects.requireNonNull(basePath, "basePath").trim();
            while (base.endsWith("/")) {
                base = base.substring(0, base.length() - 1);
            }
            this.restBasePath = base.isEmpty() || base.startsWith("/") ? base : "/" + base;
            return this;
        }

        public Builder sourceResolver(SourceResolver sourceResolver) {
            this.sourceResolver = Objects.requireNonNull(sourceResolver, "sourceResolver");
            return this;
        }

        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        public Builder siteTitle(String siteTitle) {
            this.siteTitle = Objects.requireNonNull(siteTitle, "siteTitle");
            return this;
        }

        public DocsOptions build() {
            return new DocsOptions(this);
        }
    }
}
