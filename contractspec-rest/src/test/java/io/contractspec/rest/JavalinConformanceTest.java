package io.contractspec.rest;

import io.contractspec.runtime.OperationExecutor;
import io.contractspec.testing.rest.ConformanceContracts;
import io.contractspec.testing.rest.ConformanceHandlers;
import io.contractspec.testing.rest.ConformanceTarget;
import io.contractspec.testing.rest.RestConformanceKit;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The Javalin adapter passes the REST conformance kit of contractspec-testing. */
class JavalinConformanceTest implements RestConformanceKit {

    private static final ConformanceHandlers HANDLERS = new ConformanceHandlers();
    private static RestServer server;

    @BeforeAll
    static void start() {
        OperationExecutor executor = OperationExecutor.builder(ConformanceContracts.REGISTRY).handlers(HANDLERS).build();
        server = RestServer.create(executor, config -> config
                .authenticator(new HeaderUserAuthenticator())
                .flags((headers, principal) -> headers.first("X-Beta").isPresent() ? Set.of("beta") : Set.of()))
                .start(0);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Override
    public ConformanceTarget target() {
        return ConformanceTarget.of(server.port(), HANDLERS);
    }
}
