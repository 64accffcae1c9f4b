package io.contractspec.docs;

import io.contractspec.annotations.PublicApi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Generated files: relative paths ({@code /}-separated, e.g. {@code workflow.instances/workflow.instance.resume.md})
 * mapped to their bytes, in path order. Write them to a folder, or serve them straight from memory.
 */
@PublicApi
public final class GeneratedDocs {

    private final SortedMap<String, byte[]> files;

    GeneratedDocs(Map<String, byte[]> files) {
        TreeMap<String, byte[]> copy = new TreeMap<>();
        files.forEach((path, content) -> copy.put(checkPath(path), content.clone()));
        this.files = Collections.unmodifiableSortedMap(copy);
    }

    private static String checkPath(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || List.of(path.split("/")).contains("..")) {
            throw new IllegalArgumentException("'" + path + "' is not a relative path inside the output folder");
        }
        return path;
    }

    /** Every path, sorted. */
    public List<String> paths() {
        return List.copyOf(files.keySet());
    }

    /** A copy of the content at a path. */
    public Optional<byte[]> content(String path) {
        return Optional.ofNullable(files.get(path)).map(byte[]::clone);
    }

    /** A copy of every file, path to content, in path order: what a web server needs to serve the docs. */
    public Map<String, byte[]> toMap() {
        Map<String, byte[]> copy = new LinkedHashMap<>();
        files.forEach((path, content) -> copy.put(path, content.clone()));
        return copy;
    }

    /**
     * Writes every file below the folder, creating folders as needed and replacing files of the same
     * name. Files already in the folder that were not generated are left alone.
     *
     * @return the written files, in path order
     */
    public List<Path> writeTo(Path folder) throws IOException {
        Objects.requireNonNull(folder, "folder");
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = folder.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
            written.add(target);
        }
        return written;
    }

    /** The media type to serve a generated file with, from its extension. */
    public static String mediaType(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return switch (extension) {
            case "html" -> "text/html; charset=utf-8";
            case "css" -> "text/css; charset=utf-8";
            case "js" -> "text/javascript; charset=utf-8";
            case "json" -> "application/json";
            case "md" -> "text/markdown; charset=utf-8";
            default -> "application/octet-stream";
        };
    }

    @Override
    public String toString() {
        return "GeneratedDocs" + files.keySet();
    }
}
