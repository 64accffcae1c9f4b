package io.contractspec.build.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.contractspec.annotations.Internal;
import io.contractspec.build.load.LoadException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds and reads {@code .contractsrc.json}; every problem is a one-line {@link LoadException}. */
@Internal
public final class ProjectConfigs {

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private ProjectConfigs() {}

    /** The explicit file if given (it must exist), else the project root's file if present, else the defaults. */
    public static ProjectConfig resolve(Path explicitFile, Path projectRoot) {
        if (explicitFile != null) {
            return read(explicitFile);
        }
        Path conventional = projectRoot.resolve(ProjectConfig.FILE_NAME);
        return Files.isRegularFile(conventional) ? read(conventional) : ProjectConfig.defaults();
    }

    public static ProjectConfig read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new LoadException("configuration file '" + file + "' does not exist");
        }
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new LoadException("configuration file '" + file + "' cannot be read: " + e.getMessage(), e);
        }
    }

    public static ProjectConfig parse(String json, String fileName) {
        JsonNode document;
        try {
            document = STRICT.readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr();
            throw new LoadException(fileName + ": malformed JSON" + where + ": " + e.getOriginalMessage(), e);
        }
        if (document == null || !document.isObject()) {
            throw new LoadException(fileName + ": expected a JSON object at the top level");
        }
        return new ProjectConfig(fileName, document, new ConfigReader(fileName, document));
    }
}
