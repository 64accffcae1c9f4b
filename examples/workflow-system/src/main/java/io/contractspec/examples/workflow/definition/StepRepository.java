package io.contractspec.examples.workflow.definition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.examples.workflow.definition.ApprovalMode;
import io.contractspec.examples.workflow.definition.StepType;
import io.contractspec.examples.workflow.store.Jdbc;
import io.contractspec.runtime.jdbc.JdbcSession;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The steps of definitions. Callers reach steps through a definition they found in their organization. */
public final class StepRepository {

    private static final String COLUMNS = "id, workflow_definition_id, step_key, name, description, step_type,"
            + " step_order, transitions, approval_mode, approver_roles, approver_user_ids, timeout_seconds,"
            + " sla_seconds, action_config";

    public void insert(JdbcSession session, StepRow row) {
        Jdbc.update(session, "INSERT INTO workflow_step (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row.id(), row.definitionId(), row.key(), row.name(), row.description(), row.type(), row.order(),
                row.transitions(), row.approvalMode(), list(row.approverRoles()), list(row.approverUserIds()),
                row.timeoutSeconds(), row.slaSeconds(), Jdbc.jsonText(row.actionConfig()));
    }

    /** The definition's steps in position order. */
    public List<StepRow> ofDefinition(JdbcSession session, String definitionId) {
        return Jdbc.query(session, "SELECT " + COLUMNS + " FROM workflow_step WHERE workflow_definition_id = ?"
                + " ORDER BY step_order, step_key", StepRepository::map, definitionId);
    }

    /** The highest position of the definition's steps, -1 without steps; +1 is left to the caller (it may overflow). */
    public long lastOrder(JdbcSession session, String definitionId) {
        return Jdbc.count(session, "SELECT COALESCE(MAX(step_order), -1) FROM workflow_step"
                + " WHERE workflow_definition_id = ?", definitionId);
    }

    private static JsonNode list(List<String> values) {
        if (values.isEmpty()) {
            return null;
        }
        ArrayNode array = Jdbc.JSON.createArrayNode();
        values.forEach(array::add);
        return array;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(value -> values.add(value.asText()));
        }
        return values;
    }

    private static StepRow map(ResultSet row) throws SQLException {
        String mode = row.getString("approval_mode");
        return new StepRow(row.getString("id"), row.getString("workflow_definition_id"), row.getString("step_key"),
                row.getString("name"), row.getString("description"), StepType.of(row.getString("step_type")),
                row.getInt("step_order"), (ObjectNode) Jdbc.json(row, "transitions"),
                mode == null ? null : ApprovalMode.of(mode), strings(Jdbc.json(row, "approver_roles")),
                strings(Jdbc.json(row, "approver_user_ids")), Jdbc.integer(row, "timeout_seconds"),
                Jdbc.integer(row, "sla_seconds"), Jdbc.json(row, "action_config"));
    }
}
