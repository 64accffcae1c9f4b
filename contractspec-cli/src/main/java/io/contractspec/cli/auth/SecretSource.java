package io.contractspec.cli.auth;

import io.contractspec.annotations.Internal;
import io.contractspec.cli.command.UsageException;
import io.contractspec.build.load.LoadException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The HS256 secret of a project, resolved the same way by {@code serve} and {@code token}: the
 * explicit text ({@code --jwt-secret}), else the environment variable {@value #ENVIRONMENT_VARIABLE},
 * else the file {@value #FILE} in the project root, which {@code contractspec init} creates (and
 * {@code token --create-secret} creates when it is missing). A missing secret is an error that says
 * how to make one; it is never made up silently.
 */
@Internal
public final class SecretSource {

    public static final String ENVIRONMENT_VARIABLE = "CONTRACTSPEC_JWT_SECRET";
    public static final String FILE = ".contractspec/jwt-secret";
    /** HS256 needs 256 bits; the secret signs with its UTF-8 bytes. */
    public static final int MIN_BYTES = 32;

    private SecretSource() {}

    /** The secret text, or a usage error naming every way to provide one. */
    public static String resolve(String explicit, Optional<String> environment, Path projectRoot) {
        if (explicit != null) {
            return checked(explicit, "--jwt-secret");
        }
        if (environment.isPresent() && !environment.get().isBlank()) {
            return checked(environment.get().strip(), ENVIRONMENT_VARIABLE);
        }
        Path file = projectRoot.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new UsageException("no JWT secret: " + file + " does not exist and neither --jwt-secret nor "
                    + ENVIRONMENT_VARIABLE + " is set; create one with 'contractspec token --create-secret --user <id>'"
                    + " in the project root, or give the secret the server uses");
        }
        try {
            return checked(Files.readString(file, StandardCharsets.UTF_8).strip(), file.toString());
        } catch (IOException e) {
            throw new LoadException("cannot read the JWT secret " + file + ": " + e.getMessage(), e);
        }
    }

    /** Creates the project's secret file with a fresh random secret unless it exists; true when created. */
    public static boolean createIfMissing(Path projectRoot) {
        Path file = projectRoot.resolve(FILE);
        if (Files.exists(file)) {
            return false;
        }
        byte[] random = new byte[48];
        new SecureRandom().nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try {
            Path folder = file.getParent();
            Files.createDirectories(folder);
            Path temporary = folder.getFileSystem().supportedFileAttributeViews().contains("posix")
                    ? Files.createTempFile(folder, "jwt-secret", ".tmp",
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : Files.createTempFile(folder, "jwt-secret", ".tmp");
            try {
                Files.writeString(temporary, secret + "\n", StandardCharsets.UTF_8);
                Files.move(temporary, file);
                return true;
            } catch (FileAlreadyExistsException createdMeanwhile) {
                return false;
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new LoadException("cannot create the JWT secret " + file + ": " + e.getMessage(), e);
        }
    }

    private static String checked(String secret, String source) {
        if (secret.getBytes(StandardCharsets.UTF_8).length < MIN_BYTES) {
            throw new UsageException("the JWT secret from " + source + " must be at least " + MIN_BYTES + " bytes long");
        }
        return secret;
    }
}
