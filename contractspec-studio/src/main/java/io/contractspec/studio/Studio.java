package io.contractspec.studio;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.annotations.PublicApi;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.docs.DocsOptions;
import io.contractspec.governance.diff.DiffConfig;
import io.contractspec.governance.lint.LintConfig;
import io.contractspec.rest.auth.Authenticator;
import io.contractspec.studio.internal.CatalogDocument;
import io.contractspec.studio.internal.LiveEvents;
import io.contractspec.studio.internal.StudioRoutes;
import io.javalin.config.JavalinConfig;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * The Studio: a browser application served at {@value #PREFIX} next to the REST API it drives.
 * It shows the catalog of the registry's specs (with "try it"), the governance findings and, when
 * the workflow contracts are present, the workflow dashboard. Everything it shows about the specs
 * comes from one JSON document computed here once ({@code /studio/data/catalog.json}); everything
 * it does goes through the public API with the signed-in user's token.
 *
 * <pre>{@code
 * Studio studio = Studio.builder(registry).apiBasePath("/api").build();
 * RestServer.create(executor, rest -> rest.basePath("/api").javalin(studio::mount));
 * }</pre>
 */
@PublicApi
public final class Studio {

    /** Where the Studio is served. */
    public static final String PREFIX = "/studio";

    private final byte[] catalog;
    private final Authenticator authenticator;
    private final StudioEvents events;

    private Studio(byte[] catalog, Authenticator authenticator) {
        this.catalog = catalog;
        this.authenticator = authenticator;
        this.events = authenticator == null ? null : new StudioEvents();
    }

    /** A Studio with the defaults: API at the server's root, no baseline, default lint and docs settings. */
    public static Studio of(ContractRegistry registry) {
        return builder(registry).build();
    }

    public static Builder builder(ContractRegistry registry) {
        return new Builder(Objects.requireNonNull(registry, "registry"));
    }

    /** Adds the Studio's routes: pass as {@code RestConfig.javalin(studio::mount)}. */
    public void mount(JavalinConfig config) {
        if (events != null) {
            config.routes.get(PREFIX + "/events", ctx -> LiveEvents.open(ctx, authenticator, events::open));
        }
        StudioRoutes.mount(config, PREFIX, catalog);
    }

    /**
     * The subscriber that feeds {@code /studio/events}: add it to the runtime's event bus, e.g.
     * {@code runtime.subscribe("studio", studio.events())}.
     *
     * @throws IllegalStateException when the Studio was built without {@link Builder#liveEvents}
     */
    public StudioEvents events() {
        if (events == null) {
            throw new IllegalStateException("this Studio has no live events: build it with liveEvents(authenticator)");
        }
        return events;
    }

    /** The catalog document the browser application reads. */
    public String catalogJson() {
        return new String(catalog, StandardCharsets.UTF_8);
    }

    /** Settings of a {@link Studio}; every one has a default. */
    public static final class Builder {

        private final ContractRegistry registry;
        private String apiBasePath = "";
        private String title = "ContractSpec Studio";
        private DocsOptions docs = DocsOptions.defaults();
        private LintConfig lint = LintConfig.DEFAULTS;
        private DiffConfig diff = DiffConfig.DEFAULTS;
        private ContractRegistry baseline;
        private Authenticator authenticator;

        private Builder(ContractRegistry registry) {
            this.registry = registry;
        }

        /** The REST server's base path (as given to {@code RestConfig.basePath}), e.g. {@code /api}. */
        public Builder apiBasePath(String apiBasePath) {
            this.apiBasePath = Objects.requireNonNull(apiBasePath, "apiBasePath");
            return this;
        }

        public Builder title(String title) {
            this.title = Objects.requireNonNull(title, "title");
            return this;
        }

        /** How the docs pages are made (source resolver, locale). */
        public Builder docs(DocsOptions docs) {
            this.docs = Objects.requireNonNull(docs, "docs");
            return this;
        }

        /** The lint severities (as in {@code .contractsrc.json}); default: every rule at its level. */
        public Builder lint(LintConfig lint) {
            this.lint = Objects.requireNonNull(lint, "lint");
            return this;
        }

        /** The breaking-change severities; default: every rule at its level. */
        public Builder diff(DiffConfig diff) {
            this.diff = Objects.requireNonNull(diff, "diff");
            return this;
        }

        /** The committed contracts to compare with; without one the governance view shows lint only. */
        public Builder baseline(ContractRegistry baseline) {
            this.baseline = Objects.requireNonNull(baseline, "baseline");
            return this;
        }

        /**
         * Serves live updates at {@code /studio/events} to users this authenticator accepts (the
         * API's own), each getting the events of their organization; feed it with {@link Studio#events()}.
         * Without it, the browser polls the API.
         */
        public Builder liveEvents(Authenticator authenticator) {
            this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
            return this;
        }

        public Studio build() {
            ObjectNode document = CatalogDocument.of(registry, new CatalogDocument.Settings(apiBasePath, title, docs,
                    lint, diff, Optional.ofNullable(baseline), authenticator != null));
            try {
                return new Studio(new ObjectMapper().writeValueAsBytes(document), authenticator);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("the catalog document could not be written", e);
            }
        }
    }
}
