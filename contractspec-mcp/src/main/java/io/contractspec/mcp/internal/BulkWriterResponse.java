package io.contractspec.mcp.internal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The response the SDK's servlet writes to: its writer encodes UTF-8 in bulk onto the output
 * stream. The SDK writes what it still answers (initialize, its errors, the events of the GET
 * stream) through {@code getWriter()}, and Jetty's own writer encodes one character at a time — a
 * fifth of an MCP call's CPU in a profile when the SDK answered every call. The SDK flushes after
 * each event, so nothing stays buffered here.
 */
final class BulkWriterResponse extends HttpServletResponseWrapper {

    private PrintWriter writer;

    BulkWriterResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            writer = new PrintWriter(new Utf8Writer(getResponse().getOutputStream()));
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        super.flushBuffer();
    }

    /** Each write encodes its whole string at once ({@code String.getBytes}) straight onto the stream; no buffers to allocate. */
    private static final class Utf8Writer extends Writer {

        private final OutputStream out;

        Utf8Writer(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            String part = offset == 0 && length == text.length() ? text : text.substring(offset, offset + length);
            out.write(part.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            out.write(new String(chars, offset, length).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
