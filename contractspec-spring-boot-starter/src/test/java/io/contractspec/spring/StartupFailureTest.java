package io.contractspec.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.contractspec.runtime.OperationExecutor;
import io.contractspec.spring.autoconfigure.ContractSpecAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Misconfiguration stops the application at startup with a message that says what to configure. */
class StartupFailureTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ContractSpecAutoConfiguration.class));

    @Test
    void refusesTheJdbcStoreWithoutADataSource() {
        runner.run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                .hasMessageContaining("no single DataSource").hasMessageContaining("contractspec.runtime.store=memory"));
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

    static class Orphan {
        @ContractHandler("no.such.operation")
        com.fasterxml.jackson.databind.JsonNode handle(com.fasterxml.jackson.databind.JsonNode input) {
            return input;
        }
    }
}
