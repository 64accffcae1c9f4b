package io.contractspec.cli.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.build.sarif.RuleDescriptor;
import io.contractspec.build.sarif.SarifWriter;
import io.contractspec.schema.Diagnostic;
import io.contractspec.schema.Severity;
import io.contractspec.schema.SourceLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

class SarifWriterTest {

    private static final List<RuleDescriptor> CATALOG = List.of(
            new RuleDescriptor("RemovedOperation", Severity.ERROR, "An operation was removed."),
            new RuleDescriptor("MissingGoal", Severity.WARNING, "An operation states no goal."));

    private static final List<Diagnostic> FINDINGS = List.of(
            Diagnostic.builder().severity(Severity.ERROR).id("RemovedOperation").subject("notes.note.get@1.0.0")
                    .location(new SourceLocation("io/acme/Notes Operations.java", 42)).message("was removed").build(),
            Diagnostic.builder().severity(Severity.DANGER).id("RemovedOperation").subject("notes.note.list@1.0.0")
                    .message("was removed").hint("deprecate it first").build(),
            Diagnostic.builder().severity(Severity.WARNING).id("MissingGoal").subject("notes.note.create@1.0.0")
                    .path("goal").message("states no goal").build(),
            Diagnostic.builder().severity(Severity.NOTE).id("GeneratedFileChanged").path("docs/a.md")
                    .location(new SourceLocation("generated/docs/a.md", 0)).message("differs").build());

    @Test
    void writesALogThatValidatesAgainstTheSarif210Schema() {
        ObjectNode log = SarifWriter.toJson("1.2.3", CATALOG, FINDINGS);
        assertThat(SarifSchemaCheck.validate(log)).isEmpty();
        assertThat(SarifSchemaCheck.validate(SarifWriter.toJson("1.2.3", CATALOG, List.of()))).isEmpty();
    }

    @Test
    void theSchemaCheckCanFail() {
        ObjectNode log = SarifWriter.toJson("1.2.3", CATALOG, FINDINGS);
        ((ObjectNode) log.get("runs").get(0).get("results").get(0)).put("level", "danger");
        assertThat(SarifSchemaCheck.validate(log)).isNotEmpty();
    }

    @Test
    void listsTheCatalogAndRulesOnlyFindingsName() {
        JsonNode rules = SarifWriter.toJson("1.2.3", CATALOG, FINDINGS).at("/runs/0/tool/driver/rules");
        assertThat(rules).extracting(rule -> rule.get("id").asText())
                .containsExactly("GeneratedFileChanged", "MissingGoal", "RemovedOperation");
        assertThat(rules.get(1).at("/shortDescription/text").asText()).isEqualTo("An operation states no goal.");
        assertThat(rules.get(1).at("/defaultConfiguration/level").asText()).isEqualTo("warning");
    }

    @Test
    void mapsSeverityRuleLocationAndSpec() {
        JsonNode results = SarifWriter.toJson("1.2.3", CATALOG, FINDINGS).at("/runs/0/results");
        assertThat(results).extracting(result -> result.get("level").asText()).containsExactly("error", "error", "warning", "note");
        JsonNode first = results.get(0);
        assertThat(first.get("ruleId").asText()).isEqualTo("RemovedOperation");
        assertThat(first.get("ruleIndex").asInt()).isEqualTo(2);
        assertThat(first.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("io/acme/Notes%20Operations.java");
        assertThat(first.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(42);
        assertThat(first.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText()).isEqualTo("notes.note.get@1.0.0");
        assertThat(results.get(1).at("/properties/hint").asText()).isEqualTo("deprecate it first");
        assertThat(results.get(1).at("/locations/0/physicalLocation").isMissingNode()).isTrue();
        assertThat(results.get(2).at("/locations/0/logicalLocations/0/fullyQualifiedName").asText()).isEqualTo("notes.note.create@1.0.0#goal");
        assertThat(results.get(3).at("/locations/0/physicalLocation/region").isMissingNode()).isTrue();
    }
}
