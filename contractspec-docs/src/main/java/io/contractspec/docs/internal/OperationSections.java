package io.contractspec.docs.internal;

import static io.contractspec.docs.internal.CommonSections.property;
import static io.contractspec.docs.internal.CommonSections.section;
import static io.contractspec.docs.internal.CommonSections.textSection;

import io.contractspec.core.spec.Deprecation;
import io.contractspec.core.spec.EmittedEvent;
import io.contractspec.core.spec.ErrorSpec;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Pagination;
import io.contractspec.core.spec.Policy;
import io.contractspec.core.spec.SpecType;
import java.util.ArrayList;
import java.util.List;

/**
 * An operation's page, in the seed's order: title, description, metadata, Goal, Context, Emitted
 * Events; then Audit, Input, Output, Pagination (of paginated lists), Policy, Errors, Acceptance Scenarios, Examples and the
 * Source Definition.
 */
final class OperationSections {

    private OperationSections() {}

    static List<Block> of(OperationSpec operation, Catalog catalog) {
        Labels labels = catalog.labels();
        List<Block> blocks = new ArrayList<>(CommonSections.title(operation));
        blocks.add(CommonSections.metadata(operation, catalog, deprecation(operation.deprecation(), catalog)));
        blocks.addAll(textSection("goal", labels.get("section.goal"), operation.goal()));
        blocks.addAll(textSection("context", labels.get("section.context"), operation.context()));
        blocks.addAll(section(2, "emitted-events", labels.get("section.emittedEvents"), emitted(operation, catalog)));
        blocks.addAll(SurfaceSections.of(operation, catalog));
        blocks.addAll(section(2, "audit", labels.get("section.audit"), audit(operation)));
        operation.input().ifPresent(input ->
                blocks.addAll(section(2, "input", labels.get("section.input"), FieldTable.of(input, labels))));
        blocks.addAll(section(2, "output", labels.get("section.output"), FieldTable.of(operation.output(), labels)));
        operation.pagination().ifPresent(pagination -> blocks.addAll(
                section(2, "pagination", labels.get("section.pagination"), List.of(pagination(pagination, labels)))));
        blocks.addAll(section(2, "policy", labels.get("section.policy"), List.of(policy(operation.policy(), labels))));
        blocks.addAll(section(2, "errors", labels.get("section.errors"), errors(operation, labels)));
        blocks.addAll(AcceptanceSections.scenarios(operation.scenarios(), labels));
        blocks.addAll(AcceptanceSections.examples(operation.examples(), labels));
        blocks.addAll(CommonSections.source(operation, catalog));
        return blocks;
    }

    private static List<Block.Property> deprecation(Deprecation deprecation, Catalog catalog) {
        List<Block.Property> items = new ArrayList<>();
        deprecation.sunset().ifPresent(date -> items.add(property(catalog.labels().get("meta.sunset"), date.toString())));
        deprecation.replacedBy().ifPresent(ref -> items.add(new Block.Property(catalog.labels().get("meta.replacedBy"),
                CommonSections.versioned(catalog.link(SpecType.OPERATION, ref), ref.version(), ""))));
        return items;
    }

    private static List<Block> emitted(OperationSpec operation, Catalog catalog) {
        List<List<Inline>> items = new ArrayList<>();
        for (EmittedEvent emitted : operation.emits()) {
            items.add(CommonSections.versioned(
                    catalog.link(SpecType.EVENT, emitted.event()), emitted.event().version(), emitted.when()));
        }
        return items.isEmpty() ? List.of() : List.of(new Block.Items(items));
    }

    private static List<Block> audit(OperationSpec operation) {
        List<List<Inline>> items = operation.audit().stream().map(key -> List.of(Inline.code(key))).toList();
        return items.isEmpty() ? List.of() : List.of(new Block.Items(items));
    }

    private static Block.Properties pagination(Pagination pagination, Labels labels) {
        return new Block.Properties(List.of(
                new Block.Property(labels.get("pagination.inputToken"), List.of(Inline.code(pagination.inputToken()))),
                new Block.Property(labels.get("pagination.outputToken"), List.of(Inline.code(pagination.outputToken()))),
                new Block.Property(labels.get("pagination.pageSize"), List.of(Inline.code(pagination.pageSize()))),
                new Block.Property(labels.get("pagination.items"), List.of(Inline.code(pagination.items())))));
    }

    private static Block.Properties policy(Policy policy, Labels labels) {
        List<Block.Property> items = new ArrayList<>();
        items.add(property(labels.get("policy.auth"), policy.auth().wireName()));
        addList(items, labels.get("policy.roles"), policy.roles());
        addList(items, labels.get("policy.anyRole"), policy.anyRole());
        addList(items, labels.get("policy.permissions"), policy.permissions());
        addList(items, labels.get("policy.anyPermission"), policy.anyPermission());
        addList(items, labels.get("policy.flags"), policy.flags());
        policy.rateLimit().ifPresent(limit -> items.add(property(labels.get("policy.rateLimit"),
                labels.format("policy.rateLimit.value", Integer.toString(limit.rpm()), limit.scope().wireName()))));
        items.add(property(labels.get("policy.idempotent"), labels.yesNo(policy.idempotent())));
        addList(items, labels.get("policy.pii"), policy.pii());
        return new Block.Properties(items);
    }

    private static void addList(List<Block.Property> items, String label, List<String> values) {
        if (!values.isEmpty()) {
            items.add(property(label, String.join(", ", values)));
        }
    }

    private static List<Block> errors(OperationSpec operation, Labels labels) {
        List<List<List<Inline>>> rows = new ArrayList<>();
        for (ErrorSpec error : operation.errors()) {
            rows.add(List.of(List.of(Inline.code(error.code())), List.of(Inline.text(Integer.toString(error.status()))),
                    List.of(Inline.text(error.when()))));
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        return List.of(new Block.Table(
                List.of(labels.get("error.code"), labels.get("error.status"), labels.get("error.when")), rows));
    }
}
