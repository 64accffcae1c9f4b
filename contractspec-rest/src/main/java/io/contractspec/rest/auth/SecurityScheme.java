package io.contractspec.rest.auth;

import io.contractspec.annotations.PublicApi;
import java.util.Objects;

/**
 * An OpenAPI security scheme, as the export writes it under {@code components/securitySchemes}:
 * for example {@code bearer("JWT")} becomes {@code {type: http, scheme: bearer, bearerFormat: JWT}}.
 */
@PublicApi
public record SecurityScheme(String name, String type, String scheme, String bearerFormat) {

    public SecurityScheme {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(scheme, "scheme");
    }

    /** HTTP bearer authentication under the name {@code bearerAuth}; {@code bearerFormat} may be null. */
    public static SecurityScheme bearer(String bearerFormat) {
        return new SecurityScheme("bearerAuth", "http", "bearer", bearerFormat);
    }
}
