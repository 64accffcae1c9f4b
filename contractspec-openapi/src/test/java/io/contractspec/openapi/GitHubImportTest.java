package io.contractspec.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.testing.compile.InMemoryCompiler;
import io.contractspec.schema.Diagnostic;
import io.contractspec.schema.Severity;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * GitHub's REST API (about 1,000 operations, from @octokit/openapi) imports, compiles and
 * round-trips. The import's time is measured in the benchmarks module (BENCHMARKS.md), not here.
 */
class GitHubImportTest {

    @Test
    void importsCompilesAndRoundTripsGitHub() {
        ImportResult result = OpenApiImport.read(Corpus.github().toString(), ImportOptions.of("com.github.api"));

        assertThat(result.operations()).hasSizeGreaterThan(900);
        InMemoryCompiler.Outcome outcome = InMemoryCompiler.compile(result.sources());
        assertThat(outcome.errors()).isEmpty();
        ContractRegistry registry = ContractRegistry.builder().registerAll(outcome.specs("com.github.api")).build();
        List<Diagnostic> findings = OpenApiComparison.compare(registry, Corpus.github().toString());

        Map<String, Long> byId = findings.stream().filter(finding -> finding.severity() != Severity.NOTE)
                .collect(Collectors.groupingBy(Diagnostic::id, TreeMap::new, Collectors.counting()));
        Map<String, Long> diagnostics = result.diagnostics().stream()
                .collect(Collectors.groupingBy(Diagnostic::id, TreeMap::new, Collectors.counting()));
        System.out.println("github: " + result.operations().size() + " operations, " + result.sources().size()
                + " files; import diagnostics " + diagnostics + "; round-trip findings " + byId);
        findings.stream().filter(finding -> finding.severity() == Severity.ERROR).limit(10)
                .forEach(finding -> System.out.println("  " + finding.id() + " " + finding.message()));
        // Every operation is a route now that the root path and segments mixing text and placeholders are.
        assertThat(byId.getOrDefault("openapi.diff.missing-operation", 0L)).as("operations lost").isZero();
        assertThat(byId.getOrDefault("openapi.diff.missing-status", 0L)).as("statuses lost").isZero();
    }
}
