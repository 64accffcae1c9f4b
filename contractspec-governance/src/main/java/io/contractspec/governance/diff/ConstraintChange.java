package io.contractspec.governance.diff;

import java.util.Optional;

/**
 * One constraint of a field that changed, e.g. {@code maxLength} from 200 to 100. {@code narrows}
 * means fewer values are valid afterwards, {@code widens} that more are; a changed pattern does
 * both, since regular expressions are not compared by what they match.
 */
public record ConstraintChange(
        String constraint, Optional<String> before, Optional<String> after, boolean narrows, boolean widens) {

    /** E.g. {@code "maxLength lowered from 200 to 100"} or {@code "pattern ^[a-z]+$ added"}. */
    public String describe() {
        if (before.isEmpty()) {
            return constraint + " " + after.orElseThrow() + " added";
        }
        if (after.isEmpty()) {
            return constraint + " " + before.get() + " removed";
        }
        boolean raised = constraint.startsWith("min") == narrows;
        String verb = constraint.equals("pattern") ? "changed" : raised ? "raised" : "lowered";
        return constraint + " " + verb + " from " + before.get() + " to " + after.get();
    }
}
