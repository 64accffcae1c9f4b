/**
 * Public API: Keyset (cursor) pagination for handlers of paginated operations: {@link
 * io.contractspec.runtime.pagination.CursorCodec} turns the position after a page's last item and a
 * fingerprint of the list's filters into an opaque, tamper-evident cursor and back, and
 * {@link io.contractspec.runtime.pagination.Page} cuts a page out of {@code limit + 1} fetched rows.
 * Every page costs one index range scan, however deep it is.
 */
package io.contractspec.runtime.pagination;
