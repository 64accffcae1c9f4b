package io.contractspec.build.generate;

import io.contractspec.annotations.Internal;
import io.contractspec.build.load.LoadException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Brings a generated folder in line with freshly generated files: writes new and changed files,
 * leaves equal ones untouched (so timestamps only move when content does) and deletes stale files,
 * but only inside the places the given artifacts own; anything else in the folder is left alone.
 */
@Internal
public final class GeneratedFolder {

    public record Result(int written, int unchanged, int removed) {}

    private GeneratedFolder() {}

    public static Result replace(Path folder, Map<String, byte[]> files, Set<Artifact> artifacts) {
        int written = 0;
        int unchanged = 0;
        try {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = folder.resolve(file.getKey());
                if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), file.getValue())) {
                    unchanged++;
                    continue;
                }
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
                written++;
            }
            return new Result(written, unchanged, removeStale(folder, files, artifacts));
        } catch (IOException e) {
            throw new LoadException("cannot write into " + folder + ": " + e.getMessage(), e);
        }
    }

    private static int removeStale(Path folder, Map<String, byte[]> files, Set<Artifact> artifacts) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int removed = 0;
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String relative = slashed(folder.relativize(file));
                if (!files.containsKey(relative) && ownedBy(relative, artifacts)) {
                    Files.delete(file);
                    removed++;
                }
            }
        }
        return removed;
    }

    private static boolean ownedBy(String path, Set<Artifact> artifacts) {
        return artifacts.stream().anyMatch(artifact -> switch (artifact) {
            case DOCS -> path.startsWith(ArtifactGenerator.DOCS_FOLDER);
            case SITE -> path.startsWith(ArtifactGenerator.SITE_FOLDER);
            case OPENAPI -> path.equals(ArtifactGenerator.OPENAPI_FILE);
            case JSON_SCHEMA -> path.startsWith(ArtifactGenerator.SCHEMAS_FOLDER);
            case GRAPHQL -> path.equals(ArtifactGenerator.GRAPHQL_FILE);
            case ASYNCAPI -> path.equals(ArtifactGenerator.ASYNCAPI_FILE);
            case TYPESCRIPT_CLIENT -> path.startsWith(ArtifactGenerator.CLIENT_FOLDER);
        });
    }

    private static String slashed(Path relative) {
        return StreamSupport.stream(relative.spliterator(), false).map(Path::toString).collect(Collectors.joining("/"));
    }
}
