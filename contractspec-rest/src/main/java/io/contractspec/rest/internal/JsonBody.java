package io.contractspec.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.core.result.StandardCode;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads a JSON request body: the media type must be JSON (415 otherwise), the body may not exceed
 * the limit (413, enforced while reading, so an oversized or endless body is never buffered whole),
 * and it must be one valid JSON value (400).
 */
final class JsonBody {

    private static final int INITIAL_BUFFER = 4096;

    private JsonBody() {}

    /** The parsed body, or null when the request has no body. */
    static JsonNode read(HttpServletRequest request, long maxBytes, JsonCodec json) {
        String contentType = request.getContentType();
        if (contentType != null && !isJson(contentType)) {
            throw new Rejection(StandardCode.UNSUPPORTED_MEDIA_TYPE, "The body must be application/json (UTF-8).");
        }
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(maxBytes);
        }
        if (declared == 0) {
            return null;
        }
        if (contentType == null && declared > 0) {
            throw new Rejection(StandardCode.UNSUPPORTED_MEDIA_TYPE, "A body needs Content-Type: application/json.");
        }
        int capacity = (int) Math.min(declared > 0 ? declared : INITIAL_BUFFER, maxBytes);
        byte[] buffer = new byte[Math.max(capacity, 1)];
        int length = 0;
        try (InputStream in = request.getInputStream()) {
            int read;
            while ((read = in.read(buffer, length, buffer.length - length)) != -1) {
                length += read;
                if (length == buffer.length) {
                    if (length >= maxBytes) {
                        if (in.read() != -1) {
                            throw tooLarge(maxBytes);
                        }
                        break;
                    }
                    buffer = Arrays.copyOf(buffer, (int) Math.min((long) buffer.length * 2, maxBytes));
                }
            }
        } catch (IOException e) {
            throw new Rejection(StandardCode.BAD_REQUEST, "The body could not be read.");
        }
        if (length == 0) {
            return null;
        }
        if (contentType == null) {
            throw new Rejection(StandardCode.UNSUPPORTED_MEDIA_TYPE, "A body needs Content-Type: application/json.");
        }
        try {
            return json.read(buffer, length);
        } catch (JsonCodec.MalformedJson e) {
            throw new Rejection(StandardCode.BAD_REQUEST, e.getMessage());
        }
    }

    /** {@code application/json} or {@code application/<x>+json}; a charset, if given, must be UTF-8. */
    static boolean isJson(String contentType) {
        String[] parts = contentType.split(";");
        String mediaType = parts[0].trim().toLowerCase(Locale.ROOT);
        boolean json = mediaType.equals("application/json")
                || mediaType.startsWith("application/") && mediaType.endsWith("+json");
        if (!json) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.regionMatches(true, 0, "charset=", 0, 8)
                    && !parameter.substring(8).replace("\"", "").equalsIgnoreCase("utf-8")) {
                return false;
            }
        }
        return true;
    }

    private static Rejection tooLarge(long maxBytes) {
        return new Rejection(StandardCode.PAYLOAD_TOO_LARGE, "The body exceeds the limit of " + maxBytes + " bytes.");
    }
}
