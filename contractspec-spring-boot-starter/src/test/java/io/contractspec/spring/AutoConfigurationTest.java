package io.contractspec.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.runtime.AuditQuery;
import io.contractspec.runtime.CallContext;
import io.contractspec.runtime.CallResult;
import io.contractspec.runtime.HandlerBindings;
import io.contractspec.runtime.memory.InMemoryAuditStore;
import io.contractspec.runtime.OperationExecutor;
import io.contractspec.runtime.OperationHandler;
import io.contractspec.spring.autoconfigure.ContractSpecAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** What the auto-configuration binds, and the misconfigurations that stop the application at startup with a message saying what to configure. */
class AutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ContractSpecAutoConfiguration.class));

    @Test
    void refusesTheJdbcStoreWithoutADataSource() {
        runner.run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                .hasMessageContaining("no single DataSource").hasMessageContaining("contractspec.runtime.store=memory"));
    }

    @Test
    void refusesABodyLimitOutOfRangeNamingTheProperty() {
        runner.withPropertyValues("contractspec.runtime.store=memory", "contractspec.rest.max-body-bytes=0")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("contractspec.rest.max-body-bytes must be between 1"));
    }

    @Test
    void runsInMemoryOnlyWhenToldTo() {
        runner.withPropertyValues("contractspec.runtime.store=memory")
                .run(context -> assertThat(context).hasSingleBean(OperationExecutor.class));
    }

    @Test
    void refusesAHandlerForAnOperationTheRegistryDoesNotHold() {
        runner.withPropertyValues("contractspec.runtime.store=memory")
                .withBean(Orphan.class)
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("@ContractHandler(\"no.such.operation\")")
                        .hasMessageContaining("names no operation"));
    }

    @Test
    void bindsABeanThatImplementsTheHandlerInterface() {
        runner.withPropertyValues("contractspec.runtime.store=memory")
                .withBean(ContractRegistry.class, () -> ContractRegistry.builder().register(NotesFeature.ADD).build())
                .withBean(WholeBeanHandler.class)
                .run(context -> assertThat(context.getBean(HandlerBindings.class).isBound(NotesFeature.ADD.ref())).isTrue());
    }

    @Test
    void writesAuditRecordsToAnAuditStoreTheApplicationDeclares() {
        InMemoryAuditStore audit = new InMemoryAuditStore();
        runner.withPropertyValues("contractspec.runtime.store=memory")
                .withBean(ContractRegistry.class, () -> ContractRegistry.builder().register(NotesFeature.ADD).build())
                .withBean(WholeBeanHandler.class)
                .withBean(InMemoryAuditStore.class, () -> audit)
                .run(context -> {
                    CallResult result = context.getBean(OperationExecutor.class).execute("notes.note.add",
                            io.contractspec.core.Contracts.json("{text: 'hi'}"), CallContext.builder().build());
                    assertThat(result).isInstanceOf(CallResult.Success.class);
                    assertThat(audit.query(AuditQuery.builder().build())).hasSize(1);
                });
    }

    @ContractHandler("notes.note.add")
    static class WholeBeanHandler implements OperationHandler {
        @Override
        public com.fasterxml.jackson.databind.JsonNode handle(com.fasterxml.jackson.databind.JsonNode input,
                io.contractspec.runtime.HandlerContext context) {
            return ((com.fasterxml.jackson.databind.node.ObjectNode) input).put("id", 1);
        }
    }

    static class Orphan {
        @ContractHandler("no.such.operation")
        com.fasterxml.jackson.databind.JsonNode handle(com.fasterxml.jackson.databind.JsonNode input) {
            return input;
        }
    }
}
