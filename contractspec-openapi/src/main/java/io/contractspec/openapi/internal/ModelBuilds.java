package io.contractspec.openapi.internal;

import io.contractspec.schema.Model;

/** Builds a model whose parts were checked one by one; a failure left is a bug worth a clear message. */
final class ModelBuilds {

    private ModelBuilds() {}

    static Model build(Model.Builder model, String pointer, ImportProblems problems) {
        try {
            return model.build();
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the model imported from " + pointer + " is invalid: " + e.getMessage(), e);
        }
    }
}
