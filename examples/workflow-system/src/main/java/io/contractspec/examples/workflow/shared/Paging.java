package io.contractspec.examples.workflow.shared;

import static io.contractspec.schema.Scalar.INT;

import io.contractspec.schema.Field;

/** The page fields every list query shares: {@code limit} and {@code offset} in, {@code total} out. */
public final class Paging {

    public static final Field LIMIT = Field.optional("limit", INT)
            .description("Page size.")
            .defaultValue(20)
            .minimum(1)
            .maximum(100)
            .build();

    public static final Field OFFSET = Field.optional("offset", INT)
            .description("Number of items to skip, for paging.")
            .defaultValue(0)
            .minimum(0)
            .maximum(StorageLimits.MAX_INT)
            .build();

    public static final Field TOTAL = Field.required("total", INT)
            .description("Number of matching items across all pages.")
            .minimum(0)
            .build();

    private Paging() {}
}
