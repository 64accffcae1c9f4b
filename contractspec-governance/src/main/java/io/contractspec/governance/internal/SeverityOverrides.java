package io.contractspec.governance.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.governance.ConfigException;
import io.contractspec.schema.Severity;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Per-rule severity overrides of one configuration section, {@code {"rules": {"RuleId": "warning" | "off"}}},
 * remembering where each came from so that an unknown rule id is reported at its key.
 */
public final class SeverityOverrides {

    /** A configured value: a severity, or empty for "off". */
    private record Entry(Optional<Severity> severity, String key) {}

    private final String file;
    private final Map<String, Entry> entries;

    private SeverityOverrides(String file, Map<String, Entry> entries) {
        this.file = file;
        this.entries = Map.copyOf(entries);
    }

    public static SeverityOverrides none() {
        return new SeverityOverrides("(defaults)", Map.of());
    }

    /** Overrides set in code; {@code null} severity means off. */
    public static SeverityOverrides of(String origin, Map<String, Optional<Severity>> values) {
        Map<String, Entry> entries = new TreeMap<>();
        values.forEach((id, severity) -> entries.put(id, new Entry(severity, id)));
        return new SeverityOverrides(origin, entries);
    }

    /** Reads {@code document[section]}; an absent section means no overrides. */
    public static SeverityOverrides read(JsonNode document, String section, String file) {
        JsonNode node = document.get(section);
        if (node == null) {
            return new SeverityOverrides(file, Map.of());
        }
        requireObject(node, file, section, "an object with a \"rules\" member");
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> members = node.fields(); members.hasNext(); ) {
            Map.Entry<String, JsonNode> member = members.next();
            String key = section + "." + member.getKey();
            if (!member.getKey().equals("rules")) {
                throw new ConfigException(file, key,
                        "unknown setting (the " + section + " section has only \"rules\")");
            }
            requireObject(member.getValue(), file, key, "an object of rule id to severity");
            member.getValue().fields().forEachRemaining(rule ->
                    entries.put(rule.getKey(), entry(rule.getValue(), file, key + "." + rule.getKey())));
        }
        return new SeverityOverrides(file, entries);
    }

    private static Entry entry(JsonNode value, String file, String key) {
        String text = value.isTextual() ? value.asText().toLowerCase(Locale.ROOT) : null;
        if ("off".equals(text)) {
            return new Entry(Optional.empty(), key);
        }
        for (Severity severity : Severity.values()) {
            if (severity.wireName().equals(text)) {
                return new Entry(Optional.of(severity), key);
            }
        }
        throw new ConfigException(file, key, "unknown severity " + value
                + " (expected \"note\", \"warning\", \"danger\", \"error\" or \"off\")");
    }

    private static void requireObject(JsonNode node, String file, String key, String expected) {
        if (!node.isObject()) {
            throw new ConfigException(file, key, "expected " + expected + ", got "
                    + node.getNodeType().name().toLowerCase(Locale.ROOT));
        }
    }

    /** The severity a rule's findings get: the override, else the default; empty when turned off. */
    public Optional<Severity> severity(String ruleId, Severity defaultSeverity) {
        Entry entry = entries.get(ruleId);
        return entry == null ? Optional.of(defaultSeverity) : entry.severity();
    }

    /** The overrides, rule id to severity (empty = off), sorted by id. */
    public Map<String, Optional<Severity>> values() {
        Map<String, Optional<Severity>> values = new TreeMap<>();
        entries.forEach((id, entry) -> values.put(id, entry.severity()));
        return values;
    }

    /** Fails on the first override (in id order) whose rule id is not among the known ones. */
    public void requireKnown(Collection<String> knownIds) {
        new TreeMap<>(entries).forEach((id, entry) -> {
            if (!knownIds.contains(id)) {
                String suggestion = Suggestions.closest(id, knownIds).map(s -> "; did you mean " + s + "?").orElse("");
                throw new ConfigException(file, entry.key(), "unknown rule id" + suggestion);
            }
        });
    }

    public String file() {
        return file;
    }
}
