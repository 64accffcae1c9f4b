package io.contractspec.rest.internal;

import io.javalin.http.Context;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Picks the trace id of a request: the trace id of a valid W3C {@code traceparent}, else a
 * well-formed {@code X-Trace-Id}, else a fresh random one (32 lower-case hex digits).
 */
public final class TraceIds {

    public static final String TRACEPARENT = "traceparent";
    public static final String X_TRACE_ID = "X-Trace-Id";

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final int MAX_TRACE_ID = 64;

    private TraceIds() {}

    /** The trace id of a request, echoed in {@code X-Trace-Id} and, when W3C-shaped, in {@code traceparent}. */
    public static String of(Context ctx) {
        String traceId = resolve(ctx.header(TRACEPARENT), ctx.header(X_TRACE_ID));
        ctx.header(X_TRACE_ID, traceId);
        String traceparent = traceparentFor(traceId);
        if (traceparent != null) {
            ctx.header(TRACEPARENT, traceparent);
        }
        return traceId;
    }

    public static String resolve(String traceparent, String xTraceId) {
        String fromParent = fromTraceparent(traceparent);
        if (fromParent != null) {
            return fromParent;
        }
        if (isSafeId(xTraceId)) {
            return xTraceId;
        }
        return random(32);
    }

    /** The outgoing {@code traceparent} for a trace id, or null when the id is not W3C-shaped. */
    public static String traceparentFor(String traceId) {
        if (traceId.length() != 32 || !isLowerHex(traceId, 0, 32)) {
            return null;
        }
        return "00-" + traceId + "-" + random(16) + "-01";
    }

    /** {@code version-traceid-parentid-flags}; version ff, all-zero ids and upper case are invalid. */
    static String fromTraceparent(String header) {
        if (header == null || header.length() < 55) {
            return null;
        }
        String value = header.trim();
        if (value.length() < 55 || value.charAt(2) != '-' || value.charAt(35) != '-' || value.charAt(52) != '-'
                || !isLowerHex(value, 0, 2) || value.startsWith("ff")
                || !isLowerHex(value, 3, 35) || !isLowerHex(value, 36, 52) || !isLowerHex(value, 53, 55)) {
            return null;
        }
        if (value.startsWith("00") && value.length() != 55 || value.length() > 55 && value.charAt(55) != '-') {
            return null;
        }
        String traceId = value.substring(3, 35);
        if (allZero(traceId) || allZero(value.substring(36, 52))) {
            return null;
        }
        return traceId;
    }

    /** 1 to 64 characters of letters, digits, '-', '_' and '.'; anything else is ignored. */
    static boolean isSafeId(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_TRACE_ID) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLowerHex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static boolean allZero(String hex) {
        for (int i = 0; i < hex.length(); i++) {
            if (hex.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    private static String random(int digits) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] out = new char[digits];
        long bits = 0;
        for (int i = 0; i < digits; i++) {
            if (i % 16 == 0) {
                bits = random.nextLong();
            }
            out[i] = HEX[(int) (bits & 0xf)];
            bits >>>= 4;
        }
        if (allZero(new String(out))) {
            out[digits - 1] = '1';
        }
        return new String(out);
    }
}
