package io.contractspec.examples.workflow.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.core.Contracts;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.docs.DocsGenerator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The generated page of workflow.instance.resume states every fact of the seed page. The facts
 * are read from the seed file (see {@link SeedPage}), never retyped here, so the test follows the
 * seed and fails for each fact the page does not state.
 */
class ResumeDocsPageTest {

    private static final SeedPage SEED = SeedPage.read();
    private static final OperationSpec RESUME = WorkflowDocs.REGISTRY.operation(SEED.key()).orElseThrow();
    private static final MarkdownPage PAGE = MarkdownPage.parse(new String(
            DocsGenerator.markdown(WorkflowDocs.REGISTRY, WorkflowDocs.options())
                    .content("workflow.instances/" + SEED.key() + ".md").orElseThrow(),
            StandardCharsets.UTF_8));

    @Test
    void readsEveryKindOfFactFromTheSeed() {
        assertThat(SEED.metadata()).containsKeys("Type", "Version", "Stability", "Owners", "Tags", "File");
        assertThat(List.of(SEED.description(), SEED.goal(), SEED.context(), SEED.emittedEventsLine())).doesNotContain("");
        assertThat(SEED.input().path("fields")).isNotEmpty();
        assertThat(SEED.sideEffects().path("emits")).isNotEmpty();
        assertThat(SEED.sideEffects().path("audit")).isNotEmpty();
        assertThat(SEED.acceptance().path("scenarios")).isNotEmpty();
        assertThat(SEED.acceptance().path("examples")).isNotEmpty();
    }

    @Test
    void statesTheTitleDescriptionAndMetadataBullets() {
        SoftAssertions facts = new SoftAssertions();
        facts.assertThat(PAGE.title()).as("title").isEqualTo(SEED.key());
        facts.assertThat(PAGE.description()).as("description").isEqualTo(SEED.description());
        for (String label : List.of("Type", "Version", "Stability", "Owners", "Tags")) {
            facts.assertThat(PAGE.metadata()).as(label).contains("- " + label + ": " + SEED.metadata().get(label));
        }
        facts.assertAll();
    }

    /**
     * The seed's File is the TypeScript original's path (packages/examples/workflow-system/src/
     * instance/instance.operations.ts); ours must name our own Java file, relative to the project
     * root: the same folder and file name (instance/instance.operations → instance/InstanceOperations),
     * in the workflow-system example's sources, and the file must exist.
     */
    @Test
    void namesOurJavaFileWhereTheSeedNamesItsTypeScriptFile() {
        String[] seedFile = SEED.metadata().get("File").split("/");
        String folder = seedFile[seedFile.length - 2];
        String className = pascalCase(seedFile[seedFile.length - 1].replaceFirst("\\.ts$", ""));
        String expected = "examples/workflow-system/src/main/java/" + RESUME.source().file();
        assertThat(expected).endsWith("/" + folder + "/" + className + ".java");
        assertThat(WorkflowDocs.projectRoot().resolve(expected)).isRegularFile();
        assertThat(PAGE.metadata()).contains("- File: " + expected);
    }

    @Test
    void statesGoalContextAndTheEmittedEventLine() {
        SoftAssertions facts = new SoftAssertions();
        facts.assertThat(PAGE.section("Goal")).as("Goal").isEqualTo(SEED.goal());
        facts.assertThat(PAGE.section("Context")).as("Context").isEqualTo(SEED.context());
        facts.assertThat(PAGE.section("Emitted Events")).as("Emitted Events").contains(SEED.emittedEventsLine());
        facts.assertAll();
    }

