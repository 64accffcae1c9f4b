package io.contractspec.mcp.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.Enumeration;

/**
 * A {@code DELETE} of one session, made on the gateway's behalf: the SDK's servlet closes and
 * forgets a session only when a client deletes it, so an expired session is closed the same way.
 * The request borrows the current one's URI; whatever the SDK answers is dropped.
 */
final class SessionDelete extends HttpServletRequestWrapper {

    private static final String SESSION_HEADER = "mcp-session-id";

    private final String sessionId;

    SessionDelete(HttpServletRequest request, String sessionId) {
        super(request);
        this.sessionId = sessionId;
    }

    @Override
    public String getMethod() {
        return "DELETE";
    }

    @Override
    public String getHeader(String name) {
        return SESSION_HEADER.equalsIgnoreCase(name) ? sessionId : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        return SESSION_HEADER.equalsIgnoreCase(name)
                ? Collections.enumeration(java.util.List.of(sessionId)) : super.getHeaders(name);
    }

    /** A response that goes nowhere. */
    static final class Discarded extends HttpServletResponseWrapper {

        private final PrintWriter nowhere = new PrintWriter(OutputStream.nullOutputStream());

        Discarded(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int status) {}

        @Override
        public void sendError(int status) {}

        @Override
        public void sendError(int status, String message) {}

        @Override
        public void setHeader(String name, String value) {}

        @Override
        public void addHeader(String name, String value) {}

        @Override
        public void setContentType(String type) {}

        @Override
        public void setCharacterEncoding(String charset) {}

        @Override
        public PrintWriter getWriter() {
            return nowhere;
        }
    }
}
