package io.contractspec.governance.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.contractspec.governance.diff.BreakingChanges;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.lint.Linter;
import io.contractspec.schema.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleTableTest {

    private static final RuleTable TABLE = RuleTable.standard();

    @Test
    void hasEveryRuleOnceInItsSection() {
        assertThat(TABLE.rows(RuleRow.Kind.BREAKING_CHANGE)).hasSameSizeAs(BreakingChanges.standard().rules());
        assertThat(TABLE.rows(RuleRow.Kind.VERSION_POLICY)).hasSameSizeAs(BreakingChanges.standard().policy().catalog());
        assertThat(TABLE.rows(RuleRow.Kind.LINT)).hasSameSizeAs(Linter.standard().rules());
        assertThat(TABLE.rows()).extracting(RuleRow::id).doesNotHaveDuplicates();
    }

    @Test
    void everyBreakingChangeRuleAndPolicyCheckSaysWhyItHasItsLevel() {
        List<RuleRow> judged = TABLE.rows().stream().filter(row -> row.kind() != RuleRow.Kind.LINT).toList();
        assertThat(judged).allSatisfy(row ->
                assertThat(row.rationale()).as(row.id()).isNotBlank().matches("(?s).*\\.\\)?"));
    }

    @Test
    void everyRuleSaysWhatItFindsInOneDistinctSentence() {
        assertThat(TABLE.rows()).allSatisfy(row -> assertThat(row.summary()).as(row.id())
                .matches("[A-Z].*[.)]").doesNotContain("\n").hasSizeLessThan(130));
        assertThat(TABLE.rows()).extracting(RuleRow::summary).doesNotHaveDuplicates();
    }

    @Test
    void breakingChangeRulesComeByLevelAndOnlyErrorsRequireAMajorVersion() {
        List<RuleRow> rows = TABLE.rows(RuleRow.Kind.BREAKING_CHANGE);
        assertThat(rows).extracting(row -> row.level().orElseThrow()).isSorted();
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.severity()).isEqualTo(row.level().orElseThrow().severity());
            assertThat(row.requiresMajorVersion()).isEqualTo(row.level().orElseThrow() == ChangeLevel.BREAKING);
        });
        assertThat(TABLE.rows(RuleRow.Kind.LINT)).noneMatch(RuleRow::requiresMajorVersion);
    }

    @Test
    void jsonListsEveryRowWithItsLevelAndReason() throws Exception {
        JsonNode rules = JsonMapper.builder().build().readTree(RuleTableFormat.JSON.render(TABLE));

        assertThat(rules).hasSize(TABLE.rows().size());
        JsonNode enumValue = find(rules, "AddedOutputEnumValue");
        assertThat(enumValue.get("kind").asText()).isEqualTo("breaking-change");
        assertThat(enumValue.get("level").asText()).isEqualTo("breaking");
        assertThat(enumValue.get("severity").asText()).isEqualTo("error");
        assertThat(enumValue.get("majorVersionRequired").asBoolean()).isTrue();
        assertThat(enumValue.get("rationale").asText()).contains("closed sets");
        JsonNode declaredError = find(rules, "AddedDeclaredError");
        assertThat(declaredError.get("severity").asText()).isEqualTo("warning");
        assertThat(declaredError.get("majorVersionRequired").asBoolean()).isFalse();
        assertThat(find(rules, "MissingOwners").has("level")).isFalse();
    }

    @Test
    void textHasASectionPerKindAndALinePerRule() {
        String text = RuleTableFormat.TEXT.render(TABLE);

        assertThat(text).startsWith("Breaking-change rules\n").contains("\nVersion-policy checks\n", "\nLint rules\n");
        assertThat(text).contains("  DANGER   dangerous  ChangedPattern\n", "  ERROR               MajorVersionRequired\n");
        assertThat(text.lines().filter(line -> line.startsWith("      Why: "))).hasSizeGreaterThanOrEqualTo(
                TABLE.rows(RuleRow.Kind.BREAKING_CHANGE).size());
    }

    @Test
    void markdownEscapesPipesInCells() {
        String page = RuleTableFormat.MARKDOWN.render(TABLE);

        assertThat(page).contains("| `RemovedInputField` | breaking | ERROR | required |",
                "| `LoweredRateLimit` | dangerous | DANGER | — |");
        assertThat(page.lines().filter(line -> line.startsWith("| `"))).hasSize(TABLE.rows().size())
                .allSatisfy(line -> assertThat(line.replace("\\|", "").chars().filter(c -> c == '|').count())
                        .isIn(5L, 7L));
        assertThat(Severity.values()).allSatisfy(severity -> assertThat(page).contains(severity.name()));
    }

    private static JsonNode find(JsonNode rules, String id) {
        for (JsonNode rule : rules) {
            if (rule.get("id").asText().equals(id)) {
                return rule;
            }
        }
        throw new AssertionError("no rule " + id);
    }
}
