package io.contractspec.codegen.typescript;

import io.contractspec.annotations.PublicApi;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The generated package's name and version ({@code package.json}).
 *
 * @param packageName an npm package name, e.g. {@code @acme/workflow-client}
 * @param packageVersion its semver version
 */
@PublicApi
public record TypeScriptOptions(String packageName, String packageVersion) {

    private static final Pattern NPM_NAME = Pattern.compile("(@[a-z0-9][a-z0-9._~-]*/)?[a-z0-9][a-z0-9._~-]*");

    public TypeScriptOptions {
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(packageVersion, "packageVersion");
        if (!NPM_NAME.matcher(packageName).matches() || packageName.length() > 214) {
            throw new IllegalArgumentException("'" + packageName + "' is not an npm package name (lower case, e.g. @acme/api-client)");
        }
    }

    public static TypeScriptOptions defaults() {
        return new TypeScriptOptions("contractspec-client", "1.0.0");
    }
}
