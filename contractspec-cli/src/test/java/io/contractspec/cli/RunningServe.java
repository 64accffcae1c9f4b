package io.contractspec.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** {@code contractspec serve} running in-process on a thread; closing interrupts it and expects exit 0. */
final class RunningServe implements AutoCloseable {

    private static final Pattern PORT = Pattern.compile("http://localhost:(\\d+)/");

    private final Thread thread;
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();
    private final StringWriter err = new StringWriter();
    private final int port;

    private RunningServe(String... args) throws InterruptedException {
        StringWriter out = new StringWriter();
        CommandLine commandLine = ContractSpecCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        thread = new Thread(() -> exit.complete(commandLine.execute(args)));
        thread.start();
        port = awaitPort(out);
    }

    static RunningServe start(String... args) throws InterruptedException {
        return new RunningServe(args);
    }

    HttpResponse<String> get(String path, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws Exception {
        thread.interrupt();
        int code = exit.get(30, TimeUnit.SECONDS);
        if (code != 0) {
            throw new AssertionError("serve exited with " + code + ": " + err);
        }
    }

    /** Polls serve's output for its port; serve prints it once it listens (the deadline only guards a hang). */
    private int awaitPort(StringWriter out) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Matcher matcher = PORT.matcher(out.toString());
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(1));
            }
            if (exit.isDone()) {
                throw new AssertionError("serve ended early: " + exit.join() + "\n" + out + err);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("serve did not report its port: " + out);
    }
}
