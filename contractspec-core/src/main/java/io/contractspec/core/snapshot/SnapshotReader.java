package io.contractspec.core.snapshot;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.contractspec.core.registry.ContractRegistry;
import io.contractspec.core.spec.Spec;
import io.contractspec.core.spec.SpecRef;
import io.contractspec.core.spec.SpecType;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads a snapshot: parses the text strictly (duplicate keys, trailing content) into a
 * {@link SharedTree}, checks the version and the numbers, then rebuilds every spec through its
 * public builder, reading each distinct model, field, type, policy and example once
 * ({@link ReadCache}). Text that is not one plain JSON value is handed to Jackson's tree reader,
 * which words the problem.
 */
final class SnapshotReader {

    /** Decimals are read exactly; their plain form (how they are written back) is kept bounded. */
    private static final int MAX_PLAIN_DIGITS = 1000;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** {@link #MAPPER}'s parsers, but {@link SharedTree} checks for duplicate keys, without allocating. */
    private static final JsonMapper SHARED_TREE_PARSERS =
            MAPPER.rebuild().disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private SnapshotReader() {}

    /** Reads snapshot text. */
    static ContractRegistry registry(String text) {
        String json = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return read(parse(() -> SHARED_TREE_PARSERS.createParser(json), () -> json));
    }

    /** Reads snapshot text given as bytes that are all ASCII, so need no decoding. */
    static ContractRegistry registry(byte[] ascii) {
        return read(parse(() -> SHARED_TREE_PARSERS.createParser(ascii),
                () -> new String(ascii, StandardCharsets.ISO_8859_1)));
    }

    /** Reads a snapshot tree; the tree is left as it is. */
    static ContractRegistry registry(JsonNode document) {
        return read(SharedTree.copy(document));
    }

    /** A parser of the snapshot's text. */
    @FunctionalInterface
    private interface Parsers {
        JsonParser create() throws IOException;
    }

    /** Parses snapshot text into a {@link SharedTree}; the text itself is only needed for problems. */
    private static SharedTree parse(Parsers parsers, Supplier<String> text) {
        return shared(parsers).orElseGet(() -> {
            JsonNode document = jacksonTree(text.get());
            if (document == null || document.isMissingNode()) {
                throw new SnapshotException("", "empty document; expected a snapshot object");
            }
            return SharedTree.copy(document);
        });
    }

    /**
     * The text's one JSON value as a {@link SharedTree}; empty when the text is anything else,
     * which {@link #jacksonTree} then words. Numbers are made as Jackson's tree reader makes them.
     */
    private static Optional<SharedTree> shared(Parsers parsers) {
        try (JsonParser parser = parsers.create()) {
            return Optional.ofNullable(SharedTree.parse(parser, MAPPER::readTree));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The text as Jackson's own tree reader reads it, with the same parser settings: for text that
     * is not one JSON value alone, it words the problem and names where it is.
     */
    private static JsonNode jacksonTree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            String path = e instanceof StreamReadException read && read.getProcessor() != null
                    ? pathOf(read.getProcessor().getParsingContext())
                    : "";
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")";
            throw new SnapshotException(path, "malformed JSON: " + e.getOriginalMessage() + where, e);
        }
    }

    private static ContractRegistry read(SharedTree tree) {
        JsonNode document = tree.root();
        if (!document.isObject()) {
            throw new SnapshotException("", "a snapshot is a JSON object, got " + JsonCursor.kind(document));
        }
        JsonCursor root = JsonCursor.of(document, "");
        checkVersion(root);
        checkNumbers(tree);
        ContractRegistry.Builder registry = ContractRegistry.builder();
        register(registry, root, "operations", OperationJson::read);
        register(registry, root, "events", EventJson::read);
        register(registry, root, "features", FeatureJson::read);
        register(registry, root, "capabilities", CapabilityJson::read);
        root.end();
        return root.build(registry::build);
    }

    static Spec entry(SpecType type, JsonNode tree) {
        SharedTree entry = SharedTree.copy(tree);
        checkNumbers(entry);
        JsonCursor cursor = JsonCursor.of(entry.root(), "");
        return switch (type) {
            case OPERATION -> OperationJson.read(cursor);
            case EVENT -> EventJson.read(cursor);
            case FEATURE -> FeatureJson.read(cursor);
            case CAPABILITY -> CapabilityJson.read(cursor);
        };
    }

    private static void checkVersion(JsonCursor root) {
        if (!root.has("snapshotVersion")) {
            throw root.failAt("snapshotVersion", "required but missing; this is not a ContractSpec snapshot");
        }
        int version = root.integer("snapshotVersion");
        if (version != Snapshot.VERSION) {
            throw root.failAt("snapshotVersion", "unsupported snapshot version " + version
                    + "; this reader understands version " + Snapshot.VERSION);
        }
    }

    private static void register(
            ContractRegistry.Builder registry, JsonCursor root, String key, Function<JsonCursor, Spec> reader) {
        Map<SpecRef, String> seen = new TreeMap<>();
        for (JsonCursor entry : root.objects(key)) {
            Spec spec = reader.apply(entry);
            String previous = seen.putIfAbsent(spec.ref(), entry.path());
            if (previous != null) {
                throw entry.fail("duplicate " + spec.specType().wireName() + " " + spec.ref() + " (also at " + previous + ")");
            }
            registry.register(spec);
        }
    }

    /** Rejects numbers that cannot be written back: non-finite ones and decimals too long in plain form. */
    private static void checkNumbers(SharedTree tree) {
        if (tree.numbers().stream().anyMatch(number -> unwritable(number) != null)) {
            checkNumbers(tree.root(), "");
        }
    }

    /** Names the path of the first unwritable number, in document order. */
    private static void checkNumbers(JsonNode node, String path) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> members = node.fields(); members.hasNext(); ) {
                Map.Entry<String, JsonNode> member = members.next();
                checkNumbers(member.getValue(), path.isEmpty() ? member.getKey() : path + "." + member.getKey());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkNumbers(node.get(i), path + "[" + i + "]");
            }
        } else if (unwritable(node) != null) {
            throw new SnapshotException(path, unwritable(node));
        }
    }

    /** Why a scalar cannot be written back, or {@code null}. */
    private static String unwritable(JsonNode node) {
        if ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
            return "not a finite number";
        }
        if (node.isBigDecimal() && plainDigits(node.decimalValue()) > MAX_PLAIN_DIGITS) {
            return "number has more than " + MAX_PLAIN_DIGITS + " digits in plain form";
        }
        return null;
    }

    private static long plainDigits(BigDecimal value) {
        long precision = value.precision();
        long scale = value.scale();
        return scale <= 0 ? precision - scale : Math.max(precision, scale + 1);
    }

    private static String pathOf(JsonStreamContext context) {
        Deque<String> steps = new ArrayDeque<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                steps.push("[" + Math.max(at.getCurrentIndex(), 0) + "]");
            } else if (at.getCurrentName() != null) {
                steps.push(at.getCurrentName());
            }
        }
        StringBuilder path = new StringBuilder();
        for (String step : steps) {
            if (path.length() > 0 && !step.startsWith("[")) {
                path.append('.');
            }
            path.append(step);
        }
        return path.toString();
    }
}
