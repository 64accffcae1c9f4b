package io.contractspec.governance.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.contractspec.governance.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads {@code .contractsrc.json}: strict JSON (no duplicate keys) whose top level is an object.
 * Each tool reads its own section and ignores the others, so sections can be added without
 * breaking older readers.
 */
public final class ContractsRc {

    /** The conventional file name, looked up in the project root. */
    public static final String FILE_NAME = ".contractsrc.json";

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private ContractsRc() {}

    public static JsonNode read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file.toString(), "", "file not found", e);
        } catch (IOException e) {
            throw new ConfigException(file.toString(), "", "cannot be read: " + e.getMessage(), e);
        }
        return parse(text, file.toString());
    }

    public static JsonNode parse(String json, String fileName) {
        JsonNode document;
        try {
            document = json.isBlank() ? JsonNodeFactory.instance.objectNode() : MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr();
            throw new ConfigException(fileName, "", "malformed JSON" + where + ": " + e.getOriginalMessage(), e);
        }
        if (!document.isObject()) {
            throw new ConfigException(fileName, "", "expected a JSON object at the top level, got "
                    + document.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        return document;
    }
}
