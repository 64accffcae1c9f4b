package io.contractspec.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.contractspec.schema.Diagnostic;
import io.contractspec.schema.Union;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a payload against a {@link Union}. With a discriminator only the selected variant is
 * checked, so its issues are reported as they are; without one, a payload that matches no variant
 * gets one issue that names each variant with its first problem, as listing every issue of every
 * variant would bury the one the caller meant.
 */
final class UnionMatcher {

    private UnionMatcher() {}

    static List<Diagnostic> check(Union union, JsonNode value, PayloadPath path) {
        return union.discriminator().isPresent()
                ? byDiscriminator(union, union.discriminator().get(), value, path)
                : byMatching(union, value, path);
    }

    private static List<Diagnostic> byDiscriminator(Union union, String property, JsonNode value, PayloadPath path) {
        if (!value.isObject()) {
            return List.of(issue("type", path, "expected a " + union.name() + " object, got " + Describe.kind(value)));
        }
        JsonNode tag = value.get(property);
        if (tag == null || tag.isNull()) {
            return List.of(issue("required", path.field(property),
                    "is required to tell which " + union.name() + " this is (one of " + tags(union) + ")"));
        }
        Optional<Union.Variant> variant = tag.isTextual() ? union.variant(tag.textValue()) : Optional.empty();
        if (variant.isEmpty()) {
            return List.of(issue("discriminator", path.field(property), "must be one of " + tags(union)
                    + ", got " + (tag.isTextual() ? Describe.quote(tag.textValue()) : Describe.kind(tag))));
        }
        return PayloadValidator.checkType(variant.get().type(), value, path);
    }

    private static List<Diagnostic> byMatching(Union union, JsonNode value, PayloadPath path) {
        List<String> matched = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Union.Variant variant : union.variants()) {
            List<Diagnostic> issues = PayloadValidator.checkType(variant.type(), value, path);
            if (issues.isEmpty()) {
                matched.add(variant.tag());
                if (!union.isExclusive()) {
                    return List.of();
                }
            } else {
                failures.add(variant.tag() + ": " + first(issues));
            }
        }
        if (matched.size() == 1) {
            return List.of();
        }
        if (matched.isEmpty()) {
            return List.of(issue("union", path, "must match " + (union.isExclusive() ? "exactly one" : "at least one")
                    + " of the " + union.name() + " variants, matched none (" + String.join("; ", failures) + ")"));
        }
        return List.of(issue("union", path, "must match exactly one of the " + union.name()
                + " variants, matched " + String.join(", ", matched)));
    }

    private static String first(List<Diagnostic> issues) {
        Diagnostic issue = issues.get(0);
        String at = issue.path().isEmpty() ? "" : issue.path() + " ";
        return at + issue.message();
    }

    private static String tags(Union union) {
        return union.variants().stream().map(Union.Variant::tag).toList().toString();
    }

    private static Diagnostic issue(String code, PayloadPath path, String message) {
        return Diagnostic.issue(code, path.toString(), message);
    }
}
