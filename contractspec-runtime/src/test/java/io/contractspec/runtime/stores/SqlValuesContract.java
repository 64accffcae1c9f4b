package io.contractspec.runtime.stores;

import static io.contractspec.runtime.stores.NoteTable.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contractspec.runtime.jdbc.JdbcSession;
import io.contractspec.runtime.jdbc.QueuedWrite;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A {@link JdbcSession} stores every Java type it takes so that it reads back as written, whether
 * the value is queued or bound at once, typed or (on PostgreSQL) as text.
 */
abstract class SqlValuesContract extends StoreContract<JdbcBackend> {

    /** Stored by its {@code toString()}, which here differs from its name. */
    enum Colour {
        DEEP_BLUE;

        @Override
        public String toString() {
            return "deep-blue";
        }
    }

    static final String COLUMNS = "text_value, flag, int_value, long_value, short_value, double_value,"
            + " decimal_value, instant_value, time_value, json_value, enum_value";
    static final String INSERT = "INSERT INTO wq_value (id, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    static final Object[] WRITTEN = {"ü€ text", true, 42, 1L << 40, (short) 7, 12.5, new BigDecimal("12345.678901"),
            Instant.parse("2025-03-01T10:00:00.123456789Z"), OffsetDateTime.parse("2025-03-01T12:00:00.987654999+02:00"),
            Fixtures.json("a", "b"), Colour.DEEP_BLUE};
    /** As read back: instants to the microsecond, truncated rather than rounded; JSON as its text. */
    static final List<Object> STORED = List.of("ü€ text", true, 42, 1L << 40, (short) 7, 12.5,
            new BigDecimal("12345.678901"), Instant.parse("2025-03-01T10:00:00.123456Z"),
            Instant.parse("2025-03-01T10:00:00.987654Z"), "{\"a\":\"b\"}", "deep-blue");

    @BeforeAll
    void createTable() {
        backend.database().execute("CREATE TABLE wq_value (id INT PRIMARY KEY, text_value VARCHAR(100), flag BOOLEAN,"
                + " int_value INT, long_value BIGINT, short_value SMALLINT, double_value DOUBLE PRECISION,"
                + " decimal_value DECIMAL(20, 6), instant_value TIMESTAMP WITH TIME ZONE,"
                + " time_value TIMESTAMP WITH TIME ZONE, json_value TEXT, enum_value VARCHAR(20))");
    }

    @BeforeEach
    void emptyTable() {
        backend.database().execute("DELETE FROM wq_value");
    }

    static Object[] row(int id, Object... values) {
        Object[] row = new Object[values.length + 1];
        row[0] = id;
        System.arraycopy(values, 0, row, 1, values.length);
        return row;
    }

    void insertQueued(Object[] row) throws Exception {
        backend.unitOfWork().run(transaction -> {
            session(transaction).queue(QueuedWrite.of(INSERT, row));
            return null;
        });
    }

    /** The committed row, each column read as the Java type it was written as. */
    List<Object> stored(int id) throws SQLException {
        try (Connection connection = backend.database().dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM wq_value WHERE id = ?")) {
            select.setInt(1, id);
            try (ResultSet rows = select.executeQuery()) {
                assertThat(rows.next()).as("row %s stored", id).isTrue();
                List<Object> values = new ArrayList<>();
                values.add(rows.getObject("text_value", String.class));
                values.add(rows.getObject("flag", Boolean.class));
                values.add(rows.getObject("int_value", Integer.class));
                values.add(rows.getObject("long_value", Long.class));
                values.add(rows.getObject("short_value", Short.class));
                values.add(rows.getObject("double_value", Double.class));
                values.add(rows.getObject("decimal_value", BigDecimal.class));
                values.add(instant(rows, "instant_value"));
                values.add(instant(rows, "time_value"));
                values.add(rows.getObject("json_value", String.class));
                values.add(rows.getObject("enum_value", String.class));
                return values;
            }
        }
    }

    private static Instant instant(ResultSet rows, String column) throws SQLException {
        OffsetDateTime time = rows.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    @Test
    void everySupportedTypeReadsBackAsWrittenThroughTheQueue() throws Exception {
        insertQueued(row(1, WRITTEN));

        assertThat(stored(1)).containsExactlyElementsOf(STORED);
    }

    @Test
    void nullReadsBackAsNullInEveryColumnThroughTheQueue() throws Exception {
        insertQueued(row(1, new Object[WRITTEN.length]));

        assertThat(stored(1)).hasSize(WRITTEN.length).containsOnlyNulls();
    }

    @Test
    void everySupportedTypeReadsBackAsWrittenWhenBoundAtOnce() throws Exception {
        backend.unitOfWork().run(transaction -> {
            session(transaction).execute(INSERT, row(1, WRITTEN));
            session(transaction).execute(INSERT, row(2, new Object[WRITTEN.length]));
            return null;
        });

        assertThat(stored(1)).containsExactlyElementsOf(STORED);
        assertThat(stored(2)).containsOnlyNulls();
    }

    @Test
    void refusesATypeItDoesNotTakeAndNamesTheOnesItDoes() throws Exception {
        backend.unitOfWork().run(transaction -> {
            assertThatThrownBy(() -> session(transaction).execute(INSERT, row(1, new Date())))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("java.util.Date")
                    .hasMessageContaining("String, Boolean, Integer, Long, Short, Double, BigDecimal, Instant,"
                            + " OffsetDateTime, JsonNode or enum constant");
            return null;
        });
    }

    @Test
    void aQueuedWriteOfATypeItDoesNotTakeFailsTheTransaction() throws Exception {
        Object[] unsupported = row(2, WRITTEN);
        unsupported[1] = new Date();

        assertThatThrownBy(() -> backend.unitOfWork().run(transaction -> {
            session(transaction).queue(QueuedWrite.of(INSERT, row(1, WRITTEN)));
            session(transaction).queue(QueuedWrite.of(INSERT, unsupported));
            return null;
        })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.util.Date");
        assertThat(backend.database().count("SELECT COUNT(*) FROM wq_value")).isZero();
    }
}