    @Test
    void statesTheFactsOfTheSeedsSourceDefinition() {
        SoftAssertions facts = new SoftAssertions();
        JsonNode meta = SEED.meta();
        facts.assertThat(PAGE.title()).as("meta.key").isEqualTo(meta.path("key").asText());
        facts.assertThat(PAGE.metadata()).as("meta.version, stability, owners, tags").contains(
                "- Version: " + meta.path("version").asText(),
                "- Stability: " + meta.path("stability").asText(),
                "- Owners: " + String.join(", ", texts(meta.path("owners"))),
                "- Tags: " + String.join(", ", texts(meta.path("tags"))));
        facts.assertThat(PAGE.description()).as("meta.description").isEqualTo(meta.path("description").asText());
        facts.assertThat(PAGE.section("Goal")).as("meta.goal").isEqualTo(meta.path("goal").asText());
        facts.assertThat(PAGE.section("Context")).as("meta.context").isEqualTo(meta.path("context").asText());
        facts.assertThat(PAGE.section("Policy")).as("policy.auth").contains("- Auth: " + SEED.policy().path("auth").asText());
        facts.assertThat(PAGE.section("Input")).as("io.input name").contains("`" + SEED.input().path("name").asText() + "`");
        SEED.input().path("fields").fields().forEachRemaining(field -> facts.assertThat(PAGE.section("Input"))
                .as("io.input field " + field.getKey())
                .contains("| `" + field.getKey() + "` | String | "
                        + (field.getValue().path("isOptional").asBoolean() ? "no" : "yes") + " |"));
        // The original names models with a "Model" suffix (WorkflowInstanceModel); ours is WorkflowInstance.
        facts.assertThat(PAGE.section("Output")).as("io.output")
                .contains("`" + SEED.outputModel().replaceFirst("Model$", "") + "`");
        for (JsonNode emitted : SEED.sideEffects().path("emits")) {
            facts.assertThat(PAGE.section("Emitted Events")).as("sideEffects.emits")
                    .contains("`" + emitted.path("key").asText() + "` (v" + emitted.path("version").asText() + ") — "
                            + emitted.path("when").asText());
        }
        for (String action : texts(SEED.sideEffects().path("audit"))) {
            facts.assertThat(PAGE.section("Audit")).as("sideEffects.audit").contains("- `" + action + "`");
        }
        for (JsonNode scenario : SEED.acceptance().path("scenarios")) {
            facts.assertThat(PAGE.section("Acceptance Scenarios")).as("scenario " + scenario.path("key").asText())
                    .contains("### " + scenario.path("key").asText() + "\n")
                    .contains(steps(scenario, "given", "Given"))
                    .contains(steps(scenario, "when", "When"))
                    .contains(steps(scenario, "then", "Then"));
        }
        for (JsonNode example : SEED.acceptance().path("examples")) {
            String key = example.path("key").asText();
            List<JsonNode> blocks = jsonBlocks(subsection(PAGE.section("Examples"), key));
            facts.assertThat(blocks).as("example " + key + " input and output")
                    .containsExactly(example.path("input"), example.path("output"));
        }
        facts.assertAll();
    }

    /** Version, stability and owners are not in the cut: the workflow's command(...) helper sets them. */
    @Test
    void showsTheJavaDefinitionStatingTheSeedsLiterals() {
        String source = PAGE.section("Source Definition");
        assertThat(source).startsWith("```java\n").endsWith("\n```");
        assertThat(SEED.source()).contains("defineCommand(");
        SoftAssertions facts = new SoftAssertions();
        facts.assertThat(source).as("command and key").contains("command(\"" + SEED.meta().path("key").asText() + "\")");
        List<String> literals = new ArrayList<>(texts(SEED.meta().path("tags")));
        List.of("description", "goal", "context").forEach(name -> literals.add(SEED.meta().path(name).asText()));
        SEED.sideEffects().path("emits").forEach(emitted -> literals.add(emitted.path("when").asText()));
        literals.addAll(texts(SEED.sideEffects().path("audit")));
        for (JsonNode scenario : SEED.acceptance().path("scenarios")) {
            literals.add(scenario.path("key").asText());
            List.of("given", "when", "then").forEach(part -> literals.addAll(texts(scenario.path(part))));
        }
        SEED.acceptance().path("examples").forEach(example -> literals.add(example.path("key").asText()));
        literals.forEach(literal -> facts.assertThat(source).as("literal").contains("\"" + literal + "\""));
        for (JsonNode example : SEED.acceptance().path("examples")) {
            List.of(example.path("input"), example.path("output")).forEach(json -> json.forEach(value ->
                    facts.assertThat(source).as("example value").contains("'" + value.asText() + "'")));
        }
        facts.assertAll();
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static String steps(JsonNode scenario, String part, String keyword) {
        return String.join("\n", texts(scenario.path(part)).stream().map(step -> "- " + keyword + " " + step).toList());
    }

    private static String subsection(String section, String key) {
        int start = section.indexOf("### " + key + "\n");
        assertThat(start).as("### " + key).isNotNegative();
        int end = section.indexOf("\n### ", start + 1);
        return end < 0 ? section.substring(start) : section.substring(start, end);
    }

    private static List<JsonNode> jsonBlocks(String text) {
        List<JsonNode> blocks = new ArrayList<>();
        int at = text.indexOf("```json\n");
        while (at >= 0) {
            int end = text.indexOf("\n```", at);
            blocks.add(Contracts.json(text.substring(at + "```json\n".length(), end)));
            at = text.indexOf("```json\n", end);
        }
        return blocks;
    }

    private static String pascalCase(String dotted) {
        StringBuilder out = new StringBuilder();
        for (String part : dotted.split("[.-]")) {
            out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.toString();
    }
}
