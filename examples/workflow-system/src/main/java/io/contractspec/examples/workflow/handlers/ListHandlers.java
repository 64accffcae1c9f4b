package io.contractspec.examples.workflow.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.result.ContractException;
import io.contractspec.core.result.StandardCode;
import io.contractspec.examples.workflow.approval.RequestStatus;
import io.contractspec.examples.workflow.definition.DefinitionStatus;
import io.contractspec.examples.workflow.engine.Stores;
import io.contractspec.examples.workflow.instance.InstanceStatus;
import io.contractspec.examples.workflow.store.ApprovalRequestRepository;
import io.contractspec.examples.workflow.store.DefinitionRepository;
import io.contractspec.examples.workflow.store.DefinitionRow;
import io.contractspec.examples.workflow.store.InstanceRepository;
import io.contractspec.examples.workflow.store.InstanceRow;
import io.contractspec.examples.workflow.store.Page;
import io.contractspec.runtime.HandlerContext;
import io.contractspec.runtime.Principal;
import io.contractspec.runtime.pagination.CursorCodec;
import io.contractspec.schema.Diagnostic;
import java.util.List;
import java.util.function.Function;

/**
 * The three list queries. Each reads one page by keyset: the cursor a client sends carries the
 * position after the previous page's last row and the filters it was issued for (signed, so it can
 * be neither forged nor reused with other filters), and the page carries the cursor of the next.
 */
final class ListHandlers {

    private final Stores stores;
    private final CursorCodec cursors;

    ListHandlers(Stores stores, CursorCodec cursors) {
        this.stores = stores;
        this.cursors = cursors;
    }

    JsonNode instances(JsonNode input, HandlerContext context) {
        String status = Wire.text(input, "status");
        InstanceRepository.Filter filter = new InstanceRepository.Filter(Wire.text(input, "workflowKey"),
                status == null ? null : InstanceStatus.of(status), Wire.text(input, "referenceType"),
                Wire.text(input, "referenceId"), Wire.text(input, "triggeredBy"));
        String organization = Access.organization(context);
        String filters = CursorCodec.fingerprint("workflow.instance.list", organization, filter.workflowKey(),
                status, filter.referenceType(), filter.referenceId(), filter.triggeredBy());
        Page<InstanceRow> page = stores.instances().list(Access.connection(context), organization, filter,
                limit(input), offset(input), after(input, filters));
        ObjectNode output = Wire.JSON.createObjectNode();
        ArrayNode instances = output.putArray("instances");
        page.items().forEach(row -> instances.add(Wire.instance(row)));
        return finish(output, page, filters, InstanceRepository::position);
    }

    JsonNode definitions(JsonNode input, HandlerContext context) {
        String status = Wire.text(input, "status");
        String search = Wire.text(input, "search");
        String organization = Access.organization(context);
        String filters = CursorCodec.fingerprint("workflow.definition.list", organization, status, search);
        Page<DefinitionRow> page = stores.definitions().list(Access.connection(context), organization,
                status == null ? null : DefinitionStatus.of(status), search, limit(input), offset(input),
                after(input, filters));
        ObjectNode output = Wire.JSON.createObjectNode();
        ArrayNode workflows = output.putArray("workflows");
        page.items().forEach(row -> workflows.add(Wire.definition(row, null)));
        return finish(output, page, filters, DefinitionRepository::position);
    }

    JsonNode myApprovals(JsonNode input, HandlerContext context) {
        Principal principal = context.requirePrincipal();
        String status = Wire.text(input, "status");
        // The inbox depends on who asks: a cursor is bound to the user and roles it was issued to.
        String filters = CursorCodec.fingerprint("workflow.approval.list.mine", principal.organizationId(),
                principal.userId(), String.join(",", principal.roles().stream().sorted().toList()), status);
        ApprovalRequestRepository.Inbox inbox = stores.requests().inbox(Access.connection(context),
                principal.organizationId(), principal.userId(), principal.roles(),
                status == null ? null : RequestStatus.of(status), limit(input), offset(input), after(input, filters));
        ObjectNode output = Wire.JSON.createObjectNode();
        ArrayNode requests = output.putArray("requests");
        inbox.page().items().forEach(row -> requests.add(Wire.request(row)));
        return finish(output, inbox.page(), filters, ApprovalRequestRepository::position)
                .put("pendingCount", inbox.pendingCount());
    }

    private static int limit(JsonNode input) {
        return input.path("limit").asInt(20);
    }

    private static int offset(JsonNode input) {
        return input.path("offset").asInt(0);
    }

    /** The position to continue after; empty for the first page. */
    private List<String> after(JsonNode input, String filters) {
        String cursor = Wire.text(input, "cursor");
        if (cursor == null) {
            return List.of();
        }
        if (offset(input) > 0) {
            String message = "offset cannot be combined with cursor: the cursor already says where the page starts";
            throw new ContractException(StandardCode.VALIDATION_FAILED, "offset: " + message,
                    List.of(Diagnostic.issue("offset_with_cursor", "offset", message)));
        }
        return cursors.decode(cursor, filters, "cursor");
    }

    private <T> ObjectNode finish(ObjectNode output, Page<T> page, String filters, Function<T, List<String>> position) {
        if (page.hasMore()) {
            output.put("nextCursor", cursors.encode(filters, position.apply(page.items().get(page.items().size() - 1))));
        }
        return output.put("total", page.total()).put("totalCapped", page.capped());
    }
}
