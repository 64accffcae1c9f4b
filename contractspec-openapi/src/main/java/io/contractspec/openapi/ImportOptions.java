package io.contractspec.openapi;

import io.contractspec.annotations.PublicApi;
import io.contractspec.openapi.internal.Identifiers;
import java.util.Objects;

/**
 * What an import writes: the Java package of the sources and the name of the contract module.
 *
 * @param javaPackage dotted Java package, e.g. {@code com.acme.petstore.contracts}
 * @param moduleName  the {@code ContractModule} name tools print, e.g. {@code petstore}
 */
@PublicApi
public record ImportOptions(String javaPackage, String moduleName) {

    public ImportOptions {
        Objects.requireNonNull(javaPackage, "javaPackage");
        Objects.requireNonNull(moduleName, "moduleName");
        for (String segment : javaPackage.split("\\.", -1)) {
            if (!Identifiers.isIdentifier(segment) || !Identifiers.javaSafe(segment).equals(segment)) {
                throw new IllegalArgumentException("--package '" + javaPackage + "' is not a Java package name"
                        + " (dotted identifiers that are not keywords, e.g. com.acme.petstore)");
            }
        }
    }

    public static ImportOptions of(String javaPackage) {
        String last = javaPackage.substring(javaPackage.lastIndexOf('.') + 1);
        return new ImportOptions(javaPackage, last);
    }
}
