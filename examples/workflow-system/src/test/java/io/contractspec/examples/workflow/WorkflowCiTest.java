package io.contractspec.examples.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.cli.ContractSpecCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code contractspec ci} on this module, as CI runs it: it passes on the compiled contracts and on
 * the committed snapshot (drift included), and edited copies of the snapshot fail with the rule ids
 * of their breaking changes.
 */
class WorkflowCiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path LOCK = Path.of("contracts.lock.json");

    @TempDir
    Path temp;

    @Test
    void passesOnTheCompiledContracts() {
        Run run = ci("--classpath", Path.of("target", "classes").toString(), "--baseline", LOCK.toString());
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out()).contains("drift             passed  committed contracts.lock.json and generated/ against the contracts");
    }

    @Test
    void passesOnTheCommittedSnapshot() {
        Run run = ci("--snapshot", LOCK.toString());
        assertThat(run.exit()).as(run.out()).isZero();
    }

    static Stream<Arguments> breakingEdits() {
        return Stream.of(
                Arguments.of("remove an operation", edit(document -> remove((ArrayNode) document.get("operations"), "workflow.instance.cancel")),
                        List.of("RemovedOperation", "RemovedWithoutDeprecation")),
                Arguments.of("add a required input field", edit(document -> ((ArrayNode) operation(document, "workflow.instance.pause")
                        .at("/io/input/fields")).addObject().put("array", false).put("description", "Why.").put("name", "ticket")
                        .put("nullable", false).put("optional", false).putObject("type").put("kind", "scalar").put("name", "ID")),
                        List.of("AddedRequiredInputField")),
                Arguments.of("tighten auth", edit(document -> ((ObjectNode) operation(document, "workflow.instance.get").get("policy"))
                        .put("auth", "admin")), List.of("TightenedAuth")),
                Arguments.of("change a route", edit(document -> ((ObjectNode) operation(document, "workflow.instance.resume")
                        .at("/transport/rest")).put("path", "/workflow/instances/{instanceId}/continue")), List.of("ChangedRestRoute")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakingEdits")
    void failsWithTheRuleIdsOfABreakingEdit(String name, Consumer<ObjectNode> edit, List<String> ruleIds) throws IOException {
        ObjectNode document = (ObjectNode) JSON.readTree(LOCK.toFile());
        edit.accept(document);
        Path candidate = temp.resolve("candidate.json");
        JSON.writeValue(candidate.toFile(), document);
        Run run = ci("--snapshot", candidate.toString(), "--baseline", LOCK.toString(), "--no-drift", "--format", "json");
        assertThat(run.exit()).as(run.out()).isEqualTo(1);
        JsonNode report = JSON.readTree(run.out());
        JsonNode breaking = report.get("stages").get(3);
        assertThat(breaking.get("name").asText()).isEqualTo("breaking-changes");
        assertThat(breaking.get("findings").findValuesAsText("id")).containsAll(ruleIds);
    }

    private static Consumer<ObjectNode> edit(Consumer<ObjectNode> edit) {
        return edit;
    }

    private static ObjectNode operation(ObjectNode document, String key) {
        for (JsonNode operation : document.get("operations")) {
            if (operation.get("key").asText().equals(key)) {
                return (ObjectNode) operation;
            }
        }
        throw new AssertionError("no operation " + key);
    }

    private static void remove(ArrayNode entries, String key) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).get("key").asText().equals(key)) {
                entries.remove(i);
                return;
            }
        }
        throw new AssertionError("no entry " + key);
    }

    private static Run ci(String... args) {
        StringWriter out = new StringWriter();
        CommandLine commandLine = ContractSpecCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(out, true));
        String[] all = Stream.concat(Stream.of("ci", "--project-root", "."), Stream.of(args)).toArray(String[]::new);
        return new Run(commandLine.execute(all), out.toString());
    }

    private record Run(int exit, String out) {}
}
