package io.contractspec.docs.internal;

import io.contractspec.core.snapshot.CanonicalJson;
import io.contractspec.core.snapshot.Snapshot;
import io.contractspec.core.spec.Spec;
import io.contractspec.docs.SourceFile;
import io.contractspec.docs.SourceResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;

/**
 * The "Source Definition" of a page: the Java definition cut from the spec's source file when the
 * resolver finds it, else the spec's entry of the canonical snapshot as JSON.
 */
final class SourceDefinition {

    private SourceDefinition() {}

    static Block.CodeBlock of(Spec spec, SourceResolver sources) {
        return sources.resolve(spec.source())
                .flatMap(file -> DefinitionCutter.cut(read(file), spec.source().line()))
                .map(java -> new Block.CodeBlock("java", java))
                .orElseGet(() -> new Block.CodeBlock("json", CanonicalJson.write(Snapshot.toJson(spec))));
    }

    /** The File line of the metadata: relative to the project root when found, else as recorded. */
    static Optional<String> fileName(Spec spec, SourceResolver sources) {
        if (!spec.source().isKnown()) {
            return Optional.empty();
        }
        return Optional.of(sources.resolve(spec.source()).map(SourceFile::projectPath).orElse(spec.source().file()));
    }

    private static String read(SourceFile file) {
        try {
            return Files.readString(file.file(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.projectPath(), e);
        }
    }
}
