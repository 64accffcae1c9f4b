package io.contractspec.benchmarks;

import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.snapshot.Snapshot;
import io.contractspec.governance.diff.BreakingChanges;
import io.contractspec.governance.diff.DiffReport;
import io.contractspec.governance.lint.LintConfig;
import io.contractspec.governance.lint.Linter;
import io.contractspec.schema.Diagnostic;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Lint and breaking-change detection over 10,000 synthetic operations ({@link SyntheticContracts}):
 * linting the new release, diffing it against the old one, and both, warm and cold (the first run
 * in a fresh JVM). Reading the two snapshots is measured on its own, for context.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@State(Scope.Benchmark)
public class GovernanceBenchmark {

    @Param("10000")
    public int operations;

    private ContractRegistry before;
    private ContractRegistry after;
    private String beforeSnapshot;
    private String afterSnapshot;
    private Linter linter;
    private BreakingChanges breakingChanges;

    @Setup
    public void setUp() {
        before = SyntheticContracts.original(operations);
        after = SyntheticContracts.evolved(operations);
        beforeSnapshot = Snapshot.write(before);
        afterSnapshot = Snapshot.write(after);
        linter = Linter.standard();
        breakingChanges = BreakingChanges.standard();
        // No trial lint or diff here: it would warm up what the cold benchmark measures.
    }

    @Benchmark
    public List<Diagnostic> lint() {
        return linter.lint(after, LintConfig.DEFAULTS);
    }

    @Benchmark
    public DiffReport diff() {
        return breakingChanges.compare(before, after);
    }

    @Benchmark
    public void lintAndDiff(Blackhole blackhole) {
        blackhole.consume(linter.lint(after, LintConfig.DEFAULTS));
        blackhole.consume(breakingChanges.compare(before, after));
    }

    /** The first lint and diff in a fresh JVM: what one CLI run pays, class loading and a cold JIT included. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(5)
    public void coldLintAndDiff(Blackhole blackhole) {
        blackhole.consume(Linter.standard().lint(after, LintConfig.DEFAULTS));
        blackhole.consume(BreakingChanges.standard().compare(before, after));
    }

    /** Context for a CLI diff of two snapshot files: reading both (core's snapshot reader), not governance. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public void readTwoSnapshots(Blackhole blackhole) {
        blackhole.consume(Snapshot.read(beforeSnapshot));
        blackhole.consume(Snapshot.read(afterSnapshot));
    }
}
