package io.contractspec.maven;

import static io.contractspec.core.Contracts.auth;
import static io.contractspec.core.Contracts.json;
import static io.contractspec.core.Contracts.query;
import static io.contractspec.core.spec.AuthLevel.ANONYMOUS;
import static io.contractspec.core.spec.Stability.STABLE;
import static io.contractspec.schema.Scalar.NON_EMPTY_STRING;

import io.contractspec.core.registry.ContractModule;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.core.spec.Spec;
import io.contractspec.schema.Model;
import java.util.List;

/** One operation for the goal tests; its service file is written by {@link MojoProjects}. */
public final class PingContracts implements ContractModule {

    static final Model PONG = Model.builder("Pong").required("message", NON_EMPTY_STRING, "The answer.").build();

    static final OperationSpec PING = query("system.ping", "1.0.0")
            .stability(STABLE).owners("@example.ops").tags("system")
            .description("Check that the service answers.")
            .goal("Know the service is up.")
            .context("Monitoring.")
            .output(PONG)
            .policy(auth(ANONYMOUS))
            .example("ping", json("{}"), json("{message: 'pong'}"))
            .build();

    @Override
    public String name() {
        return "ping";
    }

    @Override
    public List<Spec> specs() {
        return List.of(PING);
    }
}
