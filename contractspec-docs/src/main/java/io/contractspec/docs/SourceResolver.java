package io.contractspec.docs;

import io.contractspec.annotations.PublicApi;
import io.contractspec.schema.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Finds the file a spec was defined in. A spec records its file relative to its source root, as
 * derived from its package ({@code io/contractspec/examples/workflow/instance/InstanceOperations.java});
 * the resolver looks for it under each source root in turn, then under the project root itself,
 * and names it relative to the project root. The first root that holds the file wins.
 */
@PublicApi
public final class SourceResolver {

    /** How deep below the project root {@link #discover} looks for source roots. */
    private static final int DISCOVERY_DEPTH = 6;
    private static final Set<String> SKIPPED_FOLDERS = Set.of("target", "build", "node_modules", "out");
    private static final SourceResolver NONE = new SourceResolver(null, List.of());

    private final Path projectRoot;
    private final List<Path> sourceRoots;

    private SourceResolver(Path projectRoot, List<Path> sourceRoots) {
        this.projectRoot = projectRoot;
        this.sourceRoots = List.copyOf(sourceRoots);
    }

    /** A resolver that finds nothing: pages show the recorded path and the canonical JSON. */
    public static SourceResolver none() {
        return NONE;
    }

    /**
     * A resolver over the given source roots, each relative to the project root, in order of
     * preference, e.g. {@code of(root, List.of("examples/workflow-system/src/main/java"))}.
     */
    public static SourceResolver of(Path projectRoot, List<String> sourceRoots) {
        Path root = Objects.requireNonNull(projectRoot, "projectRoot").toAbsolutePath().normalize();
        List<Path> roots = new ArrayList<>();
        for (String sourceRoot : sourceRoots) {
            Path resolved = root.resolve(Objects.requireNonNull(sourceRoot, "source root")).normalize();
            if (!resolved.startsWith(root)) {
                throw new IllegalArgumentException("source root '" + sourceRoot + "' is outside " + root);
            }
            roots.add(resolved);
        }
        return new SourceResolver(root, roots);
    }

    /**
     * A resolver over every {@code src/main/java} folder below the project root (up to six levels
     * deep, skipping hidden and build output folders), in path order.
     */
    public static SourceResolver discover(Path projectRoot) {
        Path root = Objects.requireNonNull(projectRoot, "projectRoot").toAbsolutePath().normalize();
        List<String> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, Set.of(), DISCOVERY_DEPTH, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    if (!dir.equals(root) && (name.startsWith(".") || SKIPPED_FOLDERS.contains(name))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (dir.endsWith(Path.of("src", "main", "java"))) {
                        found.add(slashed(root.relativize(dir)));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look for source roots below " + root, e);
        }
        found.sort(null);
        return of(root, found);
    }

    /** The source roots, relative to the project root, in order of preference. */
    public List<String> sourceRoots() {
        return sourceRoots.stream().map(root -> slashed(projectRoot.relativize(root))).toList();
    }

    /** The file of a recorded location, when one of the roots holds it. */
    public Optional<SourceFile> resolve(SourceLocation location) {
        if (projectRoot == null || !location.isKnown()) {
            return Optional.empty();
        }
        List<Path> candidates = new ArrayList<>(sourceRoots);
        candidates.add(projectRoot);
        for (Path root : candidates) {
            Path file = root.resolve(location.file()).normalize();
            if (file.startsWith(projectRoot) && Files.isRegularFile(file)) {
                return Optional.of(new SourceFile(slashed(projectRoot.relativize(file)), file));
            }
        }
        return Optional.empty();
    }

    private static String slashed(Path relative) {
        return StreamSupport.stream(relative.spliterator(), false)
                .map(Path::toString)
                .collect(Collectors.joining("/"));
    }

    @Override
    public String toString() {
        return projectRoot == null ? "SourceResolver[none]" : "SourceResolver[" + projectRoot + " " + sourceRoots() + "]";
    }
}
