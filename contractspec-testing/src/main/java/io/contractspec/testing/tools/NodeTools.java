package io.contractspec.testing.tools;

import io.contractspec.annotations.PublicApi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs third-party JavaScript checkers (graphql-js, the MCP TypeScript SDK, tsc, redocly…) from
 * the project's tools folder: {@code tools/package.json} pins them, {@code .ci/run} installs them
 * into {@code tools/node_modules}, and the parent POM passes the folder to tests as the system
 * property {@code contractspec.tools}. Tests that need a tool fail with the command that installs
 * it rather than skip: a checker that never runs proves nothing.
 */
@PublicApi
public final class NodeTools {

    private static final String PROPERTY = "contractspec.tools";

    private NodeTools() {}

    /** The tools folder (holding {@code package.json} and {@code node_modules}). */
    public static Path folder() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank() && Files.isRegularFile(Paths.get(configured, "package.json"))) {
            return Paths.get(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("tools/package.json")) && Files.isDirectory(dir.resolve(".ci"))) {
                return dir.resolve("tools");
            }
        }
        throw new IllegalStateException("The tools folder was not found: set -D" + PROPERTY
                + "=<project>/tools (the parent POM does) and install it with 'npm install --prefix tools'");
    }

    /**
     * The installed package's folder, e.g. {@code require("graphql")}.
     *
     * @throws IllegalStateException naming the install command when the package is missing
     */
    public static Path require(String packageName) {
        Path installed = folder().resolve("node_modules").resolve(packageName);
        if (!Files.isRegularFile(installed.resolve("package.json"))) {
            throw new IllegalStateException("npm package '" + packageName + "' is not installed in " + folder()
                    + ": run 'npm install --prefix tools' (.ci/run does) after pinning it in tools/package.json");
        }
        return installed;
    }

    /**
     * Runs a Node script (CommonJS or ESM, by its extension) with arguments. The script is copied
     * into the tools folder first so that its bare imports resolve to {@code tools/node_modules}.
     */
    public static Result runScript(String fileName, String source, List<String> args, Map<String, String> env,
            Duration timeout) {
        Path copy = folder().resolve(".run").resolve(UUID.randomUUID() + "-" + fileName);
        try {
            Files.createDirectories(copy.getParent());
            Files.writeString(copy, source);
            List<String> command = new ArrayList<>();
            command.add("node");
            command.add(copy.toString());
            command.addAll(args);
            return run(command, env, timeout);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(copy);
            } catch (IOException ignored) {
                // A leftover script in a git-ignored folder is harmless.
            }
        }
    }

    /** Runs a script from the test's class path resources (e.g. {@code "/graphql/check-schema.mjs"}). */
    public static Result runResource(Class<?> owner, String resource, List<String> args, Map<String, String> env,
            Duration timeout) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource + " beside " + owner.getName());
            }
            String name = resource.substring(resource.lastIndexOf('/') + 1);
            return runScript(name, new String(in.readAllBytes(), StandardCharsets.UTF_8), args, env, timeout);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs an installed package's binary, e.g. {@code bin("typescript", "bin/tsc")} with {@code --strict}. */
    public static Result runBin(String packageName, String binPath, List<String> args, Path workingDirectory,
            Duration timeout) {
        List<String> command = new ArrayList<>();
        command.add("node");
        command.add(require(packageName).resolve(binPath).toString());
        command.addAll(args);
        return run(command, Map.of(), workingDirectory, timeout);
    }

    private static Result run(List<String> command, Map<String, String> env, Duration timeout) {
        return run(command, env, folder(), timeout);
    }

    private static Result run(List<String> command, Map<String, String> env, Path workingDirectory, Duration timeout) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            CompletableFuture<String> out = read(process.getInputStream());
            CompletableFuture<String> err = read(process.getErrorStream());
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish within " + timeout
                        + "\nstdout: " + out.getNow("") + "\nstderr: " + err.getNow(""));
            }
            return new Result(process.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + command.get(0) + " (is Node.js installed?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }

    private static CompletableFuture<String> read(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** What a Node process printed, and how it ended. */
    public record Result(int exitCode, String stdout, String stderr) {

        public boolean succeeded() {
            return exitCode == 0;
        }

        /** Everything printed, for assertion messages. */
        public String output() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
        }
    }
}
