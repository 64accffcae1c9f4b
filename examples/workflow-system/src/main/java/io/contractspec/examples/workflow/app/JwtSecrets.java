package io.contractspec.examples.workflow.app;

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
 * Where the HS256 signing secret comes from, the same way for the server and the {@code token}
 * command: {@code --jwt-secret}, else the environment variable {@value #ENVIRONMENT_VARIABLE},
 * else the file {@value #FILE_NAME} in the data directory, generated on first use (readable by its
 * owner only where the file system supports POSIX permissions) and reused afterwards.
 */
public final class JwtSecrets {

    public static final String ENVIRONMENT_VARIABLE = "WORKFLOW_JWT_SECRET";
    public static final String FILE_NAME = "jwt-secret";

    /** HS256 needs 256 bits; a secret is text and signs with its UTF-8 bytes. */
    static final int MIN_BYTES = 32;
    private static final int GENERATED_BYTES = 48;

    private JwtSecrets() {}

    /** The secret text: the explicit one, the environment's, or the data directory's (created if absent). */
    public static String resolve(String explicit, Optional<String> environment, Path dataDir) throws IOException {
        if (explicit != null) {
            return checked(explicit, "--jwt-secret");
        }
        if (environment.isPresent() && !environment.get().isBlank()) {
            return checked(environment.get(), ENVIRONMENT_VARIABLE);
        }
        return fromFile(dataDir.resolve(FILE_NAME));
    }

    /**
     * A key for another purpose derived from the secret (HMAC-SHA256 of the purpose), so nodes that
     * share the JWT secret share it too without a second secret to distribute.
     */
    public static byte[] derive(String secret, String purpose) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(bytes(secret), "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** The bytes a secret signs and verifies with. */
    public static byte[] bytes(String secret) {
        return secret.getBytes(StandardCharsets.UTF_8);
    }

    private static String checked(String secret, String source) {
        if (bytes(secret).length < MIN_BYTES) {
            throw new IllegalArgumentException("the JWT secret from " + source + " must be at least " + MIN_BYTES
                    + " bytes long");
        }
        return secret;
    }

    private static String fromFile(Path file) throws IOException {
        if (!Files.exists(file)) {
            create(file);
        }
        return checked(Files.readString(file, StandardCharsets.UTF_8).strip(), file.toString());
    }

    /** Writes a fresh secret to a private temporary file, then renames it into place. */
    private static void create(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        byte[] random = new byte[GENERATED_BYTES];
        new SecureRandom().nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Path temporary = folder.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? Files.createTempFile(folder, FILE_NAME, ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(folder, FILE_NAME, ".tmp");
        try {
            Files.writeString(temporary, secret + "\n", StandardCharsets.UTF_8);
            Files.move(temporary, file);
        } catch (FileAlreadyExistsException createdConcurrently) {
            // a server and a token command started together: the first one's secret stands
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
