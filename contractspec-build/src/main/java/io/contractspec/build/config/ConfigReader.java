package io.contractspec.build.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.build.generate.Artifact;
import io.contractspec.build.load.LoadException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Typed access to dotted keys of the configuration document; a wrong kind of value names the key. */
final class ConfigReader {

    private final String file;
    private final JsonNode document;

    ConfigReader(String file, JsonNode document) {
        this.file = file;
        this.document = document;
    }

    String file() {
        return file;
    }

    Optional<String> text(String key) {
        return node(key).map(value -> {
            if (!value.isTextual() || value.asText().isBlank()) {
                throw wrong(key, "a non-empty string");
            }
            return value.asText();
        });
    }

    Optional<Boolean> bool(String key) {
        return node(key).map(value -> {
            if (!value.isBoolean()) {
                throw wrong(key, "true or false");
            }
            return value.asBoolean();
        });
    }

    /** A string or an array of strings. */
    Optional<java.util.List<String>> strings(String key) {
        return node(key).map(value -> {
            java.util.List<String> values = new java.util.ArrayList<>();
            if (value.isTextual()) {
                values.add(value.asText());
            } else if (value.isArray()) {
                for (JsonNode item : value) {
                    if (!item.isTextual() || item.asText().isBlank()) {
                        throw wrong(key, "a string or an array of non-empty strings");
                    }
                    values.add(item.asText());
                }
            } else {
                throw wrong(key, "a string or an array of non-empty strings");
            }
            return java.util.List.copyOf(values);
        });
    }

    Optional<Set<Artifact>> artifacts(String key) {
        return node(key).map(value -> {
            if (!value.isArray()) {
                throw wrong(key, "an array of artifact names");
            }
            Set<Artifact> artifacts = EnumSet.noneOf(Artifact.class);
            for (JsonNode name : value) {
                artifacts.add(Artifact.byConfigName(name.asText()).orElseThrow(() ->
                        wrong(key, "artifact names among " + java.util.List.of(Artifact.values()) + ", not '" + name.asText() + "'")));
            }
            return artifacts;
        });
    }

    private Optional<JsonNode> node(String key) {
        JsonNode node = document;
        for (String part : key.split("\\.")) {
            node = node.path(part);
        }
        return node.isMissingNode() || node.isNull() ? Optional.empty() : Optional.of(node);
    }

    private LoadException wrong(String key, String expected) {
        return new LoadException(file + ": " + key + ": expected " + expected);
    }
}
