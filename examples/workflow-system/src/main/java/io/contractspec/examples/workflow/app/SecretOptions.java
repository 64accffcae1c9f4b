package io.contractspec.examples.workflow.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options that locate the data directory and the JWT secret, shared by the server and {@code token}. */
final class SecretOptions {

    @Option(names = "--data", paramLabel = "<dir>", defaultValue = "./data",
            description = "Data directory: the embedded database and the generated JWT secret (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--jwt-secret", paramLabel = "<text>",
            description = "HS256 signing secret, at least 32 bytes (default: the environment variable "
                    + JwtSecrets.ENVIRONMENT_VARIABLE + ", else <data>/" + JwtSecrets.FILE_NAME
                    + ", generated on first use).")
    String jwtSecret;

    /** The secret, resolved as {@link JwtSecrets#resolve} describes. */
    String resolve(Map<String, String> environment) throws IOException {
        return JwtSecrets.resolve(jwtSecret, Optional.ofNullable(environment.get(JwtSecrets.ENVIRONMENT_VARIABLE)),
                dataDir);
    }
}
