package io.contractspec.examples.workflow.docs;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Drives Debian's {@code chromium} from the command line: {@code --dump-dom} prints the DOM after
 * the page's scripts ran, {@code --screenshot} saves a PNG. Each run gets a fresh profile folder
 * and is killed when it exceeds its time limit, so a broken browser fails a test instead of
 * hanging the build.
 */
final class HeadlessChromium {

    private static final long TIMEOUT_SECONDS = 60;

    private final Path executable;
    private final Path workDir;

    private HeadlessChromium(Path executable, Path workDir) {
        this.executable = executable;
        this.workDir = workDir;
    }

    /** Chromium on the PATH, if installed; runs keep their profiles and output below workDir. */
    static Optional<HeadlessChromium> find(Path workDir) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path candidate = Path.of(folder.isEmpty() ? "." : folder, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(new HeadlessChromium(candidate, workDir));
                }
            }
        }
        return Optional.empty();
    }

    /** The serialized DOM of the page once its scripts have run. */
    String dumpDom(URI page) throws IOException, InterruptedException {
        Path out = Files.createTempFile(workDir, "dom", ".html");
        run(out, List.of("--virtual-time-budget=5000", "--dump-dom", page.toString()));
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /** Saves a PNG of the page at the given window size. */
    void screenshot(URI page, Path png, int width, int height) throws IOException, InterruptedException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        run(Files.createTempFile(workDir, "screenshot", ".log"), List.of("--virtual-time-budget=5000",
                "--hide-scrollbars", "--window-size=" + width + "," + height,
                "--screenshot=" + png.toAbsolutePath(), page.toString()));
    }

    private void run(Path stdout, List<String> arguments) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(workDir, "profile");
        Path stderr = Files.createTempFile(workDir, "stderr", ".log");
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command)
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
        }
        if (process.exitValue() != 0) {
            throw new AssertionError("chromium exited with " + process.exitValue() + ": " + command + "\n"
                    + Files.readString(stderr, StandardCharsets.UTF_8));
        }
    }
}
