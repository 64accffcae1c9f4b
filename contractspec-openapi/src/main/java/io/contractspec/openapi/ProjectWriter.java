package io.contractspec.openapi;

import io.contractspec.annotations.PublicApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes an import's sources under a folder such as {@code src/main} ({@code java/...} and
 * {@code resources/...}). Everything is written to a temporary folder beside it first and moved
 * into place file by file only when all were written, so a failure never leaves half a project.
 */
@PublicApi
public final class ProjectWriter {

    private ProjectWriter() {}

    /** @return the files written, relative to {@code out} */
    public static List<String> write(ImportResult result, Path out) {
        if (result.failed()) {
            throw new IllegalArgumentException("the import failed; nothing to write");
        }
        try {
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path staging = Files.createTempDirectory(parent, ".contractspec-import-");
            try {
                for (Map.Entry<String, String> file : result.sources().entrySet()) {
                    Path target = staging.resolve(file.getKey());
                    Files.createDirectories(target.getParent());
                    Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
                }
                List<String> written = new ArrayList<>();
                for (String relative : result.sources().keySet()) {
                    Path target = out.resolve(relative);
                    Files.createDirectories(target.getParent());
                    Files.move(staging.resolve(relative), target, StandardCopyOption.REPLACE_EXISTING);
                    written.add(relative);
                }
                return written;
            } finally {
                delete(staging);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the imported sources under " + out + ": " + e.getMessage(), e);
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
