package io.contractspec.governance.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.annotations.PublicApi;
import io.contractspec.governance.diff.ChangeLevel;
import java.io.UncheckedIOException;
import java.util.Locale;

/** How a {@link RuleTable} is written: plain text for a terminal, JSON for tools, Markdown for the docs. */
@PublicApi
public enum RuleTableFormat {
    /** A section per kind; per rule a line with severity, level and id, then what it finds and why. */
    TEXT {
        @Override
        public String render(RuleTable table) {
            StringBuilder out = new StringBuilder();
            for (RuleRow.Kind kind : RuleRow.Kind.values()) {
                out.append(kind.title()).append('\n');
                for (RuleRow row : table.rows(kind)) {
                    out.append(String.format(Locale.ROOT, "  %-8s %-10s %s\n", row.severity(),
                            row.level().map(ChangeLevel::wireName).orElse(""), row.id()));
                    out.append("      ").append(row.summary()).append('\n');
                    if (!row.rationale().isEmpty()) {
                        out.append("      Why: ").append(row.rationale()).append('\n');
                    }
                }
                out.append('\n');
            }
            return out.toString();
        }
    },

    /** An array of {@code {kind, id, level?, severity, majorVersionRequired?, summary, rationale}}. */
    JSON {
        @Override
        public String render(RuleTable table) {
            ArrayNode rules = JsonNodeFactory.instance.arrayNode();
            for (RuleRow row : table.rows()) {
                ObjectNode node = rules.addObject().put("kind", row.kind().wireName()).put("id", row.id());
                row.level().ifPresent(level -> node.put("level", level.wireName()));
                node.put("severity", row.severity().name().toLowerCase(Locale.ROOT));
                if (row.kind() == RuleRow.Kind.BREAKING_CHANGE) {
                    node.put("majorVersionRequired", row.requiresMajorVersion());
                }
                node.put("summary", row.summary()).put("rationale", row.rationale());
            }
            try {
                return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                        .writeValueAsString(rules) + "\n";
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
    },

    /** The page committed as {@code RULES.md}: how levels work, then one table per kind. */
    MARKDOWN {
        @Override
        public String render(RuleTable table) {
            return MarkdownRuleTable.render(table);
        }
    };

    public abstract String render(RuleTable table);
}
