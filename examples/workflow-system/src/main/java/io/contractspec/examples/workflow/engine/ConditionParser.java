package io.contractspec.examples.workflow.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * A hand-written recursive-descent parser for {@link Condition}s:
 *
 * <pre>
 * or         := and ('||' and)*
 * and        := unary ('&&' unary)*
 * unary      := '!' unary | comparison
 * comparison := operand (('==' | '!=' | '<' | '<=' | '>' | '>=') operand)?
 * operand    := path | string | number | 'true' | 'false' | 'null' | '(' or ')'
 * path       := 'data' ('.' name)*
 * </pre>
 */
final class ConditionParser {

    /** A value-producing part of an expression. */
    private interface Operand extends Function<JsonNode, JsonNode> {}

    private static final List<String> COMPARISONS = List.of("==", "!=", "<=", ">=", "<", ">");

    private final String text;
    private int at;

    ConditionParser(String text) {
        if (text == null || text.isBlank()) {
            throw new ConditionException("the condition is empty", 1);
        }
        this.text = text;
    }

    Condition parse() {
        Operand expression = or();
        skipSpaces();
        if (at < text.length()) {
            throw error("unexpected '" + text.charAt(at) + "'");
        }
        return data -> truthy(expression.apply(data));
    }

    private Operand or() {
        Operand left = and();
        while (accept("||")) {
            Operand first = left;
            Operand second = and();
            left = data -> BooleanNode.valueOf(truthy(first.apply(data)) || truthy(second.apply(data)));
        }
        return left;
    }

    private Operand and() {
        Operand left = unary();
        while (accept("&&")) {
            Operand first = left;
            Operand second = unary();
            left = data -> BooleanNode.valueOf(truthy(first.apply(data)) && truthy(second.apply(data)));
        }
        return left;
    }

    private Operand unary() {
        skipSpaces();
        if (at < text.length() && text.charAt(at) == '!' && !text.startsWith("!=", at)) {
            at++;
            Operand operand = unary();
            return data -> BooleanNode.valueOf(!truthy(operand.apply(data)));
        }
        return comparison();
    }

    private Operand comparison() {
        Operand left = operand();
        skipSpaces();
        for (String operator : COMPARISONS) {
            if (text.startsWith(operator, at)) {
                at += operator.length();
                Operand right = operand();
                return data -> BooleanNode.valueOf(compare(operator, left.apply(data), right.apply(data)));
            }
        }
        return left;
    }

    private Operand operand() {
        skipSpaces();
        if (at >= text.length()) {
            throw error("expected a value but the condition ended");
        }
        char next = text.charAt(at);
        if (next == '(') {
            at++;
            Operand inner = or();
            if (!accept(")")) {
                throw error("expected ')'");
            }
            return inner;
        }
        if (next == '\'' || next == '"') {
            JsonNode literal = TextNode.valueOf(string(next));
            return data -> literal;
        }
        if (Character.isDigit(next) || next == '-') {
            JsonNode literal = DecimalNode.valueOf(number());
            return data -> literal;
        }
        if (Character.isLetter(next)) {
            return word();
        }
        throw error("unexpected '" + next + "'");
    }

    private Operand word() {
        int start = at;
        String word = name();
        switch (word) {
            case "true", "false" -> {
                JsonNode literal = BooleanNode.valueOf(word.equals("true"));
                return data -> literal;
            }
            case "null" -> {
                return data -> NullNode.getInstance();
            }
            case "data" -> {
                return path();
            }
            default -> throw new ConditionException("unknown name '" + word + "'; paths start with 'data.'", start + 1);
        }
    }

    private Operand path() {
        List<String> names = new java.util.ArrayList<>();
        while (at < text.length() && text.charAt(at) == '.') {
            at++;
            if (at >= text.length() || !Character.isLetter(text.charAt(at)) && text.charAt(at) != '_') {
                throw error("expected a field name after '.'");
            }
            names.add(name());
        }
        return data -> {
            JsonNode node = data == null ? MissingNode.getInstance() : data;
            for (String name : names) {
                node = node.path(name);
            }
            return node.isMissingNode() ? NullNode.getInstance() : node;
        };
    }

    private String name() {
        int start = at;
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
            at++;
        }
        return text.substring(start, at);
    }

    private String string(char quote) {
        int start = at;
        at++;
        StringBuilder value = new StringBuilder();
        while (at < text.length() && text.charAt(at) != quote) {
            if (text.charAt(at) == '\\' && at + 1 < text.length()) {
                at++;
            }
            value.append(text.charAt(at++));
        }
        if (at >= text.length()) {
            throw new ConditionException("unterminated string", start + 1);
        }
        at++;
        return value.toString();
    }

    private BigDecimal number() {
        int start = at;
        if (text.charAt(at) == '-') {
            at++;
        }
        while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
            at++;
        }
        try {
            return new BigDecimal(text.substring(start, at));
        } catch (NumberFormatException e) {
            throw new ConditionException("invalid number '" + text.substring(start, at) + "'", start + 1);
        }
    }

    private boolean accept(String token) {
        skipSpaces();
        if (text.startsWith(token, at)) {
            at += token.length();
            return true;
        }
        return false;
    }

    private void skipSpaces() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private ConditionException error(String message) {
        return new ConditionException(message, at + 1);
    }

    static boolean truthy(JsonNode value) {
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return value.decimalValue().signum() != 0;
        }
        return value.isTextual() && !value.textValue().isEmpty();
    }

    private static boolean compare(String operator, JsonNode left, JsonNode right) {
        return switch (operator) {
            case "==" -> equal(left, right);
            case "!=" -> !equal(left, right);
            default -> order(operator, left, right);
        };
    }

    private static boolean equal(JsonNode left, JsonNode right) {
        if (left.isNumber() && right.isNumber()) {
            return left.decimalValue().compareTo(right.decimalValue()) == 0;
        }
        return left.equals(right);
    }

    private static boolean order(String operator, JsonNode left, JsonNode right) {
        int comparison;
        if (left.isNumber() && right.isNumber()) {
            comparison = left.decimalValue().compareTo(right.decimalValue());
        } else if (left.isTextual() && right.isTextual()) {
            comparison = left.textValue().compareTo(right.textValue());
        } else {
            return false;
        }
        return switch (operator) {
            case "<" -> comparison < 0;
            case "<=" -> comparison <= 0;
            case ">" -> comparison > 0;
            default -> comparison >= 0;
        };
    }
}
