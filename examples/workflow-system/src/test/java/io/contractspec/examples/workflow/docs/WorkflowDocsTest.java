package io.contractspec.examples.workflow.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.core.spec.Spec;
import io.contractspec.docs.DocsGenerator;
import io.contractspec.docs.GeneratedDocs;
import io.contractspec.docs.HtmlSite;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Docs for all the workflow contracts: a page each, with its Java definition, the same bytes every time. */
class WorkflowDocsTest {

    private final GeneratedDocs markdown = DocsGenerator.markdown(WorkflowDocs.REGISTRY, WorkflowDocs.options());

    @Test
    void everySpecHasAPageWithItsFileAndJavaDefinition() {
        assertThat(markdown.paths()).hasSize(WorkflowDocs.REGISTRY.all().size());
        for (String path : markdown.paths()) {
            MarkdownPage page = MarkdownPage.parse(new String(markdown.content(path).orElseThrow(), StandardCharsets.UTF_8));
            Spec spec = WorkflowDocs.REGISTRY.all().stream()
                    .filter(candidate -> candidate.key().equals(page.title()))
                    .findFirst()
                    .orElseThrow();
            String file = "examples/workflow-system/src/main/java/" + spec.source().file();
            assertThat(page.metadata()).as(path).contains("- File: " + file);
            assertThat(WorkflowDocs.projectRoot().resolve(file)).isRegularFile();
            assertThat(page.section("Source Definition")).as(path)
                    .startsWith("```java\n")
                    .contains("\"" + spec.key() + "\"")
                    .endsWith(".build();\n```");
        }
    }

    @Test
    void twoGenerationsProduceIdenticalBytes() {
        assertIdentical(markdown.toMap(), DocsGenerator.markdown(WorkflowDocs.REGISTRY, WorkflowDocs.options()).toMap());
        assertIdentical(HtmlSite.generate(WorkflowDocs.REGISTRY, WorkflowDocs.options()).toMap(),
                HtmlSite.generate(WorkflowDocs.REGISTRY, WorkflowDocs.options()).toMap());
    }

    private static void assertIdentical(Map<String, byte[]> first, Map<String, byte[]> second) {
        assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
        first.forEach((path, bytes) -> assertThat(second.get(path)).as(path).isEqualTo(bytes));
    }
}
