package io.contractspec.examples.workflow.instance;

import io.contractspec.schema.Description;

/** Where a timeline entry comes from. */
public enum TimelineEntryKind {
    @Description("A command someone ran on the instance: who, on whose behalf, with which input.")
    AUDIT,
    @Description("Something that happened to the instance, e.g. it entered a step.")
    EVENT
}
