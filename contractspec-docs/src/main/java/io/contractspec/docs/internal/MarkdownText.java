package io.contractspec.docs.internal;

/**
 * Escaping for CommonMark/GitHub Markdown, so that text renders as written. Only the characters
 * that could start markup are escaped: an underscore inside a word (as in {@code in_creation}),
 * {@code []} and a lone {@code ]} cannot, and stay as they are.
 */
final class MarkdownText {

    private MarkdownText() {}

    static String text(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*<>|".indexOf(c) >= 0 || c == '_' && !inWord(text, i) || c == '[' && !closesAt(text, i + 1)) {
                out.append('\\');
            }
            out.append(c == '\n' || c == '\r' ? ' ' : c);
        }
        if (out.length() > 0 && "#+-=".indexOf(out.charAt(0)) >= 0) {
            out.insert(0, '\\');
        }
        return out.toString();
    }

    /** {@code []} (as in {@code OrderLine[]}) cannot open a link, so it needs no escape. */
    private static boolean closesAt(String text, int i) {
        return i < text.length() && text.charAt(i) == ']';
    }

    private static boolean inWord(String text, int i) {
        return i > 0 && i < text.length() - 1
                && Character.isLetterOrDigit(text.charAt(i - 1))
                && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    /** A code span, with as many backticks around it as it needs. */
    static String code(String code) {
        String flat = code.replace('\n', ' ').replace('\r', ' ');
        String fence = "`";
        while (flat.contains(fence)) {
            fence += "`";
        }
        boolean pad = flat.startsWith("`") || flat.endsWith("`");
        return fence + (pad ? " " + flat + " " : flat) + fence;
    }

    /** A code fence longer than any run of backticks in the text. */
    static String fence(String text) {
        String fence = "```";
        while (text.contains(fence)) {
            fence += "`";
        }
        return fence;
    }
}
