package io.contractspec.governance.golden;

import io.contractspec.annotations.PublicApi;
import io.contractspec.governance.RuleIds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One golden-file case: a directory holding {@code case.events} (the expected findings) and either
 * {@code case.json} (a snapshot to lint) or {@code case.a.json} + {@code case.b.json} (two
 * snapshots to compare). The directory is named after the rule it tests, optionally followed by
 * {@code -} and a variant: {@code EventKeyNotPastTense}, {@code EventKeyNotPastTense-particles}.
 */
@PublicApi
public final class GoldenCase {

    /** Lint one snapshot, or compare two. */
    public enum Kind {
        LINT,
        DIFF
    }

    public static final String EVENTS = "case.events";
    public static final String SNAPSHOT = "case.json";
    public static final String BEFORE = "case.a.json";
    public static final String AFTER = "case.b.json";

    private final String name;
    private final Path directory;
    private final Kind kind;

    private GoldenCase(String name, Path directory) {
        this.name = name;
        this.directory = directory;
        boolean lint = Files.exists(directory.resolve(SNAPSHOT));
        boolean diff = Files.exists(directory.resolve(BEFORE)) && Files.exists(directory.resolve(AFTER));
        if (lint == diff) {
            throw new IllegalArgumentException("golden case " + directory + " needs either " + SNAPSHOT + " or both "
                    + BEFORE + " and " + AFTER + " beside " + EVENTS);
        }
        this.kind = lint ? Kind.LINT : Kind.DIFF;
    }

    /** Every case below the root (any depth), by name: the directory path relative to the root. */
    public static List<GoldenCase> findAll(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.getFileName().toString().equals(EVENTS))
                    .map(Path::getParent)
                    .map(directory -> new GoldenCase(
                            root.relativize(directory).toString().replace('\\', '/'), directory))
                    .sorted(java.util.Comparator.comparing(GoldenCase::name))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list golden cases below " + root, e);
        }
    }

    /** The case in one directory. */
    public static GoldenCase at(Path directory) {
        return new GoldenCase(directory.getFileName().toString(), directory);
    }

    public String name() {
        return name;
    }

    public Path directory() {
        return directory;
    }

    public Kind kind() {
        return kind;
    }

    /** The rule the directory is named after: its name up to the first {@code -}, when that is a rule id. */
    public Optional<String> ruleId() {
        String base = directory.getFileName().toString();
        int dash = base.indexOf('-');
        String id = dash < 0 ? base : base.substring(0, dash);
        return RuleIds.isValid(id) ? Optional.of(id) : Optional.empty();
    }

    @Override
    public String toString() {
        return name;
    }
}
