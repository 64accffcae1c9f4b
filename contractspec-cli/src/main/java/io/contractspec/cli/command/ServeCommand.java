package io.contractspec.cli.command;

import io.contractspec.cli.NotAvailableException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code contractspec serve}: the REST surface and the docs site of a classpath, until stopped. */
@Command(name = "serve", description = "Serve the operations over REST (with /openapi.json) and the docs site at /docs.")
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    ContractsOptions contracts;

    @Mixin
    ProjectOptions project;

    @Spec
    CommandSpec command;

    @Option(names = "--port", paramLabel = "<port>", defaultValue = "8080", description = "The port (0 picks a free one; default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--executor-factory", paramLabel = "<class>",
            description = "A class on the classpath building the executor with handlers; without one, every operation answers 501 NOT_IMPLEMENTED.")
    String executorFactory;

    @Override
    public Integer call() {
        throw new NotAvailableException("serve", "contractspec-rest");
    }
}
