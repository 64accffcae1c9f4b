package io.contractspec.codegen.asyncapi;

import io.contractspec.annotations.PublicApi;
import java.util.Objects;

/**
 * The {@code info} of an AsyncAPI document.
 *
 * @param title e.g. {@code Workflow system events}
 * @param version the document's version
 * @param description Markdown shown above the channels; may be empty
 */
@PublicApi
public record AsyncApiOptions(String title, String version, String description) {

    public AsyncApiOptions {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(description, "description");
    }

    public static AsyncApiOptions defaults() {
        return new AsyncApiOptions("ContractSpec events", "1.0.0", "");
    }
}
