package io.contractspec.governance.diff;

import io.contractspec.schema.Constraints;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Compares two constraint sets one bound at a time, telling narrowing from widening. */
final class ConstraintDiffer {

    private ConstraintDiffer() {}

    static List<ConstraintChange> changes(Constraints old, Constraints now) {
        List<ConstraintChange> changes = new ArrayList<>();
        lower(changes, "minimum", decimal(old.minimum()), decimal(now.minimum()));
        upper(changes, "maximum", decimal(old.maximum()), decimal(now.maximum()));
        lower(changes, "minLength", old.minLength().map(BigDecimal::valueOf), now.minLength().map(BigDecimal::valueOf));
        upper(changes, "maxLength", old.maxLength().map(BigDecimal::valueOf), now.maxLength().map(BigDecimal::valueOf));
        if (!Objects.equals(old.pattern(), now.pattern())) {
            changes.add(pattern(old, now));
        }
        lower(changes, "minItems", old.minItems().map(BigDecimal::valueOf), now.minItems().map(BigDecimal::valueOf));
        upper(changes, "maxItems", old.maxItems().map(BigDecimal::valueOf), now.maxItems().map(BigDecimal::valueOf));
        return changes;
    }

    /** An added pattern narrows and a removed one widens; a changed one is compared on sample strings. */
    private static ConstraintChange pattern(Constraints old, Constraints now) {
        if (old.pattern().isEmpty() || now.pattern().isEmpty()) {
            return new ConstraintChange("pattern", old.pattern(), now.pattern(), now.pattern().isPresent(),
                    old.pattern().isPresent());
        }
        PatternComparison comparison = PatternComparison.of(old, now);
        return new ConstraintChange("pattern", old.pattern(), now.pattern(), comparison.newlyRejected().isPresent(),
                comparison.newlyAccepted().isPresent(), Optional.of(comparison.evidence()));
    }

    private static Optional<BigDecimal> decimal(Optional<BigDecimal> value) {
        return value.map(BigDecimal::stripTrailingZeros);
    }

    /** A lower bound narrows when it appears or rises. */
    private static void lower(
            List<ConstraintChange> changes, String name, Optional<BigDecimal> old, Optional<BigDecimal> now) {
        bound(changes, name, old, now, 1);
    }

    /** An upper bound narrows when it appears or falls. */
    private static void upper(
            List<ConstraintChange> changes, String name, Optional<BigDecimal> old, Optional<BigDecimal> now) {
        bound(changes, name, old, now, -1);
    }

    private static void bound(List<ConstraintChange> changes, String name, Optional<BigDecimal> old,
            Optional<BigDecimal> now, int narrowingSign) {
        if (old.isEmpty() && now.isEmpty()) {
            return;
        }
        int order = old.isPresent() && now.isPresent() ? Integer.signum(now.get().compareTo(old.get())) : 0;
        if (old.isPresent() && now.isPresent() && order == 0) {
            return;
        }
        boolean narrows = now.isPresent() && (old.isEmpty() || order == narrowingSign);
        boolean widens = old.isPresent() && (now.isEmpty() || order == -narrowingSign);
        changes.add(new ConstraintChange(name, old.map(BigDecimal::toPlainString), now.map(BigDecimal::toPlainString),
                narrows, widens));
    }
}
