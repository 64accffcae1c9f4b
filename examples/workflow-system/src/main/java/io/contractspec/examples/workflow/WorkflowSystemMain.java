package io.contractspec.examples.workflow;

import io.contractspec.examples.workflow.app.Launcher;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;

/**
 * Entry point of {@code workflow-system.jar}: starts the server, or runs a subcommand
 * ({@code token}, {@code snapshot}) and exits with its code (2 for bad options). A started server
 * runs until the process is asked to stop, then shuts down gracefully.
 */
public final class WorkflowSystemMain {

    private WorkflowSystemMain() {}

    public static void main(String[] args) throws InterruptedException {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        Launcher.Launch launch = Launcher.launch(System.getenv(), out, err, args);
        if (launch.application().isEmpty()) {
            System.exit(launch.exitCode());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            launch.application().get().close();
            stopped.countDown();
        }, "workflow-shutdown"));
        stopped.await();
    }
}
