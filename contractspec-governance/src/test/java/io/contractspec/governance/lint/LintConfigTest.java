package io.contractspec.governance.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contractspec.governance.ConfigException;
import io.contractspec.schema.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintConfigTest {

    private static final String FILE = ".contractsrc.json";

    @Test
    void readsSeveritiesAndOffFromTheLintSection() {
        LintConfig config = LintConfig.parse("""
                {"lint": {"rules": {"MissingGoal": "error", "EventKeyNotPastTense": "off"}},
                 "generate": {"out": "generated"}}""", FILE);

        assertThat(config.severity("MissingGoal", Severity.WARNING)).contains(Severity.ERROR);
        assertThat(config.severity("EventKeyNotPastTense", Severity.WARNING)).isEmpty();
        assertThat(config.severity("MissingContext", Severity.WARNING)).contains(Severity.WARNING);
        assertThat(config.overrides()).containsOnlyKeys("EventKeyNotPastTense", "MissingGoal");
    }

    @Test
    void anEmptyFileOrAMissingSectionChangesNothing() {
        assertThat(LintConfig.parse("", FILE).overrides()).isEmpty();
        assertThat(LintConfig.parse("{\"breakingChanges\": {}}", FILE).overrides()).isEmpty();
    }

    @Test
    void malformedJsonNamesTheFileAndThePosition() {
        assertThatThrownBy(() -> LintConfig.parse("{\"lint\": {\"rules\": {\"MissingGoal\": }}}", FILE))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(".contractsrc.json: malformed JSON at line 1, column");
    }

    @Test
    void duplicateKeysAreMalformed() {
        assertThatThrownBy(() -> LintConfig.parse("{\"lint\": {}, \"lint\": {}}", FILE))
                .hasMessageContaining("malformed JSON").hasMessageContaining("lint");
    }

    @Test
    void anUnknownSeverityIsReportedAtItsKey() {
        assertThatThrownBy(() -> LintConfig.parse("{\"lint\": {\"rules\": {\"MissingGoal\": \"warn\"}}}", FILE))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.file()).isEqualTo(FILE);
                    assertThat(e.key()).isEqualTo("lint.rules.MissingGoal");
                })
                .hasMessage(".contractsrc.json: lint.rules.MissingGoal: unknown severity \"warn\""
                        + " (expected \"note\", \"warning\", \"danger\", \"error\" or \"off\")");
    }

    @Test
    void valuesOfTheWrongKindAreReportedAtTheirKey() {
        assertThatThrownBy(() -> LintConfig.parse("[]", FILE))
                .hasMessage(".contractsrc.json: expected a JSON object at the top level, got array");
        assertThatThrownBy(() -> LintConfig.parse("{\"lint\": {\"rules\": [\"MissingGoal\"]}}", FILE))
                .hasMessage(".contractsrc.json: lint.rules: expected an object of rule id to severity, got array");
        assertThatThrownBy(() -> LintConfig.parse("{\"lint\": {\"rule\": {}}}", FILE))
                .hasMessage(".contractsrc.json: lint.rule: unknown setting (the lint section has only \"rules\")");
    }

    @Test
    void anUnknownRuleIdIsReportedWithTheClosestKnownOne() {
        LintConfig config = LintConfig.parse("{\"lint\": {\"rules\": {\"EventKeyNotPastTens\": \"off\"}}}", FILE);

        assertThatThrownBy(() -> Linter.standard().validate(config))
                .isInstanceOfSatisfying(ConfigException.class,
                        e -> assertThat(e.key()).isEqualTo("lint.rules.EventKeyNotPastTens"))
                .hasMessage(".contractsrc.json: lint.rules.EventKeyNotPastTens: unknown rule id;"
                        + " did you mean EventKeyNotPastTense?");
    }

    @Test
    void loadsAFileAndNamesItWhenItIsMissing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(FILE);
        Files.writeString(file, "{\"lint\": {\"rules\": {\"MissingGoal\": \"NOTE\"}}}");

        assertThat(LintConfig.load(file).severity("MissingGoal", Severity.WARNING)).contains(Severity.NOTE);
        assertThatThrownBy(() -> LintConfig.load(dir.resolve("absent.json")))
                .isInstanceOf(ConfigException.class)
                .hasMessageEndingWith("absent.json: file not found");
    }

    @Test
    void configuredInCodeLikeFromAFile() {
        LintConfig config = LintConfig.builder().severity("MissingGoal", Severity.ERROR).off("MissingContext").build();

        assertThat(config.overrides()).containsEntry("MissingGoal", Optional.of(Severity.ERROR))
                .containsEntry("MissingContext", Optional.empty());
    }
}
