package io.contractspec.examples.workflow.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Spec;
import io.contractspec.docs.HtmlSite;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workflow docs site, opened from file:// in headless Chromium. Skipped when chromium is not
 * installed. The site stays in target/docs-site and the screenshots in target/docs-screenshots.
 */
@Timeout(300)
class DocsSiteBrowserTest {

    private static final Path SITE = Path.of("target", "docs-site");
    private static final Path SCREENSHOTS = Path.of("target", "docs-screenshots");
    private static final Pattern SPEC_ITEM = Pattern.compile("<li class=\"spec\"([^>]*)>");
    private static final Pattern RESULT_LINK = Pattern.compile("<li class=\"result\"><a href=\"([^\"]+)\"><code>([^<]+)</code>");

    @TempDir
    static Path browserWork;

    private static HeadlessChromium chromium;

    @BeforeAll
    static void generateSiteAndFindChromium() throws Exception {
        Optional<HeadlessChromium> found = HeadlessChromium.find(browserWork);
        assumeTrue(found.isPresent(), "chromium is not installed (apt-get install -y chromium): skipping the browser checks");
        chromium = found.get();
        HtmlSite.generate(WorkflowDocs.REGISTRY, WorkflowDocs.options()).writeTo(SITE);
    }

    @Test
    void theIndexListsAllNineteenWorkflowOperations() throws Exception {
        String dom = chromium.dumpDom(page("index.html"));
        String byFeature = dom.substring(dom.indexOf("id=\"by-feature\""), dom.indexOf("id=\"by-domain\""));
        List<String> operations = new ArrayList<>();
        Matcher item = SPEC_ITEM.matcher(byFeature);
        while (item.find()) {
            assertThat(item.group(1)).as("no spec is hidden without a filter").doesNotContain(" hidden");
            if (item.group(1).contains("data-type=\"operation\"")) {
                operations.add(attribute(item.group(1), "data-key"));
            }
        }
        assertThat(operations).hasSize(19)
                .containsExactlyInAnyOrderElementsOf(WorkflowDocs.REGISTRY.operations().stream().map(Spec::key).toList());
        chromium.screenshot(page("index.html"), SCREENSHOTS.resolve("index.png"), 1200, 1600);
    }

    @Test
    void searchingResumeFindsTheResumePage() throws Exception {
        String dom = chromium.dumpDom(URI.create(page("search.html") + "?q=resume"));
        List<String> hits = new ArrayList<>();
        Matcher result = RESULT_LINK.matcher(dom);
        while (result.find()) {
            hits.add(result.group(2) + " " + result.group(1));
        }
        assertThat(hits).first().isEqualTo("workflow.instance.resume workflow.instances/workflow.instance.resume.html");
        assertThat(text(dom)).contains(hits.size() + " results for “resume”");
        assertThat(SITE.resolve("workflow.instances/workflow.instance.resume.html")).isRegularFile();
        chromium.screenshot(URI.create(page("search.html") + "?q=resume"), SCREENSHOTS.resolve("search.png"), 1200, 900);
    }

    @Test
    void filteringTheIndexByTagLeavesOnlyTaggedSpecs() throws Exception {
        String dom = chromium.dumpDom(URI.create(page("index.html") + "?tag=resume"));
        List<String> visible = new ArrayList<>();
        Matcher item = SPEC_ITEM.matcher(dom);
        while (item.find()) {
            if (!item.group(1).contains(" hidden")) {
                visible.add(attribute(item.group(1), "data-key"));
            }
        }
        assertThat(visible).isNotEmpty().containsOnly("workflow.instance.resume");
    }

    @Test
    void theResumePageShowsItsMetadata() throws Exception {
        OperationSpec resume = WorkflowDocs.REGISTRY.operation("workflow.instance.resume").orElseThrow();
        URI page = page("workflow.instances/workflow.instance.resume.html");
        String text = text(chromium.dumpDom(page));
        assertThat(text).contains(
                "workflow.instance.resume Resume a paused workflow instance.",
                "Type: operation (command)",
                "Version: 1.0.0",
                "Stability: stable",
                "Owners: @example.workflow-system",
                "Tags: workflow, instance, resume",
                "File: examples/workflow-system/src/main/java/" + resume.source().file(),
                "Goal Continue workflow execution.",
                "Context Administrative action.",
                "Emitted Events workflow.instance.resumed (v1.0.0) — Workflow is resumed",
                "Source Definition");
        Path png = SCREENSHOTS.resolve("resume.png");
        chromium.screenshot(page, png, 1200, 1600);
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes.length).isGreaterThan(10_000);
        assertThat(new String(bytes, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }

    private static URI page(String path) {
        return SITE.resolve(path).toAbsolutePath().toUri();
    }

    private static String attribute(String attributes, String name) {
        Matcher value = Pattern.compile(name + "=\"([^\"]*)\"").matcher(attributes);
        assertThat(value.find()).as(name + " in " + attributes).isTrue();
        return value.group(1);
    }

    /** The visible text of a DOM dump: no head, scripts or tags, entities decoded, spaces collapsed. */
    private static String text(String dom) {
        String body = dom.replaceAll("(?s)<head>.*?</head>|<script[^>]*>.*?</script>", " ");
        return body.replaceAll("<[^>]+>", " ")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&")
                .replaceAll("\\s+", " ");
    }
}
