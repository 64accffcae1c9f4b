package io.contractspec.runtime.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.zaxxer.hikari.HikariDataSource;
import io.contractspec.runtime.EventEnvelope;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataSourcesTest {

    @Test
    void anH2FileDatabaseKeepsTheOutboxAcrossRestarts(@TempDir Path dir) throws Exception {
        EventEnvelope event = new EventEnvelope("e1", "test.thing.happened", "1.0.0",
                Instant.parse("2025-03-01T10:00:00Z"), null, null, null, JsonNodeFactory.instance.objectNode());
        try (HikariDataSource db = DataSources.h2File(dir)) {
            RuntimeSchema.migrate(db);
            new JdbcUnitOfWork(db).run(transaction -> {
                new JdbcOutboxStore(db).append(transaction, List.of(event));
                return null;
            });
        }

        List<EventEnvelope> received = new ArrayList<>();
        try (HikariDataSource db = DataSources.h2File(dir)) {
            assertThat(RuntimeSchema.migrate(db)).isZero();
            new JdbcOutboxStore(db).deliver("relay", 10, received::add);
        }
        assertThat(received).containsExactly(event);
        assertThat(dir.resolve("contractspec.mv.db")).exists();
    }

    @Test
    void rejectsAnInMemoryNameThatWouldAddUrlSettings() {
        assertThatThrownBy(() -> DataSources.h2Memory("test;INIT=RUNSCRIPT FROM 'x'"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("letters, digits");
    }
}
