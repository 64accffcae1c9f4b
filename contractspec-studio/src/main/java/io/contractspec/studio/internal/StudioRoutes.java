package io.contractspec.studio.internal;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The Studio's routes: the page, its assets (read from the jar once, then from memory) and the
 * catalog document. Assets are looked up by a strict name pattern, so no request path reaches
 * the class path outside the assets folder. The content security policy allows this origin only:
 * the Studio loads nothing from a CDN and talks to no other server.
 */
public final class StudioRoutes {

    static final String ASSETS = "/io/contractspec/studio/assets/";
    static final String CATALOG = "data/catalog.json";
    private static final Pattern ASSET_NAME = Pattern.compile("(?:[a-z0-9][a-z0-9_-]*/)*[a-z0-9][a-z0-9_.-]*\\.(?:html|js|css|svg)");
    private static final String POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "json", "application/json");

    private final Map<String, Optional<byte[]>> cache = new ConcurrentHashMap<>();
    private final byte[] catalog;

    private StudioRoutes(byte[] catalog) {
        this.catalog = catalog;
    }

    public static void mount(JavalinConfig config, String prefix, byte[] catalog) {
        StudioRoutes routes = new StudioRoutes(catalog);
        // Javalin matches /studio and /studio/ alike; the page's relative URLs need the slash.
        config.routes.get(prefix, ctx -> {
            if (ctx.path().endsWith("/")) {
                routes.asset(ctx, "index.html");
            } else {
                ctx.redirect(prefix + "/");
            }
        });
        config.routes.get(prefix + "/" + CATALOG, ctx -> send(ctx, "json", catalog));
        config.routes.get(prefix + "/<path>", ctx -> routes.asset(ctx, ctx.pathParam("path")));
    }

    private void asset(Context ctx, String name) {
        byte[] content = ASSET_NAME.matcher(name).matches() && !name.contains("..")
                ? cache.computeIfAbsent(name, StudioRoutes::read).orElse(null)
                : null;
        if (content == null) {
            throw new NotFoundResponse("no Studio asset " + name);
        }
        send(ctx, name.substring(name.lastIndexOf('.') + 1), content);
    }

    private static void send(Context ctx, String extension, byte[] content) {
        ctx.header("Content-Security-Policy", POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType(MEDIA_TYPES.get(extension)).result(content);
    }

    private static Optional<byte[]> read(String name) {
        try (InputStream in = StudioRoutes.class.getResourceAsStream(ASSETS + name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read Studio asset " + name, e);
        }
    }
}
