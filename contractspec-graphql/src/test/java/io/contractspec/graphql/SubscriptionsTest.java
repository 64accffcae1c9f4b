package io.contractspec.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.contractspec.rest.RestServer;
import io.contractspec.rest.auth.AuthenticationResult;
import io.contractspec.rest.auth.Authenticator;
import io.contractspec.runtime.OperationExecutor;
import io.contractspec.runtime.Principal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** graphql-transport-ws with the JDK's WebSocket client against a real server. */
class SubscriptionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Authenticator TOKENS = headers -> headers.first("Authorization").map(value -> switch (value) {
        case "Bearer alice" -> AuthenticationResult.authenticated(Principal.of("alice", "org-1"));
        case "Bearer bob" -> AuthenticationResult.authenticated(Principal.of("bob", "org-2"));
        default -> AuthenticationResult.rejected("The token is not valid.", "Bearer");
    }).orElse(AuthenticationResult.anonymous());
    private static final String PLACED = "subscription { shopOrderPlaced { id status address { country } } }";

    private RestServer server;

    @BeforeEach
    void start() {
        OperationExecutor executor = Shop.executor();
        GraphQlSurface graphql = GraphQlSurface.create(executor, config -> config.authenticator(TOKENS));
        server = RestServer.create(executor, config -> config.authenticator(TOKENS).javalin(graphql::mount)).start(0);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void aSubscriberReceivesEventsOfItsOrganizationAfterCommitAndNothingFromAnother() throws Exception {
        Client alice = Client.open(port(), "Bearer alice");
        Client bob = Client.open(port(), "Bearer bob");
        alice.send("{\"id\": \"1\", \"type\": \"subscribe\", \"payload\": {\"query\": \"" + PLACED + "\"}}");
        bob.send("{\"id\": \"1\", \"type\": \"subscribe\", \"payload\": {\"query\": \"" + PLACED + "\"}}");
        alice.roundTrip();
        bob.roundTrip();

        HttpResponse<String> placed = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port() + "/graphql"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer alice")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"mutation { shopOrderPlace(input: "
                        + "{address: {street: \\\"Main 1\\\", country: \\\"CH\\\"}, quantity: 2}) { id } }\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        String id = JSON.readTree(placed.body()).at("/data/shopOrderPlace/id").asText();

        JsonNode next = alice.next();
        assertThat(next.path("type").asText()).isEqualTo("next");
        assertThat(next.at("/payload/data/shopOrderPlaced/id").asText()).isEqualTo(id);
        assertThat(next.at("/payload/data/shopOrderPlaced/status").asText()).isEqualTo("PENDING");
        // An event for bob would have been sent before the pong that answers this ping.
        assertThat(bob.roundTrip()).as("bob (another organization) received nothing").isTrue();

        alice.send("{\"id\": \"1\", \"type\": \"complete\"}");
        alice.roundTrip();
        assertThat(alice.socket.isOutputClosed()).isFalse();
    }

    @Test
    void anAnonymousSubscriptionIsAnUnauthenticatedError() throws Exception {
        Client anonymous = Client.open(port(), null);
        anonymous.send("{\"id\": \"7\", \"type\": \"subscribe\", \"payload\": {\"query\": \"" + PLACED + "\"}}");
        JsonNode error = anonymous.next();
        assertThat(error.path("type").asText()).isEqualTo("error");
        assertThat(error.at("/payload/0/extensions/code").asText()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void subscribingBeforeInitialisingClosesWith4401() throws Exception {
        Client client = Client.connect(port());
        client.send("{\"id\": \"1\", \"type\": \"subscribe\", \"payload\": {\"query\": \"" + PLACED + "\"}}");
        assertThat(client.closeCode()).isEqualTo(4401);
    }

    private int port() {
        return server.port();
    }

    /** A graphql-transport-ws client: every text message in a queue, the close code when closed. */
    private static final class Client implements WebSocket.Listener {
        final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        final BlockingQueue<Integer> closed = new LinkedBlockingQueue<>();
        final StringBuilder partial = new StringBuilder();
        WebSocket socket;

        static Client connect(int port) {
            Client client = new Client();
            client.socket = HTTP.newWebSocketBuilder().subprotocols("graphql-transport-ws")
                    .buildAsync(URI.create("ws://localhost:" + port + "/graphql"), client).join();
            return client;
        }

        static Client open(int port, String authorization) throws Exception {
            Client client = connect(port);
            client.send(authorization == null ? "{\"type\": \"connection_init\"}"
                    : "{\"type\": \"connection_init\", \"payload\": {\"Authorization\": \"" + authorization + "\"}}");
            assertThat(client.next().path("type").asText()).isEqualTo("connection_ack");
            return client;
        }

        void send(String text) {
            socket.sendText(text, true).join();
        }

        JsonNode next() throws Exception {
            String message = messages.poll(20, TimeUnit.SECONDS);
            assertThat(message).as("a message within 20 s").isNotNull();
            return JSON.readTree(message);
        }

        /** Sends a ping; true when the pong is the next message (nothing was queued before it). */
        boolean roundTrip() throws Exception {
            send("{\"type\": \"ping\"}");
            return next().path("type").asText().equals("pong");
        }

        int closeCode() throws InterruptedException {
            Integer code = closed.poll(20, TimeUnit.SECONDS);
            assertThat(code).as("closed within 20 s").isNotNull();
            return code;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.add(statusCode);
            return null;
        }
    }
}
