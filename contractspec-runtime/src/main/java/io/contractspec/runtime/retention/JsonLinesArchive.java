package io.contractspec.runtime.retention;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.annotations.PublicApi;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * Archives rows as JSON Lines, one file per table and UTC day ({@code cs_audit-2026-12-06.jsonl}),
 * appended and forced to disk before retention deletes the rows.
 */
@PublicApi
public final class JsonLinesArchive implements RetentionArchive {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;
    private final Clock clock;

    public JsonLinesArchive(Path directory, Clock clock) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public synchronized void archive(String table, List<ObjectNode> rows) throws IOException {
        Files.createDirectories(directory);
        StringBuilder lines = new StringBuilder();
        for (ObjectNode row : rows) {
            lines.append(JSON.writeValueAsString(row)).append('\n');
        }
        Path file = directory.resolve(table + "-" + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) + ".jsonl");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer bytes = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        }
    }
}
