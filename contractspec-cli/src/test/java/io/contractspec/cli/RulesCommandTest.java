package io.contractspec.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.contractspec.governance.catalog.RuleTable;
import io.contractspec.governance.catalog.RuleTableFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesCommandTest {

    @TempDir
    Path temp;

    @Test
    void listsEveryRuleWithItsSeverityLevelAndReason() {
        CliRun run = CliRun.of("rules");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Breaking-change rules", "Version-policy checks", "Lint rules",
                "  ERROR    breaking   DisallowedUnknownInputFields\n", "  WARNING  info       AddedDeclaredError\n");
        assertThat(run.out()).isEqualTo(RuleTableFormat.TEXT.render(RuleTable.standard()));
    }

    @Test
    void writesJsonForTools() throws Exception {
        CliRun run = CliRun.of("rules", "--format", "json");

        JsonNode rules = JsonMapper.builder().build().readTree(run.out());
        assertThat(rules).hasSize(RuleTable.standard().rows().size());
        assertThat(rules.get(0).get("kind").asText()).isEqualTo("breaking-change");
    }

    @Test
    void writesTheMarkdownPageToAFile() throws Exception {
        Path page = temp.resolve("RULES.md");

        CliRun run = CliRun.of("rules", "--format", "markdown", "--out", page.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(Files.readString(page)).startsWith("# Governance rules")
                .isEqualTo(Files.readString(Path.of("..", "contractspec-governance", "RULES.md")));
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun run = CliRun.of("rules", "--format", "yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--format: 'yaml' is not one of text, json, markdown");
    }
}
