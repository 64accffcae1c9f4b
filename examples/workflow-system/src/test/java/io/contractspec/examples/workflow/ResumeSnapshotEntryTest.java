package io.contractspec.examples.workflow;

import static io.contractspec.examples.workflow.Workflow.REGISTRY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.contractspec.core.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The canonical snapshot's entry for workflow.instance.resume carries every fact of the seed page
 * (seed/000_7663ab029eb980ab.txt): what tools without a classpath see must be complete.
 */
class ResumeSnapshotEntryTest {

    private static JsonNode entry;

    @BeforeAll
    static void readEntryFromTheWrittenSnapshot() throws Exception {
        JsonNode snapshot = JsonMapper.builder().build().readTree(Snapshot.write(REGISTRY));
        entry = StreamSupport.stream(snapshot.get("operations").spliterator(), false)
                .filter(operation -> operation.get("key").asText().equals("workflow.instance.resume"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void carriesTheSeedMeta() {
        assertThat(entry.get("version").asText()).isEqualTo("1.0.0");
        assertThat(entry.get("kind").asText()).isEqualTo("command");
        assertThat(entry.get("stability").asText()).isEqualTo("stable");
        assertThat(texts(entry.get("owners"))).containsExactly("@example.workflow-system");
        assertThat(texts(entry.get("tags"))).containsExactly("workflow", "instance", "resume");
        assertThat(entry.get("description").asText()).isEqualTo("Resume a paused workflow instance.");
        assertThat(entry.get("goal").asText()).isEqualTo("Continue workflow execution.");
        assertThat(entry.get("context").asText()).isEqualTo("Administrative action.");
    }

    @Test
    void carriesTheInputFieldsWithTheirOptionalityAndTheOutputModel() {
        JsonNode input = entry.at("/io/input");
        assertThat(input.get("name").asText()).isEqualTo("PauseResumeInput");
        JsonNode instanceId = input.at("/fields/0");
        assertThat(instanceId.get("name").asText()).isEqualTo("instanceId");
        assertThat(instanceId.at("/type/name").asText()).isEqualTo("String");
        assertThat(instanceId.get("optional").asBoolean()).isFalse();
        JsonNode reason = input.at("/fields/1");
        assertThat(reason.get("name").asText()).isEqualTo("reason");
        assertThat(reason.at("/type/name").asText()).isEqualTo("String");
        assertThat(reason.get("optional").asBoolean()).isTrue();
        assertThat(input.get("fields")).hasSize(2);
        assertThat(entry.at("/io/output/name").asText()).isEqualTo("WorkflowInstance");
    }

    @Test
    void carriesPolicyEventAndAudit() {
        assertThat(entry.at("/policy/auth").asText()).isEqualTo("user");
        JsonNode emitted = entry.at("/sideEffects/emits/0");
        assertThat(emitted.get("key").asText()).isEqualTo("workflow.instance.resumed");
        assertThat(emitted.get("version").asText()).isEqualTo("1.0.0");
        assertThat(emitted.get("when").asText()).isEqualTo("Workflow is resumed");
        assertThat(texts(entry.at("/sideEffects/audit"))).containsExactly("workflow.instance.resumed");
    }

    @Test
    void carriesTheScenarioAndTheResumeNormalExample() {
        JsonNode scenario = entry.at("/acceptance/scenarios/0");
        assertThat(scenario.get("key").asText()).isEqualTo("resume-workflow-happy-path");
        assertThat(texts(scenario.get("given"))).containsExactly("Workflow is paused");
        assertThat(texts(scenario.get("when"))).containsExactly("Admin resumes workflow");
        assertThat(texts(scenario.get("then"))).containsExactly("Instance status becomes RUNNING");
        JsonNode example = entry.at("/acceptance/examples/0");
        assertThat(example.get("key").asText()).isEqualTo("resume-normal");
        assertThat(example.get("input").toString()).isEqualTo("{\"instanceId\":\"inst-456\",\"reason\":\"Issue resolved\"}");
        assertThat(example.get("output").toString()).isEqualTo("{\"id\":\"inst-456\",\"status\":\"running\"}");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
