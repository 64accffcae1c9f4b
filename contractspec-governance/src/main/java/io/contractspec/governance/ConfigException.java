package io.contractspec.governance;

import io.contractspec.annotations.PublicApi;
import java.util.Objects;

/**
 * A {@code .contractsrc.json} that cannot be used: malformed JSON, a value of the wrong kind, an
 * unknown severity or an unknown rule id. The message names the file and the key, e.g.
 * {@code .contractsrc.json: lint.rules.EventKeyNotPastTens: unknown rule id; did you mean EventKeyNotPastTense?}.
 */
@PublicApi
public final class ConfigException extends RuntimeException {

    private final String file;
    private final String key;

    public ConfigException(String file, String key, String reason) {
        this(file, key, reason, null);
    }

    public ConfigException(String file, String key, String reason, Throwable cause) {
        super(file + ": " + (key.isEmpty() ? "" : key + ": ") + reason, cause);
        this.file = Objects.requireNonNull(file, "file");
        this.key = Objects.requireNonNull(key, "key");
    }

    /** The configuration file as the user named it. */
    public String file() {
        return file;
    }

    /** The dotted key of the offending value, e.g. {@code lint.rules.MissingGoal}; empty for the document. */
    public String key() {
        return key;
    }
}
