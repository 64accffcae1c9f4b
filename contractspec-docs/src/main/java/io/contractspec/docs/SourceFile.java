package io.contractspec.docs;

import io.contractspec.annotations.PublicApi;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A spec's source file as found on disk.
 *
 * @param projectPath the file relative to the project root, {@code /}-separated, e.g.
 *     {@code examples/workflow-system/src/main/java/io/contractspec/examples/workflow/instance/InstanceOperations.java}
 * @param file where to read it
 */
@PublicApi
public record SourceFile(String projectPath, Path file) {

    public SourceFile {
        Objects.requireNonNull(projectPath, "projectPath");
        Objects.requireNonNull(file, "file");
    }
}
