package io.contractspec.examples.workflow.app;

import com.zaxxer.hikari.HikariDataSource;
import io.contractspec.runtime.jdbc.DataSources;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The embedded database holds every organization's data, so its file is readable and writable by
 * its owner only (0600), created so before H2 opens it: H2 takes over an empty file as a new
 * database. On file systems without POSIX permissions the file is created as the platform does.
 */
final class OwnerOnlyFiles {

    /** H2's file name for the database {@link DataSources#h2File} opens. */
    static final String DATABASE_FILE = "contractspec.mv.db";

    private OwnerOnlyFiles() {}

    static HikariDataSource h2File(Path dataDir) throws IOException {
        Path file = dataDir.resolve(DATABASE_FILE);
        if (posix() && Files.notExists(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return DataSources.h2File(dataDir);
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
