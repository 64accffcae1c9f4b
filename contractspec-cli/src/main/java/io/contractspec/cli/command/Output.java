package io.contractspec.cli.command;

import io.contractspec.build.load.LoadException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes command output to a file or folder given with {@code --out}, or to standard output. */
final class Output {

    private Output() {}

    static void text(String content, Path out, PrintWriter stdout) {
        if (out == null) {
            stdout.print(content);
            stdout.flush();
            return;
        }
        write(out, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes every file below the folder; returns how many. */
    static int files(Map<String, byte[]> files, Path folder) {
        files.forEach((path, content) -> write(folder.resolve(path), content));
        return files.size();
    }

    static void write(Path file, byte[] content) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, content);
        } catch (IOException e) {
            throw new LoadException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
