package io.contractspec.mcp;

import io.contractspec.core.result.ContractException;
import io.contractspec.rest.RestServer;
import io.contractspec.rest.auth.AuthenticationResult;
import io.contractspec.rest.auth.Authenticator;
import io.contractspec.runtime.ManualClock;
import io.contractspec.runtime.OperationExecutor;
import io.contractspec.runtime.Principal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The notes contracts with in-memory handlers, served over REST with {@code /mcp} mounted: a test
 * authenticator ({@code Authorization: Bearer <user>@<org>}; {@code Bearer revoked} does not hold),
 * sessions that expire after ten minutes of a manual clock.
 */
final class NotesServer implements AutoCloseable {

    static final Duration SESSION_TIMEOUT = Duration.ofMinutes(10);

    final Map<String, String> notes = new ConcurrentHashMap<>();
    final AtomicInteger creations = new AtomicInteger();
    final ManualClock clock = ManualClock.at("2026-01-01T00:00:00Z");
    final OperationExecutor executor;
    final RestServer server;

    NotesServer() {
        executor = OperationExecutor.builder(NotesContracts.registry()).handlers(handlers -> handlers
                .bind(NotesContracts.CREATE, (input, context) -> {
                    String id = "n-" + creations.incrementAndGet();
                    notes.put(id, input.get("text").asText());
                    return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("id", id).put("text", input.get("text").asText());
                })
                .bind(NotesContracts.GET, (input, context) -> {
                    String text = notes.get(input.get("id").asText());
                    if (text == null) {
                        throw new ContractException("NOT_FOUND", "No note " + input.get("id").asText() + ".");
                    }
                    return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("id", input.get("id").asText()).put("text", text);
                }))
                .build();
        McpSurface surface = McpSurface.create(executor);
        server = RestServer.create(executor, rest -> rest
                .authenticator(AUTHENTICATOR)
                .javalin(McpHttp.builder(surface).authenticator(AUTHENTICATOR).sessionTimeout(SESSION_TIMEOUT).clock(clock)
                        .authorizationServer("https://login.example.com/").build()))
                .start(0);
    }

    String baseUrl() {
        return "http://localhost:" + server.port();
    }

    @Override
    public void close() {
        server.stop();
    }

    static final Authenticator AUTHENTICATOR = new Authenticator() {
        @Override
        public AuthenticationResult authenticate(io.contractspec.rest.RequestHeaders headers) {
            Optional<String> header = headers.first("Authorization");
            if (header.isEmpty()) {
                return AuthenticationResult.anonymous();
            }
            String token = header.get().substring("Bearer ".length());
            if (token.equals("revoked")) {
                return AuthenticationResult.rejected("The token is revoked.", "Bearer error=\"invalid_token\"");
            }
            String[] parts = token.split("@");
            return AuthenticationResult.authenticated(new Principal(parts[0], parts[1], Set.of(), Set.of()));
        }

        @Override
        public Optional<String> challenge() {
            return Optional.of("Bearer");
        }
    };
}
