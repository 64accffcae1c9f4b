package io.contractspec.build.load;

import io.contractspec.annotations.Internal;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.snapshot.Snapshot;
import io.contractspec.core.snapshot.SnapshotException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a snapshot file into a registry, turning every failure into a one-line {@link LoadException}. */
@Internal
public final class SnapshotLoader {

    private SnapshotLoader() {}

    public static LoadedContracts load(Path file) {
        return LoadedContracts.fromSnapshot(read(file), "snapshot " + file);
    }

    /** Reads a snapshot file. */
    public static ContractRegistry read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new LoadException("snapshot '" + file + "' does not exist or is not a file");
        }
        try {
            return Snapshot.read(file);
        } catch (IOException e) {
            throw new LoadException("snapshot '" + file + "' cannot be read: " + e.getMessage(), e);
        } catch (SnapshotException e) {
            throw invalid(file.toString(), e);
        }
    }

    /** Reads snapshot text that came from elsewhere (e.g. {@code git show}), named {@code origin} in messages. */
    public static ContractRegistry parse(String json, String origin) {
        try {
            return Snapshot.read(json);
        } catch (SnapshotException e) {
            throw invalid(origin, e);
        }
    }

    private static LoadException invalid(String origin, SnapshotException e) {
        String where = e.path().isEmpty() ? "" : " at " + e.path();
        return new LoadException("snapshot '" + origin + "' is not valid" + where + ": " + e.reason(), e);
    }
}
