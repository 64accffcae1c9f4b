package io.contractspec.examples.workflow.engine;

import static io.contractspec.examples.workflow.engine.TestWorkflow.MANAGER;
import static io.contractspec.examples.workflow.engine.TestWorkflow.REQUESTER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.result.Problem;
import io.contractspec.runtime.Principal;
import io.contractspec.schema.Diagnostic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Keyset pagination of the lists: cursors, capped totals, and what a cursor may not be used for. */
class ListPagingTest {

    private final TestWorkflow workflow = TestWorkflow.h2();
    private final Designs designs = new Designs(workflow);

    @AfterEach
    void close() {
        workflow.close();
    }

    private String start() {
        return workflow.call(REQUESTER, "workflow.instance.start", "{workflowKey: 'expense-approval'}").get("id").asText();
    }

    private ObjectNode page(String input) {
        return workflow.call(REQUESTER, "workflow.instance.list", input);
    }

    private static List<String> ids(JsonNode page, String items) {
        List<String> ids = new ArrayList<>();
        page.get(items).forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    @Test
    void followingCursorsWhileOthersStartInstancesSkipsNothingAndRepeatsNothing() {
        designs.expenseApproval();
        List<String> existing = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            existing.add(0, start());
            // Every other instance shares its creation instant with the previous one: ties are broken by id.
            workflow.clock.advance(Duration.ofSeconds(i % 2));
        }
        List<String> seen = new ArrayList<>();
        ObjectNode page = page("{limit: 3}");
        while (true) {
            seen.addAll(ids(page, "instances"));
            start();
            start();
            if (!page.has("nextCursor")) {
                break;
            }
            page = page("{limit: 3, cursor: '" + page.get("nextCursor").asText() + "'}");
        }

        // Newest first: instances started while paging are newer than the cursor and not part of this walk.
        List<String> newestFirst = workflow.call(REQUESTER, "workflow.instance.list", "{limit: 100}").get("instances")
                .findValuesAsText("id");
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(existing);
        assertThat(seen).isEqualTo(newestFirst.stream().filter(existing::contains).toList());
    }

    @Test
    void theLastPageHasNoCursorAndTheTotalIsExactBelowTheCap() {
        designs.expenseApproval();
        start();
        start();

        ObjectNode first = page("{limit: 1}");
        assertThat(first.get("total").asInt()).isEqualTo(2);
        assertThat(first.get("totalCapped").asBoolean()).isFalse();
        ObjectNode last = page("{limit: 1, cursor: '" + first.get("nextCursor").asText() + "'}");
        assertThat(last.has("nextCursor")).isFalse();
        assertThat(ids(last, "instances")).doesNotContainAnyElementsOf(ids(first, "instances"));
    }

    @Test
    void aTamperedCursorIsA422NamingTheCursor() {
        designs.expenseApproval();
        start();
        start();
        String cursor = page("{limit: 1}").get("nextCursor").asText();
        String tampered = cursor.substring(0, 5) + (cursor.charAt(5) == 'A' ? 'B' : 'A') + cursor.substring(6);

        Problem problem = workflow.fail(REQUESTER, "workflow.instance.list", "{limit: 1, cursor: '" + tampered + "'}");

        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.issues()).extracting(Diagnostic::path).containsExactly("cursor");
    }

    @Test
    void aCursorUsedWithOtherFiltersOrAnotherCallerIsA422() {
        designs.expenseApproval();
        start();
        start();
        String cursor = page("{limit: 1}").get("nextCursor").asText();

        Problem otherFilter = workflow.fail(REQUESTER, "workflow.instance.list",
                "{limit: 1, status: 'waiting', cursor: '" + cursor + "'}");
        assertThat(otherFilter.status()).isEqualTo(422);
        assertThat(otherFilter.issues()).extracting(Diagnostic::id).containsExactly("cursor_filters_changed");

        Principal outsider = Principal.of("u-admin", "org_other", "workflow.admin");
        assertThat(workflow.fail(outsider, "workflow.instance.list", "{limit: 1, cursor: '" + cursor + "'}").status())
                .isEqualTo(422);
    }

    @Test
    void aCursorCannotBeCombinedWithAnOffset() {
        designs.expenseApproval();
        start();
        start();
        String cursor = page("{limit: 1}").get("nextCursor").asText();

        Problem problem = workflow.fail(REQUESTER, "workflow.instance.list", "{offset: 1, cursor: '" + cursor + "'}");

        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.issues()).extracting(Diagnostic::path).containsExactly("offset");
    }

    @Test
    void definitionsAndTheInboxPageByCursorToo() {
        for (String key : List.of("a-flow", "b-flow", "c-flow")) {
            designs.publish(key, "{key: 'done', name: 'Done', type: 'end', transitions: {}}");
        }
        List<String> names = new ArrayList<>();
        ObjectNode page = workflow.call(TestWorkflow.ADMIN, "workflow.definition.list", "{limit: 2}");
        names.addAll(page.get("workflows").findValuesAsText("key"));
        page = workflow.call(TestWorkflow.ADMIN, "workflow.definition.list",
                "{limit: 2, cursor: '" + page.get("nextCursor").asText() + "'}");
        names.addAll(page.get("workflows").findValuesAsText("key"));
        assertThat(names).containsExactly("a-flow", "b-flow", "c-flow");
        assertThat(page.has("nextCursor")).isFalse();

        designs.expenseApproval();
        for (int i = 0; i < 3; i++) {
            start();
        }
        ObjectNode inbox = workflow.call(MANAGER, "workflow.approval.list.mine", "{limit: 2}");
        ObjectNode rest = workflow.call(MANAGER, "workflow.approval.list.mine",
                "{limit: 2, cursor: '" + inbox.get("nextCursor").asText() + "'}");
        assertThat(ids(inbox, "requests").size() + ids(rest, "requests").size()).isEqualTo(3);
        assertThat(ids(rest, "requests")).doesNotContainAnyElementsOf(ids(inbox, "requests"));
        // The inbox depends on who asks: another approver cannot continue the manager's walk.
        Principal otherManager = Principal.of("u-manager-2", TestWorkflow.ORG, "manager");
        assertThat(workflow.fail(otherManager, "workflow.approval.list.mine",
                "{limit: 2, cursor: '" + inbox.get("nextCursor").asText() + "'}").status()).isEqualTo(422);
    }
}
