package io.contractspec.rest.internal;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;

/**
 * Called before every answer the adapter writes: a body the server did not read (a 401, 404, 405,
 * 413 or 415 answered before or instead of reading it) is read and thrown away, up to a bound, so
 * that the answer reaches the client and the connection stays usable. A longer body closes the
 * connection after the answer, so that no client reuses a connection with a request still in it.
 */
final class UnreadBody {

    /** How much of an unread body is swallowed before the connection is closed instead. */
    static final long SWALLOW_BYTES = 2L * 1024 * 1024;

    private UnreadBody() {}

    static void discard(Context ctx) {
        HttpServletRequest request = ctx.req();
        boolean hasBody = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
        if (hasBody && !swallow(request)) {
            ctx.header("Connection", "close");
        }
    }

    /** Reads and discards the rest of the body; true when it ended within the bound. */
    private static boolean swallow(HttpServletRequest request) {
        try {
            InputStream in = request.getInputStream();
            if (in.read() == -1) {
                return true;
            }
            byte[] sink = new byte[8192];
            long left = SWALLOW_BYTES;
            int read;
            while (left > 0 && (read = in.read(sink, 0, (int) Math.min(sink.length, left))) != -1) {
                left -= read;
            }
            return left > 0 || in.read() == -1;
        } catch (IOException | IllegalStateException e) {
            return false;
        }
    }
}
