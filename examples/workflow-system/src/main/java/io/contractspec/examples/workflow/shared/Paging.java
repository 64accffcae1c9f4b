package io.contractspec.examples.workflow.shared;

import static io.contractspec.schema.Scalar.BOOLEAN;
import static io.contractspec.schema.Scalar.INT;
import static io.contractspec.schema.Scalar.STRING;

import io.contractspec.schema.Field;

/**
 * The page fields every list query shares. Lists are keyset-paginated (the operations declare the
 * paginated trait): {@code cursor} and {@code limit} in, {@code nextCursor} out, so any page costs
 * what the first does. {@code total} is counted up to {@link #TOTAL_CAP} matches: counting every
 * match on every call grew with an organization's whole history (130 ms at a million instances),
 * while a capped count stays bounded; {@code totalCapped} says when there are more.
 * {@code offset} is kept for callers of 1.0.0; it walks the rows it skips, and cannot be combined
 * with a cursor.
 */
public final class Paging {

    /** The most matches a list counts for {@code total}. */
    public static final int TOTAL_CAP = 10_000;

    public static final Field LIMIT = Field.optional("limit", INT)
            .description("Page size.")
            .defaultValue(20)
            .minimum(1)
            .maximum(100)
            .build();

    public static final Field CURSOR = Field.optional("cursor", STRING)
            .description("Where to continue: the nextCursor of the previous page, sent with the same filters.")
            .maxLength(2048)
            .build();

    public static final Field OFFSET = Field.optional("offset", INT)
            .description("Number of items to skip (1.0.0 paging; prefer cursor, which stays fast at any depth).")
            .defaultValue(0)
            .minimum(0)
            .maximum(StorageLimits.MAX_INT)
            .build();

    public static final Field NEXT_CURSOR = Field.optional("nextCursor", STRING)
            .description("The cursor of the next page; absent on the last page.")
            .build();

    public static final Field TOTAL = Field.required("total", INT)
            .description("Number of matching items across all pages, counted up to 10,000 (see totalCapped).")
            .minimum(0)
            .maximum(TOTAL_CAP)
            .build();

    public static final Field TOTAL_CAPPED = Field.required("totalCapped", BOOLEAN)
            .description("True when more than 10,000 items match; total then says 10,000.")
            .build();

    /** The version of the list operations that introduced cursors and the capped total. */
    public static final String LIST_VERSION = "1.1.0";

    private Paging() {}
}
