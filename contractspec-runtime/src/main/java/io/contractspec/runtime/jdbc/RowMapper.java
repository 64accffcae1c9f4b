package io.contractspec.runtime.jdbc;

import io.contractspec.annotations.PublicApi;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads the current row of a result into a value; it must not move the cursor. */
@PublicApi
@FunctionalInterface
public interface RowMapper<T> {

    T map(ResultSet row) throws SQLException;
}
