package io.contractspec.examples.workflow.instance;

import static io.contractspec.core.Contracts.given;
import static io.contractspec.core.Contracts.json;
import static io.contractspec.core.Contracts.then;
import static io.contractspec.core.Contracts.when;
import static io.contractspec.core.spec.RestRoute.Method.GET;
import static io.contractspec.examples.workflow.instance.InstanceModels.INSTANCE_ID;
import static io.contractspec.examples.workflow.shared.WorkflowSpecs.query;
import static io.contractspec.schema.Scalar.DATE_TIME;
import static io.contractspec.schema.Scalar.ID;
import static io.contractspec.schema.Scalar.JSON_OBJECT;
import static io.contractspec.schema.Scalar.NON_EMPTY_STRING;

import io.contractspec.core.spec.OperationSpec;
import io.contractspec.examples.workflow.shared.Paging;
import io.contractspec.schema.EnumType;
import io.contractspec.schema.Field;
import io.contractspec.schema.Model;

/**
 * An instance's history: what happened to it (its events) and who did what (the audit records of
 * the commands on it, with the human an automated step acted for), oldest first.
 */
public final class InstanceTimelineQuery {

    public static final EnumType TIMELINE_ENTRY_KIND = EnumType.from("TimelineEntryKind",
            "Where a timeline entry comes from.", TimelineEntryKind.class);

    public static final Model TIMELINE_ENTRY = Model.builder("TimelineEntry")
            .description("One entry of an instance's timeline; audit records come before the events of the same instant.")
            .required("kind", TIMELINE_ENTRY_KIND, "An audit record or an event.")
            .required("id", ID, "The record's or the event's id.")
            .required("name", NON_EMPTY_STRING, "The audit action or the event key, e.g. workflow.step.entered.")
            .required("occurredAt", DATE_TIME, "When it happened.")
            .optional("actor", NON_EMPTY_STRING, "Who did it: a user, or the system for automated work.")
            .optional("onBehalfOf", NON_EMPTY_STRING, "The human whose authority automated work used.")
            .optional("operation", NON_EMPTY_STRING, "The operation an audit record comes from, key@version.")
            .optional("version", NON_EMPTY_STRING, "The event's version.")
            .optional("traceId", NON_EMPTY_STRING, "The trace of the call that caused it.")
            .optional("data", JSON_OBJECT, "The event's payload. Audit entries carry none: a command's input may hold"
                    + " what not every reader of the instance may see, e.g. an internal comment.")
            .build();

    public static final Model INSTANCE_TIMELINE = Model.builder("InstanceTimeline")
            .description("One page of an instance's timeline, oldest first.")
            .field(Field.required("entries", TIMELINE_ENTRY).array().description("The entries on this page."))
            .field(Paging.NEXT_CURSOR)
            .build();

    private static final Model INSTANCE_TIMELINE_INPUT = Model.builder("InstanceTimelineInput")
            .description("Names one workflow instance and the page of its timeline.")
            .field(INSTANCE_ID)
            .field(Paging.LIMIT)
            .field(Paging.CURSOR)
            .build();

    public static final OperationSpec INSTANCE_TIMELINE_QUERY = query("workflow.instance.timeline")
            .tags("workflow", "instance", "history")
            .description("Read a workflow instance's timeline: its events and the audit records of the commands on it.")
            .goal("See how a process got where it is: who approved, what moved it, what the system did for whom.")
            .context("The instance page's history; readable by whoever may read the instance, in its organization only.")
            .input(INSTANCE_TIMELINE_INPUT)
            .output(INSTANCE_TIMELINE)
            .error(InstanceErrors.INSTANCE_NOT_FOUND)
            .rest(GET, "/workflow/instances/{instanceId}/timeline")
            .paginated("cursor", "nextCursor", "limit", "entries")
            .scenario("timeline-after-pause", given("Instance inst-456 was paused by its starter"),
                    when("User reads its timeline"), then("The pause's audit record comes first, then the paused event"))
            .example("timeline-of-paused-instance", json("{instanceId: 'inst-456'}"),
                    json("{entries: [{kind: 'audit', name: 'workflow.instance.paused', actor: 'u-admin'},"
                            + " {kind: 'event', name: 'workflow.instance.paused', actor: 'u-admin'}]}"))
            .exampleError("timeline-of-other-organization-instance", json("{instanceId: 'inst-other-org'}"), "NOT_FOUND")
            .build();

    private InstanceTimelineQuery() {}
}
