package io.contractspec.governance.diff.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.SpecPair;

/**
 * An operation gained the paginated trait while it had no page size before: a list that used to
 * return everything now returns a first page to a caller that does not follow the cursor.
 * Dangerous rather than breaking, since the snapshot cannot tell whether the list ever returned
 * more than a page. A list that already had its page-size input field already returned pages, so
 * gaining cursors there changes nothing for existing callers and is not reported.
 */
@PublicApi
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
    public String rationale() {
        return "A list that used to return everything now returns a first page to a caller that does not follow the cursor; whether it ever returned more than a page, the snapshot cannot tell, so it is dangerous rather than breaking. A list that already had its page-size field is not reported.";
    }

    @Override
    public void check(DiffContext context) {
        for (SpecPair<OperationSpec> pair : context.diff().changed(OperationSpec.class)) {
            if (pair.before().pagination().isEmpty() && pair.after().pagination().isPresent()
                    && !hadPageSize(pair.before(), pair.after().pagination().get().pageSize())) {
                context.report(pair.diff(), "pagination", "the operation became paginated: "
                        + ChangedPagination.describe(pair.after().pagination().get())
                        + "; a caller that read one call as the whole list now gets its first page only",
                        "add pagination in a new major version, or give the list a page size first");
            }
        }
    }

    private static boolean hadPageSize(OperationSpec before, String pageSize) {
        return before.input().flatMap(input -> input.field(pageSize)).isPresent();
    }
}
