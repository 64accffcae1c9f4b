package io.contractspec.governance.golden;

import io.contractspec.annotations.PublicApi;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.snapshot.Snapshot;
import io.contractspec.core.snapshot.SnapshotException;
import io.contractspec.governance.Findings;
import io.contractspec.governance.diff.BreakingChanges;
import io.contractspec.governance.lint.Linter;
import io.contractspec.schema.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs golden-file cases: lints {@code case.json}, or compares {@code case.a.json} with
 * {@code case.b.json}, and checks the findings against {@code case.events}. Findings are compared
 * as whole lines, as a multiset. Only findings in the case's scope count: those of the rule the
 * directory is named after and of every rule an expected line names (or all, with
 * {@code # scope: all}), so a case stays about its rule while its snapshots stay short.
 *
 * <p>Users test their own rules the same way, with one parameterized test:
 *
 * <pre>{@code
 * static List<GoldenCase> cases() throws Exception {
 *     return GoldenCase.findAll(Path.of(MyRulesTest.class.getResource("/golden").toURI()));
 * }
 *
 * @ParameterizedTest @MethodSource("cases")
 * void golden(GoldenCase golden) {
 *     GoldenResult result = GoldenCaseRunner.standard().run(golden);
 *     assertTrue(result.passed(), result::describe);
 * }
 * }</pre>
 */
@PublicApi
public final class GoldenCaseRunner {

    private final Linter linter;
    private final BreakingChanges breakingChanges;

    private GoldenCaseRunner(Linter linter, BreakingChanges breakingChanges) {
        this.linter = Objects.requireNonNull(linter, "linter");
        this.breakingChanges = Objects.requireNonNull(breakingChanges, "breakingChanges");
    }

    /** Every lint and breaking-change rule on this library's class path, the standard version policy. */
    public static GoldenCaseRunner standard() {
        return new GoldenCaseRunner(Linter.standard(), BreakingChanges.standard());
    }

    public static GoldenCaseRunner of(Linter linter, BreakingChanges breakingChanges) {
        return new GoldenCaseRunner(linter, breakingChanges);
    }

    /** @throws IllegalArgumentException when a case file is unreadable or malformed, naming the file */
    public GoldenResult run(GoldenCase goldenCase) {
        Path directory = goldenCase.directory();
        Path eventsFile = directory.resolve(GoldenCase.EVENTS);
        ExpectedEvents expected = ExpectedEvents.parse(read(eventsFile), eventsFile.toString());
        List<Diagnostic> findings = goldenCase.kind() == GoldenCase.Kind.LINT
                ? linter.lint(snapshot(directory.resolve(GoldenCase.SNAPSHOT)))
                : breakingChanges.compare(snapshot(directory.resolve(GoldenCase.BEFORE)),
                        snapshot(directory.resolve(GoldenCase.AFTER))).findings();
        List<String> actual = findings.stream()
                .filter(finding -> expected.allInScope() || inScope(finding, goldenCase, expected))
                .map(Findings::line)
                .sorted()
                .toList();
        List<String> wanted = expected.lines().stream().sorted().toList();
        return new GoldenResult(goldenCase, wanted, actual, minus(wanted, actual), minus(actual, wanted));
    }

    private static boolean inScope(Diagnostic finding, GoldenCase goldenCase, ExpectedEvents expected) {
        return expected.ruleIds().contains(finding.id())
                || goldenCase.ruleId().filter(finding.id()::equals).isPresent();
    }

    /** The lines of {@code from} left after striking each line of {@code strike} once. */
    private static List<String> minus(List<String> from, List<String> strike) {
        List<String> left = new ArrayList<>(from);
        strike.forEach(left::remove);
        return left;
    }

    private static ContractRegistry snapshot(Path file) {
        try {
            return Snapshot.read(file);
        } catch (SnapshotException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
