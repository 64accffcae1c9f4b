package io.contractspec.core.spec;

import io.contractspec.annotations.PublicApi;
import java.util.Objects;

/**
 * The paginated trait of a list operation (Smithy's {@code @paginated}): which input field carries
 * the cursor a client got from the previous page and which the page size, which output field
 * carries the cursor of the next page (absent or null on the last page) and which the page's items.
 *
 * <p>All four are top-level fields. Checked when the operation is built: the cursor fields are
 * optional, single string-typed values ({@code inputToken} in the input, {@code outputToken}
 * optional or nullable in the output), the page size an optional integer, the items an array.
 * Surfaces build on it (REST {@code Link} headers, GraphQL connections, MCP next cursors, client
 * iterators) and governance treats any change of it as breaking: clients loop on these names.
 *
 * @param inputToken the input field with the cursor of the page to read, e.g. {@code cursor}
 * @param outputToken the output field with the next page's cursor, e.g. {@code nextCursor}
 * @param pageSize the input field with the page size, e.g. {@code limit}
 * @param items the output field with the page's items, e.g. {@code items}
 */
@PublicApi
public record Pagination(String inputToken, String outputToken, String pageSize, String items) {

    public Pagination {
        Objects.requireNonNull(inputToken, "pagination inputToken");
        Objects.requireNonNull(outputToken, "pagination outputToken");
        Objects.requireNonNull(pageSize, "pagination pageSize");
        Objects.requireNonNull(items, "pagination items");
    }
}
