package io.contractspec.runtime.stores;

import static io.contractspec.runtime.stores.Fixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JDBC outbox stores a transaction's events as one row, which delivery never writes again,
 * and hands the events out one by one, a subscriber's position able to stop inside a row.
 */
abstract class JdbcOutboxAppendContract extends StoreContract<JdbcBackend> {

    @Test
    void aTransactionsEventsAreOneRowThatDeliveryDoesNotWrite() throws Exception {
        backend.unitOfWork().run(transaction -> {
            backend.outbox().append(transaction, List.of(event("e1"), event("e2"), event("e3")));
            return null;
        });
        backend.unitOfWork().run(transaction -> {
            backend.outbox().append(transaction, List.of(event("e4")));
            return null;
        });
        assertThat(backend.database().count("SELECT COUNT(*) FROM cs_outbox_append")).isEqualTo(2);
        String versions = rowVersions();

        List<String> delivered = new ArrayList<>();
        backend.outbox().deliver("sub", 10, event -> delivered.add(event.id()));
        backend.outbox().deliver("other", 10, event -> delivered.add(event.id()));

        assertThat(delivered).containsExactly("e1", "e2", "e3", "e4", "e1", "e2", "e3", "e4");
        assertThat(backend.database().count("SELECT SUM(event_count) FROM cs_outbox_append")).isEqualTo(4);
        assertThat(rowVersions()).as("the rows' versions after delivery").isEqualTo(versions);
    }

    /**
     * Every column of every row, as text; on PostgreSQL also each row's creating transaction
     * ({@code xmin}), which any write gives a new value, even one that writes the same values.
     */
    private String rowVersions() throws SQLException {
        String xmin = backend.database() instanceof PostgresTestDatabase ? ", xmin" : "";
        StringBuilder rows = new StringBuilder();
        try (Connection connection = backend.database().dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT *" + xmin + " FROM cs_outbox_append ORDER BY seq")) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                for (int column = 1; column <= columns; column++) {
                    rows.append(result.getString(column)).append('|');
                }
                rows.append('\n');
            }
        }
        return rows.toString();
    }

    @Test
    void aPositionInsideARowContinuesWithTheRowsNextEvent() throws Exception {
        backend.unitOfWork().run(transaction -> {
            backend.outbox().append(transaction, List.of(event("e1"), event("e2"), event("e3")));
            return null;
        });
        List<String> delivered = new ArrayList<>();
        backend.outbox().deliver("sub", 2, event -> delivered.add(event.id()));
        backend.unitOfWork().run(transaction -> {
            backend.outbox().append(transaction, List.of(event("e4")));
            return null;
        });
        backend.outbox().deliver("sub", 1, event -> delivered.add(event.id()));
        backend.outbox().deliver("sub", 10, event -> delivered.add(event.id()));

        assertThat(delivered).containsExactly("e1", "e2", "e3", "e4");
    }
}
