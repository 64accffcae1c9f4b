package io.contractspec.governance.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldenCaseRunnerTest {

    private static final String SNAPSHOT = """
            {"snapshotVersion": 1, "events": [
              {"key": "demo.order.create", "version": "1.0.0", "stability": "experimental",
               "payload": {"name": "P", "fields": []}}]}
            """;
    private static final String EXPECTED = "WARNING EventKeyNotPastTense demo.order.create@1.0.0 [key]: event key"
            + " 'demo.order.create' does not end in the past tense";

    private static GoldenCase lintCase(Path root, String name, String events) throws Exception {
        Path dir = Files.createDirectories(root.resolve(name));
        Files.writeString(dir.resolve(GoldenCase.SNAPSHOT), SNAPSHOT);
        Files.writeString(dir.resolve(GoldenCase.EVENTS), events);
        return GoldenCase.at(dir);
    }

    @Test
    void onlyTheCasesRuleAndTheRulesItNamesAreInScope(@TempDir Path root) throws Exception {
        GoldenResult result = GoldenCaseRunner.standard().run(lintCase(root, "EventKeyNotPastTense-x", EXPECTED));

        assertThat(result.passed()).as(result.describe()).isTrue();
        assertThat(result.actual()).containsExactly(EXPECTED);
    }

    @Test
    void scopeAllComparesEveryFinding(@TempDir Path root) throws Exception {
        GoldenResult result = GoldenCaseRunner.standard()
                .run(lintCase(root, "EventKeyNotPastTense", "# scope: all\n" + EXPECTED));

        assertThat(result.passed()).isFalse();
        assertThat(result.unexpected()).anySatisfy(line -> assertThat(line).startsWith("WARNING MissingDescription"));
        assertThat(result.describe()).contains("unexpected (found, not expected):", "all findings in scope");
    }

    @Test
    void aWrongExpectationIsReportedAsMissingAndUnexpected(@TempDir Path root) throws Exception {
        GoldenResult result = GoldenCaseRunner.standard()
                .run(lintCase(root, "EventKeyNotPastTense", EXPECTED.replace("[key]", "[payload]")));

        assertThat(result.missing()).singleElement().asString().contains("[payload]");
        assertThat(result.unexpected()).containsExactly(EXPECTED);
    }

    @Test
    void aMalformedEventsLineIsReportedWithItsFileAndLine(@TempDir Path root) throws Exception {
        GoldenCase golden = lintCase(root, "EventKeyNotPastTense", "# fine\nWARN EventKeyNotPastTense x: y\n");

        assertThatThrownBy(() -> GoldenCaseRunner.standard().run(golden))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("case.events:2: expected 'SEVERITY RuleId subject [path]: message'");
    }

    @Test
    void aCaseNeedsOneSnapshotOrTwo(@TempDir Path root) throws Exception {
        Path dir = Files.createDirectories(root.resolve("MissingGoal"));
        Files.writeString(dir.resolve(GoldenCase.EVENTS), "");

        assertThatThrownBy(() -> GoldenCase.findAll(root)).hasMessageContaining("needs either case.json or both");
    }

    @Test
    void casesAreFoundAtAnyDepthAndNamedByTheirRelativePath(@TempDir Path root) throws Exception {
        lintCase(root.resolve("lint/naming"), "EventKeyNotPastTense", EXPECTED);

        assertThat(GoldenCase.findAll(root)).singleElement().satisfies(golden -> {
            assertThat(golden.name()).isEqualTo("lint/naming/EventKeyNotPastTense");
            assertThat(golden.ruleId()).contains("EventKeyNotPastTense");
            assertThat(golden.kind()).isEqualTo(GoldenCase.Kind.LINT);
        });
    }
}
