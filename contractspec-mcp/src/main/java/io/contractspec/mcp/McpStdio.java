package io.contractspec.mcp;

import io.contractspec.annotations.PublicApi;
import io.contractspec.mcp.internal.JsonMaps;
import io.contractspec.runtime.Principal;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;

/**
 * An {@link McpSurface} over stdio: one session for the life of the process, every call made by
 * one principal (the identity the process was started with; null for anonymous). Nothing but MCP
 * messages may be written to the output, so logs must go elsewhere (standard error).
 */
@PublicApi
public final class McpStdio {

    private McpStdio() {}

    /** Serves until the input ends (the client closed it), then closes the server. */
    public static void serve(McpSurface surface, Principal principal, InputStream in, OutputStream out)
            throws InterruptedException {
        Objects.requireNonNull(surface, "surface");
        CountDownLatch ended = new CountDownLatch(1);
        StdioServerTransportProvider transport = new StdioServerTransportProvider(
                new JacksonMcpJsonMapper(JsonMaps.MAPPER), new EndAware(in, ended), Objects.requireNonNull(out, "out"));
        McpSyncServer server = surface.serve(transport, principal);
        try {
            ended.await();
        } finally {
            server.closeGracefully();
        }
    }

    /** Counts down when the input ends or fails, which is when the client is gone. */
    private static final class EndAware extends FilterInputStream {

        private final CountDownLatch ended;

        EndAware(InputStream in, CountDownLatch ended) {
            super(Objects.requireNonNull(in, "in"));
            this.ended = ended;
        }

        @Override
        public int read() throws IOException {
            return ended(super.read());
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return ended(super.read(buffer, offset, length));
        }

        private int ended(int result) {
            if (result < 0) {
                ended.countDown();
            }
            return result;
        }

        @Override
        public void close() throws IOException {
            ended.countDown();
            super.close();
        }
    }
}
