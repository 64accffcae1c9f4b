package io.contractspec.docs.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a spec's definition out of its Java source file.
 *
 * <p>The recorded line is the line of the {@code build()} call that made the spec, i.e. the last
 * line of its definition. The cut:
 * <ol>
 *   <li>ends at the first line, from the recorded one on, whose code ends with {@code ;};</li>
 *   <li>starts at the nearest line at or above the recorded one that declares a variable with an
 *       initializer ({@code public static final OperationSpec RESUME_INSTANCE = ...}); if a line
 *       ending with {@code ;}, <code>{</code> or <code>}</code> comes first (the end of the previous
 *       statement, e.g. when the spec is built in a {@code return}), it starts after that line;</li>
 *   <li>is preceded by the file's imports that it uses (by simple name; wildcard imports always);</li>
 *   <li>loses the indentation all its lines share; line ends become {@code \n}, trailing blanks go.</li>
 * </ol>
 * Nothing is cut when the line is outside the file or no start is found.
 */
public final class DefinitionCutter {

    private static final Pattern DECLARATION = Pattern.compile(
            "^\\s*(?:(?:public|protected|private|static|final)\\s+)*[\\w.$<>\\[\\], ?]+\\s+[\\w$]+\\s*=(?!=).*");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.$]+?)(\\.\\*)?\\s*;\\s*$");
    private static final Pattern LINE_COMMENT = Pattern.compile("\\s*//.*$");

    private DefinitionCutter() {}

    /** The definition ending at the 1-based line, with the imports it uses. */
    public static Optional<String> cut(String source, int line) {
        List<String> lines = source.replace("\r\n", "\n").replace('\r', '\n').lines().map(String::stripTrailing).toList();
        if (line < 1 || line > lines.size()) {
            return Optional.empty();
        }
        int last = line - 1;
        while (last < lines.size() && !code(lines.get(last)).endsWith(";")) {
            last++;
        }
        int first = start(lines, line - 1);
        if (first < 0 || last >= lines.size()) {
            return Optional.empty();
        }
        List<String> definition = dedent(lines.subList(first, last + 1));
        List<String> imports = usedImports(lines, String.join("\n", definition));
        StringBuilder out = new StringBuilder();
        imports.forEach(importLine -> out.append(importLine).append('\n'));
        if (!imports.isEmpty()) {
            out.append('\n');
        }
        definition.forEach(text -> out.append(text).append('\n'));
        return Optional.of(out.toString());
    }

    private static int start(List<String> lines, int buildLine) {
        for (int i = buildLine; i >= 0; i--) {
            String text = lines.get(i);
            if (DECLARATION.matcher(text).matches()) {
                return i;
            }
            String code = code(text);
            if (i < buildLine && (code.endsWith(";") || code.endsWith("{") || code.endsWith("}"))) {
                int next = i + 1;
                while (next < buildLine && isBlankOrComment(lines.get(next))) {
                    next++;
                }
                return next;
            }
        }
        return -1;
    }

    private static String code(String line) {
        return LINE_COMMENT.matcher(line).replaceFirst("").strip();
    }

    private static boolean isBlankOrComment(String line) {
        String text = line.strip();
        return text.isEmpty() || text.startsWith("//") || text.startsWith("/*") || text.startsWith("*");
    }

    private static List<String> dedent(List<String> lines) {
        int indent = lines.stream()
                .filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length())
                .min()
                .orElse(0);
        return lines.stream().map(line -> line.isBlank() ? "" : line.substring(indent)).toList();
    }

    private static List<String> usedImports(List<String> lines, String definition) {
        List<String> used = new ArrayList<>();
        for (String line : lines) {
            Matcher match = IMPORT.matcher(line.strip());
            if (!match.matches()) {
                continue;
            }
            String name = match.group(1);
            String simpleName = name.substring(name.lastIndexOf('.') + 1);
            boolean wildcard = match.group(2) != null;
            if (wildcard || Pattern.compile("\\b" + Pattern.quote(simpleName) + "\\b").matcher(definition).find()) {
                used.add(line.strip());
            }
        }
        return used;
    }
}
