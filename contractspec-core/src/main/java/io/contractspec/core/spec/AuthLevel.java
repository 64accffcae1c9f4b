package io.contractspec.core.spec;

import io.contractspec.annotations.PublicApi;
import java.util.Locale;

/**
 * Who may call at all, before roles and permissions are considered.
 * <ul>
 *   <li>{@link #ANONYMOUS}: anybody, authenticated or not.</li>
 *   <li>{@link #USER}: an authenticated principal.</li>
 *   <li>{@link #ADMIN}: an authenticated principal holding the {@code admin} role; the runtime's
 *       policy engine defines it precisely.</li>
 * </ul>
 */
@PublicApi
public enum AuthLevel {
    ANONYMOUS,
    USER,
    ADMIN;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AuthLevel fromWire(String wire) {
        for (AuthLevel value : values()) {
            if (value.wireName().equals(wire)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown auth level '" + wire + "'");
    }
}
