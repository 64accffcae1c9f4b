package io.contractspec.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.contractspec.core.Contracts;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.runtime.OperationExecutor;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolsTest {

    private final List<McpSchema.Tool> tools =
            McpSurface.create(OperationExecutor.builder(NotesContracts.registry()).build()).tools();

    @Test
    void namesFollowTheSurfaceNamesWithAVersionSuffixOnlyForSeveralMajors() {
        assertThat(tools).extracting(McpSchema.Tool::name).containsExactly(
                "notes_note_archive_v1", "notes_note_archive_v2", "notes_note_create", "notes_note_get", "find_notes");
    }

    @Test
    void hintsComeFromTheSpec() {
        McpSchema.ToolAnnotations create = tool("notes_note_create").annotations();
        assertThat(create.readOnlyHint()).isFalse();
        assertThat(create.destructiveHint()).isTrue();
        assertThat(create.idempotentHint()).isTrue();
        McpSchema.ToolAnnotations archive = tool("notes_note_archive_v2").annotations();
        assertThat(archive.idempotentHint()).isFalse();
        McpSchema.ToolAnnotations get = tool("notes_note_get").annotations();
        assertThat(get.readOnlyHint()).isTrue();
        assertThat(get.destructiveHint()).isFalse();
        assertThat(get.idempotentHint()).isTrue();
    }

    @Test
    void descriptionJoinsDescriptionGoalAndContext() {
        assertThat(tool("notes_note_create").description()).isEqualTo(
                "Create a note.\n\nGoal: Remember something.\n\nContext: Anyone signed in.\n\nCommand notes.note.create v1.0.0.");
        assertThat(tool("notes_note_create").title()).isEqualTo("notes.note.create");
    }

    @Test
    void schemasAreTheJsonSchemaProjectionAndValidDocuments() {
        McpSchema.Tool create = tool("notes_note_create");
        assertThat(create.inputSchema()).containsEntry("type", "object").containsEntry("required", List.of("text"));
        assertThat(create.outputSchema()).containsEntry("type", "object");
        assertThat(tool("find_notes").inputSchema()).containsEntry("type", "object").containsEntry("additionalProperties", false);
        NetworkntSchemaValidator validator = new NetworkntSchemaValidator();
        for (McpSchema.Tool tool : tools) {
            assertThat(validator.validateSchema(tool.inputSchema()).valid()).as(tool.name()).isTrue();
            assertThat(validator.validateSchema(tool.outputSchema()).valid()).as(tool.name()).isTrue();
        }
        assertThat(validator.validate(create.outputSchema(), Map.of("id", "n-1", "text", "milk")).valid()).isTrue();
        assertThat(validator.validate(create.outputSchema(), Map.of("id", "n-1")).valid()).isFalse();
    }

    @Test
    void collidingToolNamesAreRefused() {
        ContractRegistry clash = ContractRegistry.builder().register(NotesContracts.GET,
                Contracts.query("notes.lookup", "1.0.0").description("Look a note up.").input(NotesContracts.NOTE_ID)
                        .output(NotesContracts.NOTE).mcpTool("notes_note_get").build()).build();

        assertThatThrownBy(() -> McpSurface.create(OperationExecutor.builder(clash).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DuplicateSurfaceName").hasMessageContaining("notes_note_get");
    }

    private McpSchema.Tool tool(String name) {
        return tools.stream().filter(tool -> tool.name().equals(name)).findFirst().orElseThrow();
    }
}
