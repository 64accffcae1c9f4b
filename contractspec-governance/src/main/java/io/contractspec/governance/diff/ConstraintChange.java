package io.contractspec.governance.diff;

import io.contractspec.annotations.PublicApi;
import java.util.Objects;
import java.util.Optional;

/**
 * One constraint of a field that changed, e.g. {@code maxLength} from 200 to 100. {@code narrows}
 * means fewer values are valid afterwards, {@code widens} that more are. A changed pattern is
 * compared on sample strings: it narrows when a sample it accepted is now rejected, widens when a
 * sample it rejected is now accepted, may do both, and does neither when no sample tells the two
 * patterns apart; {@code evidence} then says which strings, or why nothing could be told.
 */
@PublicApi
public record ConstraintChange(String constraint, Optional<String> before, Optional<String> after, boolean narrows,
        boolean widens, Optional<String> evidence) {

    public ConstraintChange {
        Objects.requireNonNull(constraint, "constraint");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** A change whose bounds speak for themselves. */
    public ConstraintChange(String constraint, Optional<String> before, Optional<String> after, boolean narrows,
            boolean widens) {
        this(constraint, before, after, narrows, widens, Optional.empty());
    }

    /** True for a changed pattern that no sample string told apart from the old one, or that could not be sampled. */
    public boolean isUndetermined() {
        return before.isPresent() && after.isPresent() && !narrows && !widens;
    }

    /**
     * E.g. {@code "maxLength lowered from 200 to 100"}, {@code "pattern ^[a-z]+$ added"} or
     * {@code "pattern changed from ^[a-z]+$ to ^[a-z]{2,}$: 'a' is now rejected"}.
     */
    public String describe() {
        if (before.isEmpty()) {
            return constraint + " " + after.orElseThrow() + " added";
        }
        if (after.isEmpty()) {
            return constraint + " " + before.get() + " removed";
        }
        boolean raised = constraint.startsWith("min") == narrows;
        String verb = constraint.equals("pattern") ? "changed" : raised ? "raised" : "lowered";
        return constraint + " " + verb + " from " + before.get() + " to " + after.get()
                + evidence.map(text -> ": " + text).orElse("");
    }
}
