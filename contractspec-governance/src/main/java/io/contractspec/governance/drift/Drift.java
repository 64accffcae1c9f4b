package io.contractspec.governance.drift;

import io.contractspec.annotations.PublicApi;
import io.contractspec.schema.Diagnostic;
import io.contractspec.schema.Severity;
import io.contractspec.schema.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Compares freshly generated artifacts with the committed generated folder, file by file. Each
 * difference is an ERROR diagnostic whose path is the file's path inside the folder:
 * {@value #MISSING} (generated but not committed), {@value #EXTRA} (committed but no longer
 * generated) and {@value #CHANGED} (different bytes).
 *
 * <pre>{@code
 * List<Diagnostic> drift = Drift.check(Path.of("generated"), ArtifactGenerator.of(settings).generate(registry));
 * }</pre>
 */
@PublicApi
public final class Drift {

    public static final String MISSING = "GeneratedFileMissing";
    public static final String EXTRA = "GeneratedFileExtra";
    public static final String CHANGED = "GeneratedFileChanged";

    private Drift() {}

    /** Locations name files as {@code <committedDir>/<path>}. */
    public static List<Diagnostic> check(Path committedDir, Map<String, byte[]> regenerated) {
        return check(committedDir, regenerated, committedDir.toString().replace(java.io.File.separatorChar, '/') + "/");
    }

    /**
     * @param locationPrefix put before each relative path in the findings' source locations, e.g.
     *     {@code generated/} so that locations are relative to the project root
     */
    public static List<Diagnostic> check(Path committedDir, Map<String, byte[]> regenerated, String locationPrefix) {
        Objects.requireNonNull(regenerated, "regenerated");
        SortedMap<String, Path> committed = committedFiles(Objects.requireNonNull(committedDir, "committedDir"));
        SortedMap<String, byte[]> fresh = new TreeMap<>(regenerated);
        List<Diagnostic> findings = new ArrayList<>();
        fresh.forEach((path, content) -> {
            Path file = committed.get(path);
            if (file == null) {
                findings.add(finding(MISSING, path, locationPrefix, "is generated but not committed"));
            } else if (!Arrays.equals(read(file), content)) {
                findings.add(finding(CHANGED, path, locationPrefix, "differs from what the contracts generate"));
            }
        });
        committed.keySet().stream()
                .filter(path -> !fresh.containsKey(path))
                .forEach(path -> findings.add(finding(EXTRA, path, locationPrefix, "is committed but no longer generated")));
        findings.sort(java.util.Comparator.comparing(Diagnostic::path).thenComparing(Diagnostic::id));
        return List.copyOf(findings);
    }

    private static Diagnostic finding(String id, String path, String locationPrefix, String what) {
        return Diagnostic.builder()
                .severity(Severity.ERROR)
                .id(id)
                .path(path)
                .location(new SourceLocation(locationPrefix + path, 0))
                .message(locationPrefix + path + " " + what)
                .hint("run 'contractspec generate' (or the Maven goal contractspec:generate) and commit the result")
                .build();
    }

    /** Every regular file below the folder, by relative '/'-separated path; empty when the folder does not exist. */
    static SortedMap<String, Path> committedFiles(Path folder) {
        SortedMap<String, Path> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile).forEach(file -> files.put(slashed(folder.relativize(file)), file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        return files;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String slashed(Path path) {
        return StreamSupport.stream(path.spliterator(), false).map(Path::toString).collect(Collectors.joining("/"));
    }
}
