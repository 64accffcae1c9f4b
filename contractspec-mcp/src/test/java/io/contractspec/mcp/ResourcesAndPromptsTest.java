package io.contractspec.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResourcesAndPromptsTest {

    private NotesServer notes;
    private McpSyncClient client;

    @BeforeAll
    void start() {
        notes = new NotesServer();
        client = McpClient.sync(HttpClientStreamableHttpTransport.builder(notes.baseUrl()).endpoint("/mcp")
                        .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer u-1@org-1")).build())
                .jsonSchemaValidator(new NetworkntSchemaValidator()).requestTimeout(Duration.ofSeconds(10)).build();
        client.initialize();
    }

    @AfterAll
    void stop() {
        client.closeGracefully();
        notes.close();
    }

    @Test
    void everySpecHasAMarkdownPageAndEveryModelASchema() {
        assertThat(client.listResources().resources()).extracting(McpSchema.Resource::uri).containsExactlyInAnyOrder(
                "contractspec://specs/notes.note.create/1.0.0", "contractspec://specs/notes.note.get/1.0.0",
                "contractspec://specs/notes.note.archive/1.0.0", "contractspec://specs/notes.note.archive/2.0.0",
                "contractspec://specs/notes.note.search/1.0.0", "contractspec://specs/notes/1.0.0",
                "contractspec://snapshot", "contractspec://schemas/Note", "contractspec://schemas/CreateNoteInput",
                "contractspec://schemas/NoteIdInput");

        assertThat(read("contractspec://specs/notes.note.archive/1.0.0")).contains("notes.note.archive", "Archive a note (old).");
        assertThat(read("contractspec://schemas/CreateNoteInput")).contains("\"maxLength\":200");
        assertThat(read("contractspec://snapshot")).contains("\"notes.note.create\"");
        assertThat(client.listResourceTemplates().resourceTemplates()).extracting(McpSchema.ResourceTemplate::uriTemplate)
                .containsExactly("contractspec://specs/{key}/{version}");
    }

    @Test
    void anUnknownSpecIsNotFound() {
        assertThatThrownBy(() -> read("contractspec://specs/notes.note.delete/1.0.0"))
                .hasMessageContaining("contractspec://specs/notes.note.delete/1.0.0");
    }

    @Test
    void eachFeatureHasAPromptExplainingItsTools() {
        assertThat(client.listPrompts().prompts()).extracting(McpSchema.Prompt::name).containsExactly("notes");

        McpSchema.GetPromptResult prompt = client.getPrompt(McpSchema.GetPromptRequest.builder("notes").build());

        String text = ((McpSchema.TextContent) prompt.messages().get(0).content()).text();
        assertThat(text).contains("- notes_note_create (changes data): Create a note. Goal: Remember something. Requires: text.",
                "- notes_note_get (read-only): Read a note.", "- notes_note_archive_v2 (changes data)",
                "- find_notes (read-only)", "contractspec.io/idempotencyKey")
                .doesNotContain("Archive a note (old)");
    }

    private String read(String uri) {
        McpSchema.ReadResourceResult result = client.readResource(McpSchema.ReadResourceRequest.builder(uri).build());
        return ((McpSchema.TextResourceContents) result.contents().get(0)).text();
    }
}
