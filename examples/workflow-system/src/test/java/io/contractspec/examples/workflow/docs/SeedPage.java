package io.contractspec.examples.workflow.docs;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facts of the seed page, read from its text: the rendered docs page of
 * {@code workflow.instance.resume} in the TypeScript original (kept as a test resource, as given).
 *
 * <p>The page text holds a title, a description, bullet metadata ("• Type: operation (command)"),
 * the Goal, Context and Emitted Events sections and the Source Definition (TypeScript), whose
 * {@code meta}, {@code io}, {@code policy}, {@code sideEffects} and {@code acceptance} literals
 * are read as JSON. The bullets appear twice, and the original also leaks untranslated labels
 * ({@code field.key.label}); the first occurrence of each bullet counts, the leaked labels do not.
 */
record SeedPage(
        String key,
        String description,
        Map<String, String> metadata,
        String goal,
        String context,
        String emittedEventsLine,
        String source,
        JsonNode meta,
        JsonNode input,
        String outputModel,
        JsonNode policy,
        JsonNode sideEffects,
        JsonNode acceptance) {

    static final String RESOURCE = "/seed/000_7663ab029eb980ab.txt";

    private static final Pattern KEY = Pattern.compile("[a-z0-9-]+(?:\\.[a-z0-9-]+)+");
    private static final Pattern BULLET = Pattern.compile("^\\s*•\\s*([A-Z][A-Za-z ]*):\\s*(.+)$");
    private static final Pattern OUTPUT = Pattern.compile("output:\\s*([A-Za-z_$][\\w$]*)");

    static SeedPage read() {
        try (InputStream in = SeedPage.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new AssertionError("test resource " + RESOURCE + " is missing");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SeedPage parse(String text) {
        List<String> lines = text.lines().toList();
        int title = indexOf(lines, line -> KEY.matcher(line.strip()).matches(), 0, "a spec key as title");
        Map<String, String> metadata = new LinkedHashMap<>();
        for (String line : lines) {
            Matcher bullet = BULLET.matcher(line);
            if (bullet.matches()) {
                metadata.putIfAbsent(bullet.group(1), bullet.group(2).strip());
            }
        }
        int sourceHeading = heading(lines, "Source Definition");
        String source = String.join("\n", lines.subList(sourceHeading + 1, lines.size()));
        String io = TsLiteral.text(source, "io:");
        Matcher output = OUTPUT.matcher(io);
        if (!output.find()) {
            throw new AssertionError("the seed's io declares no output model");
        }
        return new SeedPage(
                lines.get(title).strip(),
                nextText(lines, title),
                metadata,
                nextText(lines, heading(lines, "Goal")),
                nextText(lines, heading(lines, "Context")),
                nextText(lines, heading(lines, "Emitted Events")),
                source,
                TsLiteral.after(source, "meta:"),
                TsLiteral.after(io, "input: defineSchemaModel("),
                output.group(1),
                TsLiteral.after(source, "policy:"),
                TsLiteral.after(source, "sideEffects:"),
                TsLiteral.after(source, "acceptance:"));
    }

    private static int heading(List<String> lines, String heading) {
        return indexOf(lines, line -> line.strip().equals(heading), 0, "the heading '" + heading + "'");
    }

    private static String nextText(List<String> lines, int index) {
        return lines.get(indexOf(lines, line -> !line.isBlank(), index + 1, "text after line " + (index + 1))).strip();
    }

    private static int indexOf(List<String> lines, java.util.function.Predicate<String> test, int from, String what) {
        for (int i = from; i < lines.size(); i++) {
            if (test.test(lines.get(i))) {
                return i;
            }
        }
        throw new AssertionError("the seed page has no " + what);
    }
}
