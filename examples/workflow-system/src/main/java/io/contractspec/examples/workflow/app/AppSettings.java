package io.contractspec.examples.workflow.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link WorkflowApplication} runs with, as the command line resolved it.
 *
 * @param bind the address the HTTP server listens on, e.g. 127.0.0.1 or 0.0.0.0
 * @param port the HTTP port; 0 picks a free one
 * @param dataDir holds the embedded database and the generated JWT secret
 * @param database a JDBC URL of a shared database (PostgreSQL); empty means the embedded H2 file database
 * @param jwtSecret the resolved HS256 secret (see {@link JwtSecrets})
 * @param pollInterval how often timers are fired and the outbox is relayed
 * @param kafka bootstrap servers to relay the events to (CloudEvents on Kafka); empty: events stay in-process
 */
public record AppSettings(String bind, int port, Path dataDir, Optional<Database> database, String jwtSecret, Duration pollInterval,
        Optional<String> kafka) {

    /** Settings without a Kafka relay. */
    public AppSettings(String bind, int port, Path dataDir, Optional<Database> database, String jwtSecret, Duration pollInterval) {
        this(bind, port, dataDir, database, jwtSecret, pollInterval, Optional.empty());
    }

    /** A shared database given on the command line. */
    public record Database(String url, String user, String password) {
        public Database {
            Objects.requireNonNull(url, "url");
        }
    }

    public AppSettings {
        if (bind == null || bind.isBlank()) {
            throw new IllegalArgumentException("the bind address must not be blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(jwtSecret, "jwtSecret");
        Objects.requireNonNull(kafka, "kafka");
        if (kafka.isPresent() && kafka.get().isBlank()) {
            throw new IllegalArgumentException("--kafka needs bootstrap servers, e.g. localhost:9092");
        }
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("the poll interval must be positive, got " + pollInterval);
        }
    }

    /** Whether the application runs on its own embedded database (and so loads the demo data). */
    public boolean embedded() {
        return database.isEmpty();
    }
}
