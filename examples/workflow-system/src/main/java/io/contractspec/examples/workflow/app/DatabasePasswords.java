package io.contractspec.examples.workflow.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the password of a shared database comes from, first found wins: {@code --db-password}, the
 * first line of {@code --db-password-file}, the environment variable {@value #ENVIRONMENT_VARIABLE}.
 * A file or the environment keeps the password out of the process list and the shell history.
 */
final class DatabasePasswords {

    static final String ENVIRONMENT_VARIABLE = "WORKFLOW_DB_PASSWORD";

    private DatabasePasswords() {}

    static Optional<String> resolve(String option, Path file, Map<String, String> environment) throws IOException {
        if (option != null && file != null) {
            throw new IllegalArgumentException("give --db-password or --db-password-file, not both");
        }
        if (option != null) {
            return Optional.of(option);
        }
        if (file != null) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("--db-password-file: no file " + file);
            }
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse(""));
        }
        return Optional.ofNullable(environment.get(ENVIRONMENT_VARIABLE));
    }
}
