package io.contractspec.examples.workflow.app;

import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.docs.DocsOptions;
import io.contractspec.docs.GeneratedDocs;
import io.contractspec.docs.HtmlSite;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Map;

/**
 * The HTML reference site of the application's contracts, generated once at start and served
 * from memory under {@value #PREFIX}: {@code /} and {@code /docs} redirect to {@code /docs/index.html}. In the
 * packaged application the Java sources are not at hand, so pages show each spec's canonical JSON
 * as its source definition.
 */
final class DocsRoutes {

    static final String PREFIX = "/docs";
    private static final String INDEX = "index.html";

    private final Map<String, byte[]> files;

    private DocsRoutes(Map<String, byte[]> files) {
        this.files = files;
    }

    static DocsRoutes of(ContractRegistry registry, String apiBasePath) {
        DocsOptions options = DocsOptions.builder().siteTitle("Workflow system").restBasePath(apiBasePath).build();
        return new DocsRoutes(Map.copyOf(HtmlSite.generate(registry, options).toMap()));
    }

    void mount(JavalinConfig config) {
        config.routes.get("/", ctx -> ctx.redirect(PREFIX + "/" + INDEX));
        config.routes.before(PREFIX, DocsRoutes::forbidFraming);
        config.routes.before(PREFIX + "/*", DocsRoutes::forbidFraming);
        config.routes.get(PREFIX, ctx -> ctx.redirect(PREFIX + "/" + INDEX));
        config.routes.get(PREFIX + "/", ctx -> ctx.redirect(PREFIX + "/" + INDEX));
        config.routes.get(PREFIX + "/<path>", this::serve);
    }

    /** The pages are never shown inside another site's frame (clickjacking); old and new browsers alike. */
    private static void forbidFraming(Context ctx) {
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Content-Security-Policy", "frame-ancestors 'none'");
    }

    private void serve(Context ctx) {
        String path = ctx.pathParam("path");
        byte[] content = files.get(path);
        if (content == null) {
            throw new NotFoundResponse();
        }
        ctx.contentType(GeneratedDocs.mediaType(path)).result(content);
    }
}
