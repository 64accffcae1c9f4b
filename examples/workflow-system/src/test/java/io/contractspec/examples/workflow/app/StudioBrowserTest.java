package io.contractspec.examples.workflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contractspec.testing.tools.NodeTools;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Studio in the system Chromium, driven by Playwright (tools/package.json pins it and
 * axe-core): one browser run walks the expense approval, the catalog and "try it" (see
 * {@code studio/studio-flow.mjs}); the tests below check what it saw. Screenshots of every page
 * are written to {@code target/studio-screenshots}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StudioBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SHOTS = Path.of("target", "studio-screenshots");
    private static final Pattern SEED_BULLET = Pattern.compile("^\\s*•\\s*([A-Z][A-Za-z ]*):\\s*(.+)$");

    @TempDir
    static Path profile;

    private RunningApp app;
    private String instanceId;
    private String secondInstanceId;
    private JsonNode seen;

    @BeforeAll
    void walkThroughTheStudio() throws Exception {
        NodeTools.require("playwright-core");
        NodeTools.require("axe-core");
        assertThat(CHROMIUM).as("the system chromium (apt-get install -y chromium; .ci/run does)").isExecutable();
        app = RunningApp.start();
        ApiClient.Reply started = app.http.post(app.token(DemoUser.REQUESTER), "/api/workflow/instances",
                "{workflowKey: 'expense-approval', contextData: {title: 'Train ticket', amount: 120}}");
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        instanceId = started.json().get("id").asText();
        String requester = app.token(DemoUser.REQUESTER);
        secondInstanceId = app.http.post(requester, "/api/workflow/instances", "{workflowKey: 'expense-approval'}")
                .json().get("id").asText();
        NodeTools.Result run = NodeTools.runResource(StudioBrowserTest.class, "/studio/studio-flow.mjs", List.of(), Map.of(
                "BASE_URL", app.application.baseUrl(),
                "INSTANCE_ID", instanceId,
                "SECOND_INSTANCE_ID", secondInstanceId,
                "REQUESTER_TOKEN", requester,
                "MANAGER_TOKEN", app.token(DemoUser.MANAGER),
                "FINANCE_TOKEN", app.token(DemoUser.FINANCE),
                "CHROMIUM", CHROMIUM.toString(),
                "PROFILE", Files.createDirectories(profile.resolve("chromium-profile")).toString(),
                "SHOTS", SHOTS.toAbsolutePath().toString()), Duration.ofSeconds(180));
        assertThat(run.succeeded()).as(run.output()).isTrue();
        List<String> lines = run.stdout().strip().lines().toList();
        seen = new ObjectMapper().readTree(lines.get(lines.size() - 1));
        System.out.println("Studio browser run: " + seen.path("pages").size() + " pages in " + seen.path("elapsedMs").asLong() + " ms");
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void managerThenFinanceApproveFromMyApprovalsAndTheInstanceCompletes() {
        assertThat(seen.path("commentResult").asText()).contains("Comment added.", "waiting at manager-approval");
        assertThat(seen.path("managerResult").asText()).contains("Approved.", "waiting at finance-approval");
        assertThat(seen.path("watcherAfterManager").asText()).contains("finance-approval");
        assertThat(seen.path("watcherLive").asText()).as("the watching tab reads the server's event stream, not a timer")
                .isEqualTo("events");
        assertThat(seen.path("watcherTimeline").asText()).as("the timeline tells who did what, from the API")
                .contains("u-requester did workflow.instance.started", "u-manager did workflow.approval.decided",
                        "workflow.step.entered — finance-approval");
        assertThat(texts(seen.path("watcherTimelineKinds"))).as("audit records and events, oldest first")
                .startsWith("audit workflow.instance.started", "event workflow.instance.started")
                .containsSubsequence("audit workflow.approval.decided", "event workflow.step.exited",
                        "event workflow.step.entered", "event workflow.approval.decided");
        assertThat(seen.path("watcherLiveEntries").asInt()).as("the open instance page appended the decision by itself")
                .isGreaterThanOrEqualTo(4);
        assertThat(seen.path("financeResult").asText()).contains("Approved.", "completed");
        assertThat(seen.path("finalStatus").asText()).isEqualTo("completed");
        assertThat(texts(seen.path("completedInstances"))).as("the instances filtered by status").contains(instanceId);
        assertThat(app.http.get(app.token(DemoUser.REQUESTER), "/api/workflow/instances/" + instanceId).json()
                .get("status").asText()).isEqualTo("completed");
    }

    @Test
    void theStarterPausesAndResumesWhileOthersAreNotOfferedIt() {
        assertThat(seen.path("managerActions").asText()).as("the manager did not start the instance")
                .isEqualTo("Only its starter or a workflow.admin may pause, resume or cancel it.");
        assertThat(seen.path("pauseResumeTimeline").asText()).contains("u-requester did workflow.instance.paused",
                "workflow.instance.paused — manager-approval, paused", "u-requester did workflow.instance.resumed");
        assertThat(app.http.get(app.token(DemoUser.REQUESTER), "/api/workflow/instances/" + secondInstanceId).json()
                .get("status").asText()).isEqualTo("waiting");
    }

    @Test
    void resumePageShowsEverySeedFact() throws IOException {
        String text = seen.path("specText").asText();
        String seed;
        try (InputStream in = StudioBrowserTest.class.getResourceAsStream("/seed/000_7663ab029eb980ab.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> facts = new ArrayList<>();
        for (String line : seed.lines().toList()) {
            Matcher bullet = SEED_BULLET.matcher(line);
            if (bullet.matches() && !bullet.group(1).equals("File")) {
                facts.add(bullet.group(1) + ": " + bullet.group(2).strip());
            }
        }
        assertThat(facts).contains("Type: operation (command)", "Version: 1.0.0", "Stability: stable",
                "Owners: @example.workflow-system", "Tags: workflow, instance, resume");
        assertThat(text).contains(facts);
        assertThat(text).contains("workflow.instance.resume", "Resume a paused workflow instance.",
                "Goal", "Continue workflow execution.", "Context", "Administrative action.",
                "Emitted Events", "workflow.instance.resumed (v1.0.0)", "Workflow is resumed",
                "File: io/contractspec/examples/workflow/instance/InstanceOperations.java",
                "Source Definition", "PauseResumeInput");
        assertThat(text).contains("POST /api/workflow/instances/{instanceId}/resume", "workflowInstanceResume",
                "workflow_instance_resume", "resume-normal", "Issue resolved", "NOT_FOUND", "Auth", "user");
    }

    @Test
    void tryItOnResumeShowsTheIssueNextToTheFieldWithoutSending() {
        assertThat(seen.path("tryItIssue").asText()).isEqualTo("instanceId is required.");
        assertThat(seen.path("tryItInvalidField").asText()).isEqualTo("true");
        assertThat(seen.path("tryItCallsWhenInvalid").asInt()).as("an invalid input is not sent").isZero();
        assertThat(seen.path("tryItServerAnswer").asText())
                .contains("POST /api/workflow/instances/inst-missing/resume", "404", "NOT_FOUND");
    }

    @Test
    void everyPageHasNoSeriousOrCriticalAccessibilityViolation() {
        assertThat(seen.path("pages").size()).isGreaterThanOrEqualTo(12);
        for (JsonNode page : seen.path("pages")) {
            List<String> serious = new ArrayList<>();
            for (JsonNode violation : page.path("violations")) {
                if (List.of("serious", "critical").contains(violation.path("impact").asText())) {
                    serious.add(violation.toString());
                }
            }
            assertThat(serious).as(page.path("name").asText() + " " + page.path("url").asText()).isEmpty();
            assertThat(SHOTS.resolve(page.path("name").asText() + ".png")).isRegularFile();
        }
    }

    @Test
    void catalogIsKeyboardReachableSearchableAndFitsAPhone() {
        assertThat(seen.path("firstTab").asText()).isEqualTo("Skip to content");
        assertThat(texts(seen.path("searchResumeOperations"))).containsExactly("workflow.instance.resume");
        assertThat(texts(seen.path("graphSteps"))).contains("manager-approval", "finance-approval");
        assertThat(seen.path("phoneOverflow").asInt()).as("no sideways scrolling of the page on a phone: "
                + seen.path("phoneWideElements")).isLessThanOrEqualTo(0);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
