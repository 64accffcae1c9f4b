package io.contractspec.graphql.internal;

import io.contractspec.core.result.StandardCode;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a request body up to a limit, refusing a longer one with 413 while reading (an oversized
 * or endless body is never buffered whole), and throws away what a refused request did not read
 * so that the answer reaches the client.
 */
final class BoundedBody {

    private static final long SWALLOW_BYTES = 1024 * 1024;

    private BoundedBody() {}

    static byte[] read(HttpServletRequest request, long maxBytes) {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(maxBytes);
        }
        byte[] buffer = new byte[(int) Math.max(1, Math.min(declared > 0 ? declared : 4096, maxBytes))];
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
            throw new Refusal(StandardCode.BAD_REQUEST, "The body could not be read.");
        }
        return Arrays.copyOf(buffer, length);
    }

    /** Reads and drops an unread body (up to 1 MiB); a longer one closes the connection after the answer. */
    static void discard(Context ctx) {
        HttpServletRequest request = ctx.req();
        if (request.getContentLengthLong() <= 0 && request.getHeader("Transfer-Encoding") == null) {
            return;
        }
        try {
            InputStream in = request.getInputStream();
            byte[] sink = new byte[8192];
            long left = SWALLOW_BYTES;
            int read;
            while (left > 0 && (read = in.read(sink, 0, (int) Math.min(sink.length, left))) != -1) {
                left -= read;
            }
            if (left <= 0) {
                ctx.header("Connection", "close");
            }
        } catch (IOException | IllegalStateException e) {
            ctx.header("Connection", "close");
        }
    }

    private static Refusal tooLarge(long maxBytes) {
        return new Refusal(StandardCode.PAYLOAD_TOO_LARGE, "The request body exceeds " + maxBytes + " bytes.");
    }
}
