package io.contractspec.build.generate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.contractspec.annotations.Internal;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The one way the CLI writes JSON files: two-space indentation, {@code "key": value}, {@code \n}
 * line ends on every platform and a final newline, keys in the order of the tree. Equal trees give
 * equal bytes.
 */
@Internal
public final class JsonText {

    private static final ObjectWriter WRITER = JsonMapper.builder().build().writer(new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private JsonText() {}

    public static String pretty(JsonNode tree) {
        try {
            return WRITER.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] prettyBytes(JsonNode tree) {
        return pretty(tree).getBytes(StandardCharsets.UTF_8);
    }
}
