package io.contractspec.examples.workflow.definition;

import io.contractspec.examples.workflow.definition.DefinitionStatus;
import io.contractspec.examples.workflow.shared.Paging;
import io.contractspec.examples.workflow.store.Jdbc;
import io.contractspec.examples.workflow.store.Keyset;
import io.contractspec.examples.workflow.store.Page;
import io.contractspec.runtime.jdbc.JdbcSession;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Workflow definitions, always read and written within one organization. */
public final class DefinitionRepository {

    private static final String COLUMNS = "id, organization_id, workflow_key, name, description, revision, status,"
            + " trigger_type, trigger_config, feature_flag_key, settings, initial_step_id, created_at, updated_at,"
            + " published_at, version";

    public void insert(JdbcSession session, DefinitionRow row) {
        Jdbc.update(session, "INSERT INTO workflow_definition (" + COLUMNS + ")"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row.id(), row.organizationId(), row.key(), row.name(), row.description(), row.revision(),
                row.status(), row.triggerType(), Jdbc.jsonText(row.triggerConfig()), row.featureFlagKey(),
                Jdbc.jsonText(row.settings()), row.initialStepId(), row.createdAt(), row.updatedAt(),
                row.publishedAt(), row.version());
    }

    public Optional<DefinitionRow> find(JdbcSession session, String organizationId, String id) {
        return Jdbc.queryOne(session, "SELECT " + COLUMNS + " FROM workflow_definition"
                + " WHERE id = ? AND organization_id = ?", DefinitionRepository::map, id, organizationId);
    }

    public Optional<DefinitionRow> findByKey(JdbcSession session, String organizationId, String key) {
        return Jdbc.queryOne(session, "SELECT " + COLUMNS + " FROM workflow_definition"
                + " WHERE organization_id = ? AND workflow_key = ?", DefinitionRepository::map, organizationId, key);
    }

    public boolean keyExists(JdbcSession session, String organizationId, String key) {
        return Jdbc.count(session, "SELECT COUNT(*) FROM workflow_definition WHERE organization_id = ?"
                + " AND workflow_key = ?", organizationId, key) > 0;
    }

    /** Writes the row's settings and status if nobody changed it since it was read; the stored version moves on. */
    public DefinitionRow update(JdbcSession session, DefinitionRow row) {
        Jdbc.updateVersioned(session, "workflow definition " + row.id(), "UPDATE workflow_definition SET name = ?,"
                        + " description = ?, status = ?, trigger_type = ?, trigger_config = ?, feature_flag_key = ?,"
                        + " settings = ?, initial_step_id = ?, updated_at = ?, published_at = ?, version = version + 1"
                        + " WHERE id = ? AND organization_id = ? AND version = ?",
                row.name(), row.description(), row.status(), row.triggerType(), Jdbc.jsonText(row.triggerConfig()),
                row.featureFlagKey(), Jdbc.jsonText(row.settings()), row.initialStepId(), row.updatedAt(),
                row.publishedAt(), row.id(), row.organizationId(), row.version());
        return new DefinitionRow(row.id(), row.organizationId(), row.key(), row.name(), row.description(),
                row.revision(), row.status(), row.triggerType(), row.triggerConfig(), row.featureFlagKey(),
                row.settings(), row.initialStepId(), row.createdAt(), row.updatedAt(), row.publishedAt(),
                row.version() + 1);
    }

    /** Records who published the definition and the roles they held: the authority its action steps run with. */
    public void recordPublisher(JdbcSession session, String definitionId, String userId, Set<String> roles) {
        var array = Jdbc.JSON.createArrayNode();
        roles.stream().sorted().forEach(array::add);
        Jdbc.update(session, "UPDATE workflow_definition SET published_by = ?, publisher_roles = ? WHERE id = ?",
                userId, Jdbc.jsonText(array), definitionId);
    }

    /** Who published the definition, with the roles they held then; empty for a definition never published. */
    public Optional<Publisher> publisher(JdbcSession session, String definitionId) {
        return Jdbc.queryOne(session, "SELECT published_by, publisher_roles FROM workflow_definition WHERE id = ?"
                        + " AND published_by IS NOT NULL", row -> {
                    Set<String> roles = new TreeSet<>();
                    Jdbc.json(row, "publisher_roles").forEach(role -> roles.add(role.asText()));
                    return new Publisher(row.getString("published_by"), roles);
                }, definitionId);
    }

    /** The human whose authority a definition's action steps use. */
    public record Publisher(String userId, Set<String> roles) {
        public Publisher {
            roles = Set.copyOf(roles);
        }
    }

    /**
     * One page of an organization's definitions, ordered by name, after the position of a previous
     * page's last row ({@code [name, id]}; empty for the first page) or after {@code offset} rows.
     */
    public Page<DefinitionRow> list(JdbcSession session, String organizationId, DefinitionStatus status,
            String search, int limit, int offset, List<String> after) {
        StringBuilder where = new StringBuilder(" WHERE organization_id = ?");
        List<Object> parameters = new ArrayList<>(List.of(organizationId));
        if (status != null) {
            where.append(" AND status = ?");
            parameters.add(status);
        }
        if (search != null) {
            where.append(" AND (LOWER(name) LIKE ? OR LOWER(workflow_key) LIKE ?)");
            String pattern = "%" + search.toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%";
            parameters.add(pattern);
            parameters.add(pattern);
        }
        long counted = Keyset.cappedCount(session, "workflow_definition", where.toString(), parameters);
        if (!after.isEmpty()) {
            Keyset.after(where, parameters, "name", false, after.get(0), after.get(1));
        }
        parameters.add(limit + 1);
        parameters.add(offset);
        List<DefinitionRow> rows = Jdbc.query(session, "SELECT " + COLUMNS + " FROM workflow_definition" + where
                + " ORDER BY name, id LIMIT ? OFFSET ?", DefinitionRepository::map, parameters.toArray());
        return Page.of(rows, limit, counted, Paging.TOTAL_CAP);
    }

    /** Where a page after this row starts: {@code [name, id]}. */
    public static List<String> position(DefinitionRow row) {
        return List.of(row.name(), row.id());
    }

    private static DefinitionRow map(ResultSet row) throws SQLException {
        return new DefinitionRow(row.getString("id"), row.getString("organization_id"), row.getString("workflow_key"),
                row.getString("name"), row.getString("description"), row.getInt("revision"),
                DefinitionStatus.of(row.getString("status")), row.getString("trigger_type"),
                Jdbc.json(row, "trigger_config"), row.getString("feature_flag_key"), Jdbc.json(row, "settings"),
                row.getString("initial_step_id"), Jdbc.instant(row, "created_at"), Jdbc.instant(row, "updated_at"),
                Jdbc.instant(row, "published_at"), row.getLong("version"));
    }
}
