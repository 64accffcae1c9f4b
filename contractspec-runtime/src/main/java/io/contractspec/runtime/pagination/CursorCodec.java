package io.contractspec.runtime.pagination;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.contractspec.annotations.PublicApi;
import io.contractspec.core.result.ContractException;
import io.contractspec.core.result.StandardCode;
import io.contractspec.schema.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque, tamper-evident cursors. A cursor carries the position after the last item of a page (the
 * values of the list's sort key, e.g. {@code [createdAt, id]}) and a fingerprint of the filters the
 * list was read with, signed with HMAC-SHA256 under a server secret, so a client can neither forge a
 * position nor reuse a cursor with other filters: both are a 422 naming the cursor field.
 *
 * <p>Nodes that serve one API share the secret (a cursor from one node works on the next). The
 * wire form is {@code base64url(json) "." base64url(mac)}; it is not encrypted — positions are the
 * caller's own data — only authenticated.
 */
@PublicApi
public final class CursorCodec {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int FORMAT = 1;
    /** Longer input is not a cursor we issued; refuse it before decoding anything. */
    private static final int MAX_LENGTH = 2048;

    private final SecretKeySpec key;
    /** Every list page signs or verifies once: keep one initialized Mac per thread, not one per call. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    private CursorCodec(byte[] secret) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("a cursor secret needs at least 16 bytes, got " + secret.length);
        }
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
    }

    /** A codec signing with this secret (at least 16 bytes; share it between nodes). */
    public static CursorCodec withSecret(byte[] secret) {
        return new CursorCodec(Objects.requireNonNull(secret, "secret"));
    }

    /**
     * The cursor of the page after {@code position}.
     *
     * @param filters the list's filters in a stable textual form ({@link #fingerprint(Object...)})
     * @param position the sort key values of the last item returned, most significant first
     */
    public String encode(String filters, List<String> position) {
        ArrayNode body = JSON.createArrayNode().add(FORMAT).add(filters);
        position.forEach(body::add);
        byte[] payload = body.toString().getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(payload));
    }

    /**
     * The position a cursor carries.
     *
     * @param cursor what the client sent
     * @param filters the filters of this request, in the same form as when the cursor was issued
     * @param field the input field the cursor came in, named by the 422
     * @throws ContractException VALIDATION_FAILED naming {@code field} when the cursor was altered,
     *     not issued by a server with this secret, or issued for other filters
     */
    public List<String> decode(String cursor, String filters, String field) {
        JsonNode body = verified(cursor, field);
        if (!body.get(1).asText().equals(filters)) {
            throw invalid(field, "cursor_filters_changed",
                    "this cursor belongs to the same list with other filters; start again without a cursor");
        }
        List<String> position = new ArrayList<>();
        for (int i = 2; i < body.size(); i++) {
            position.add(body.get(i).asText());
        }
        return position;
    }

    /** A stable text for a list's filters: their values in order, absent ones as {@code null}. */
    public static String fingerprint(Object... filters) {
        ArrayNode values = JSON.createArrayNode();
        for (Object filter : filters) {
            if (filter == null) {
                values.addNull();
            } else {
                values.add(filter.toString());
            }
        }
        return values.toString();
    }

    private JsonNode verified(String cursor, String field) {
        int dot = cursor.indexOf('.');
        if (cursor.length() > MAX_LENGTH || dot <= 0 || dot != cursor.lastIndexOf('.')) {
            throw notOurs(field);
        }
        try {
            byte[] payload = DECODER.decode(cursor.substring(0, dot));
            byte[] signature = DECODER.decode(cursor.substring(dot + 1));
            if (!MessageDigest.isEqual(mac(payload), signature)) {
                throw notOurs(field);
            }
            JsonNode body = JSON.readTree(payload);
            if (!body.isArray() || body.size() < 2 || body.get(0).asInt() != FORMAT) {
                throw notOurs(field);
            }
            return body;
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw notOurs(field);
        }
    }

    private byte[] mac(byte[] payload) {
        return Arrays.copyOf(macs.get().doFinal(payload), 16);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static ContractException notOurs(String field) {
        return invalid(field, "cursor_invalid",
                "this cursor was altered or not issued by this API; use the nextCursor of a previous page");
    }

    private static ContractException invalid(String field, String code, String message) {
        return new ContractException(StandardCode.VALIDATION_FAILED, field + ": " + message,
                List.of(Diagnostic.issue(code, field, message)));
    }
}
