package io.contractspec.schema.binding;

import io.contractspec.annotations.PublicApi;


/**
 * Thrown by {@link RecordBinding#read} and {@link RecordBinding#write} when a value cannot be
 * converted: a payload that was not validated against the model first, or a record holding a value
 * the model cannot carry (a null required component, a NaN, a year after 9999, …).
 *
 * <p>Both are programmer errors: validate payloads with {@code Model.validate} before reading them.
 */
@PublicApi
public final class BindingException extends IllegalArgumentException {

    private final String modelName;
    private final String path;
    private final String problem;

    BindingException(String modelName, String path, String problem, Throwable cause) {
        super(modelName + (path.isEmpty() ? "" : " at " + path) + ": " + problem, cause);
        this.modelName = modelName;
        this.path = path;
        this.problem = problem;
    }

    /** The name of the bound (outermost) model. */
    public String modelName() {
        return modelName;
    }

    /** Where in the payload, e.g. {@code steps[0].startedAt}; empty for the payload itself. */
    public String path() {
        return path;
    }

    /** The problem alone, without model name and path. */
    public String problem() {
        return problem;
    }
}
