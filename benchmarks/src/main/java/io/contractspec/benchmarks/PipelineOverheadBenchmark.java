package io.contractspec.benchmarks;

import static io.contractspec.core.Contracts.auth;
import static io.contractspec.core.Contracts.command;
import static io.contractspec.core.Contracts.event;
import static io.contractspec.core.Contracts.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.AuthLevel;
import io.contractspec.core.spec.EventSpec;
import io.contractspec.core.spec.OperationSpec;
import io.contractspec.runtime.CallContext;
import io.contractspec.runtime.CallResult;
import io.contractspec.runtime.HandlerContext;
import io.contractspec.runtime.OperationExecutor;
import io.contractspec.runtime.OperationHandler;
import io.contractspec.runtime.Principal;
import io.contractspec.runtime.memory.InMemoryOutboxStore;
import io.contractspec.schema.Model;
import io.contractspec.schema.Scalar;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the pipeline adds around a trivial handler: the same handler called directly, through the
 * executor as a query, and as a command that emits an event and writes an audit record (in-memory
 * stores). The difference of the medians is the per-call overhead.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class PipelineOverheadBenchmark {

    private static final Model INPUT = Model.builder("EchoInput")
            .required("id", Scalar.ID)
            .optional("note", Scalar.STRING)
            .build();
    private static final Model OUTPUT = Model.builder("EchoOutput")
            .required("id", Scalar.ID)
            .required("status", Scalar.STRING)
            .build();
    private static final EventSpec ECHOED = event("bench.echoed", "1.0.0").payload(OUTPUT).build();
    private static final OperationSpec GET = query("bench.echo.get", "1.0.0")
            .input(INPUT).output(OUTPUT).policy(auth(AuthLevel.USER)).build();
    private static final OperationSpec RUN = command("bench.echo.run", "1.0.0")
            .input(INPUT).output(OUTPUT).policy(auth(AuthLevel.USER))
            .emits(ECHOED, "Always").audit("bench.echo.ran").build();

    private OperationHandler handler;
    private OperationHandler emittingHandler;
    private OperationExecutor executor;
    private JsonNode input;
    private CallContext context;

    @Setup
    public void setUp() {
        ObjectNode output = JsonNodeFactory.instance.objectNode().put("id", "inst-1").put("status", "running");
        handler = (in, ctx) -> output;
        emittingHandler = (in, ctx) -> {
            ctx.emit(ECHOED, output);
            return output;
        };
        executor = OperationExecutor.builder(ContractRegistry.builder().register(GET, RUN, ECHOED).build())
                .handlers(bindings -> bindings.bind(GET, handler).bind(RUN, emittingHandler))
                // No subscriber receives the events, so a bounded outbox would fill and refuse;
                // the pipeline's overhead, not the outbox's bound, is measured here.
                .outboxStore(new InMemoryOutboxStore(Integer.MAX_VALUE))
                .build();
        input = JsonNodeFactory.instance.objectNode().put("id", "inst-1").put("note", "benchmark");
        context = CallContext.of(Principal.of("u-1", "org-1", "member"));
    }

    @Benchmark
    public JsonNode handlerDirect() throws Exception {
        return handler.handle(input, (HandlerContext) null);
    }

    @Benchmark
    public CallResult pipelineQuery() {
        return executor.execute("bench.echo.get", "1.0.0", input, context);
    }

    @Benchmark
    public CallResult pipelineCommandWithEventAndAudit() {
        return executor.execute("bench.echo.run", "1.0.0", input, context);
    }
}
