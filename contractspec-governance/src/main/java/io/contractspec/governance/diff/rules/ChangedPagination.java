package io.contractspec.governance.diff.rules;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Pagination;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffContext;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.diff.SpecPair;
import java.util.Optional;

/**
 * Clients loop over a paginated list by the trait's names: they send the cursor field, read the
 * next-cursor field and stop when it is absent. Renaming any of them or dropping the trait (the
 * loop stops after one page, or never ends) breaks every such client. Gaining the trait is
 * {@link AddedPagination}.
 */
@PublicApi
public final class ChangedPagination implements DiffRule {

    @Override
    public ChangeLevel level() {
        return ChangeLevel.BREAKING;
    }

    @Override
    public String summary() {
        return "An operation's paginated trait (cursor, next cursor, page size or items field) changed or went away.";
    }

    @Override
    public String rationale() {
        return "Clients loop over a paginated list by the trait's field names: they send the cursor field, read the next-cursor field and stop when it is absent. Renamed fields or a dropped trait make every such loop stop after one page or never end.";
    }

    @Override
    public void check(DiffContext context) {
        for (SpecPair<OperationSpec> pair : context.diff().changed(OperationSpec.class)) {
            Optional<Pagination> before = pair.before().pagination();
            Optional<Pagination> after = pair.after().pagination();
            if (before.equals(after) || before.isEmpty()) {
                continue;
            }
            if (after.isEmpty()) {
                context.report(pair.diff(), "pagination", "the operation is no longer paginated (was "
                        + describe(before.get()) + "); clients that follow next cursors stop after one page",
                        "keep the trait, or remove it in a new major version");
            } else {
                context.report(pair.diff(), "pagination", "pagination changed from " + describe(before.get())
                        + " to " + describe(after.get()) + "; clients loop on these field names",
                        "keep the field names, or change them in a new major version");
            }
        }
    }

    static String describe(Pagination pagination) {
        return "{inputToken " + pagination.inputToken() + ", outputToken " + pagination.outputToken()
                + ", pageSize " + pagination.pageSize() + ", items " + pagination.items() + "}";
    }
}
