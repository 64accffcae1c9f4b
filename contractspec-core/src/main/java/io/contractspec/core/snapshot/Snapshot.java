package io.contractspec.core.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.contractspec.annotations.PublicApi;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.Spec;
import io.contractspec.core.spec.SpecType;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The canonical snapshot of a registry: one deterministic JSON document of every spec, what
 * governance diffs, drift compares and tools read without a classpath. The format is described in
 * the {@linkplain io.contractspec.core.snapshot package documentation}.
 *
 * <pre>{@code
 * String json = Snapshot.write(registry);          // byte-identical for equal registries
 * ContractRegistry again = Snapshot.read(json);    // specs equal to the originals
 * }</pre>
 */
@PublicApi
public final class Snapshot {

    /** The format version this class writes and reads ({@code snapshotVersion}). */
    public static final int VERSION = 1;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private Snapshot() {}

    /** The canonical text of the registry's snapshot (write it as UTF-8). */
    public static String write(ContractRegistry registry) {
        return SnapshotWriter.text(Objects.requireNonNull(registry, "registry"));
    }

    /** Writes the canonical snapshot to a file, UTF-8, replacing it. */
    public static void write(ContractRegistry registry, Path file) throws IOException {
        Files.write(file, write(registry).getBytes(StandardCharsets.UTF_8));
    }

    /** The snapshot document as a tree, keys inserted in canonical order. */
    public static ObjectNode toJson(ContractRegistry registry) {
        return canonical(SnapshotWriter.document(Objects.requireNonNull(registry, "registry")));
    }

    /** One entry of the snapshot, as it appears in its type's list, keys inserted in canonical order. */
    public static ObjectNode toJson(Spec spec) {
        return canonical(SnapshotWriter.entry(Objects.requireNonNull(spec, "spec")));
    }

    /**
     * Reads a snapshot back into a registry of real specs.
     *
     * @throws SnapshotException naming the JSON path of the first problem
     */
    public static ContractRegistry read(String json) {
        return SnapshotReader.registry(Objects.requireNonNull(json, "json"));
    }

    /** Reads a UTF-8 snapshot file. */
    public static ContractRegistry read(Path file) throws IOException {
        return read(Files.readAllBytes(file));
    }

    /** Reads a UTF-8 snapshot from a stream, to its end; the caller closes the stream. */
    public static ContractRegistry read(InputStream in) throws IOException {
        return read(in.readAllBytes());
    }

    /** Reads a snapshot document already parsed into a tree. */
    public static ContractRegistry fromJson(JsonNode document) {
        return SnapshotReader.registry(Objects.requireNonNull(document, "document"));
    }

    /** Reads one entry, as {@link #toJson(Spec)} writes it; paths in errors start at the entry. */
    public static Spec fromJson(SpecType type, JsonNode entry) {
        return SnapshotReader.entry(Objects.requireNonNull(type, "type"), Objects.requireNonNull(entry, "entry"));
    }

    private static ObjectNode canonical(ObjectNode tree) {
        return (ObjectNode) CanonicalJson.canonicalize(tree);
    }

    private static ContractRegistry read(byte[] utf8) {
        // A snapshot is ASCII but for non-ASCII strings; ASCII bytes are parsed as they are.
        return isAscii(utf8) ? SnapshotReader.registry(utf8) : read(decode(utf8));
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new SnapshotException("", "not valid UTF-8: " + e.getMessage(), e);
        }
    }

    /** No byte has its high bit set; looked at eight bytes at a time. */
    private static boolean isAscii(byte[] bytes) {
        long bits = 0;
        int i = 0;
        for (; i + Long.BYTES <= bytes.length; i += Long.BYTES) {
            bits |= (long) LONGS.get(bytes, i);
        }
        for (; i < bytes.length; i++) {
            bits |= bytes[i];
        }
        return (bits & HIGH_BITS) == 0;
    }
}
