package io.contractspec.governance.diff.rules;

import io.contractspec.core.spec.OperationSpec;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.SpecPair;

/**
 * An operation gained the paginated trait. Dangerous rather than breaking: a list that already
 * returned pages (a page size and an offset) keeps working for every caller, but a list that used
 * to return everything now returns only a first page to a caller that does not follow the cursor —
 * which of the two it is, the snapshot cannot tell.
 */
public final class AddedPagination implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.DANGEROUS;
    }

    @Override
    public String summary() {
        return "An operation became paginated (gained cursor, next cursor, page size and items fields).";
    }

    @Override
    public void check(DiffContext context) {
        for (SpecPair<OperationSpec> pair : context.diff().changed(OperationSpec.class)) {
            if (pair.before().pagination().isEmpty() && pair.after().pagination().isPresent()) {
                context.report(pair.diff(), "pagination", "the operation became paginated: "
                        + ChangedPagination.describe(pair.after().pagination().get())
                        + "; a caller that read one call as the whole list now gets its first page only",
                        "fine when the list already returned pages; otherwise add pagination in a new major version");
            }
        }
    }
}
