package io.contractspec.runtime.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.contractspec.annotations.PublicApi;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Connection pools for the runtime. Close the returned pool when the application stops.
 *
 * <p>The H2 conveniences need {@code com.h2database:h2} on the class path; they raise H2's lock
 * timeout to 10 seconds (from about 2), because on H2 a transaction appending events waits for the
 * one appending before it to commit.
 */
@PublicApi
public final class DataSources {

    private static final int MAX_POOL_SIZE = 10;
    private static final String H2_OPTIONS = ";LOCK_TIMEOUT=10000";

    private DataSources() {}

    /**
     * A HikariCP pool of up to {@value #MAX_POOL_SIZE} connections that waits at most 10 seconds
     * for a free connection, e.g. {@code pooled("jdbc:postgresql://db:5432/app", "app", secret)}.
     */
    public static HikariDataSource pooled(String jdbcUrl, String user, String password) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(MAX_POOL_SIZE);
        config.setConnectionTimeout(TimeUnit.SECONDS.toMillis(10));
        config.setPoolName("contractspec");
        return new HikariDataSource(config);
    }

    /** An embedded H2 database in {@code dir} (file {@code contractspec.mv.db}), for a single node. */
    public static HikariDataSource h2File(Path dir) {
        Objects.requireNonNull(dir, "dir");
        Path file = dir.toAbsolutePath().resolve("contractspec");
        return pooled("jdbc:h2:file:" + file + H2_OPTIONS, "sa", "");
    }

    /**
     * A named in-memory H2 database that lives as long as the JVM (not just as long as a
     * connection is open), for tests and demos.
     */
    public static HikariDataSource h2Memory(String name) {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("an H2 database name takes letters, digits, '_' and '-', got '" + name + "'");
        }
        return pooled("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + H2_OPTIONS, "sa", "");
    }
}
