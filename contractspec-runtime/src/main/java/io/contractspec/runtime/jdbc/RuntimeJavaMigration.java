package io.contractspec.runtime.jdbc;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A runtime migration written in Java: its version, its description, and its version as checksum
 * (a Java migration has no script text; its code does not change once released). Each runs in
 * the transaction Flyway gives it.
 */
abstract class RuntimeJavaMigration implements JavaMigration {

    private final int version;
    private final String description;

    RuntimeJavaMigration(int version, String description) {
        this.version = version;
        this.description = description;
    }

    @Override
    public final MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(Integer.toString(version));
    }

    @Override
    public final String getDescription() {
        return description;
    }

    @Override
    public final Integer getChecksum() {
        return version;
    }

    @Override
    public final boolean canExecuteInTransaction() {
        return true;
    }
}
