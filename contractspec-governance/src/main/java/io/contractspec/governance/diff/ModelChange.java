package io.contractspec.governance.diff;

import io.contractspec.annotations.PublicApi;
import io.contractspec.schema.Model;
import java.util.Objects;

/**
 * A model present on both sides, at any depth of an input, output or payload, that changed a
 * setting of its own rather than of a field: today, whether it accepts unknown fields. The path is
 * the model's snapshot path, e.g. {@code io.input} or {@code io.input.address}.
 */
@PublicApi
public record ModelChange(SpecDiff spec, Direction direction, String path, Model before, Model after) {

    public ModelChange {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** It accepted fields it does not declare and now rejects them. */
    public boolean stoppedAcceptingUnknownFields() {
        return before.allowsUnknownFields() && !after.allowsUnknownFields();
    }

    /** It rejected fields it does not declare and now accepts them. */
    public boolean startedAcceptingUnknownFields() {
        return !before.allowsUnknownFields() && after.allowsUnknownFields();
    }

    /** E.g. {@code "input"} for the root, {@code "input model 'address'"} for a nested one. */
    public String describe() {
        String root = direction.noun().substring(0, direction.noun().indexOf(' '));
        return path.equals(direction.path())
                ? root
                : root + " model '" + path.substring(direction.path().length() + 1) + "'";
    }
}
