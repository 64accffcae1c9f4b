package io.contractspec.governance.catalog;

import io.contractspec.annotations.PublicApi;
import io.contractspec.governance.RuleInfo;
import io.contractspec.governance.diff.BreakingChanges;
import io.contractspec.governance.diff.ChangeLevel;
import io.contractspec.governance.diff.DiffRule;
import io.contractspec.governance.lint.Linter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every rule of a linter and a breaking-change engine in one table: breaking-change rules by level
 * (breaking first) then id, version-policy checks by id, lint rules by severity (most severe first)
 * then id. Render it with {@link RuleTableFormat}.
 *
 * <pre>{@code
 * String page = RuleTableFormat.MARKDOWN.render(RuleTable.standard());
 * }</pre>
 */
@PublicApi
public final class RuleTable {

    private final List<RuleRow> rows;

    private RuleTable(List<RuleRow> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The rules on this library's class path: the built-in ones and any listed in {@code META-INF/services}. */
    public static RuleTable standard() {
        return of(Linter.standard(), BreakingChanges.standard());
    }

    public static RuleTable of(Linter linter, BreakingChanges breakingChanges) {
        Objects.requireNonNull(linter, "linter");
        Objects.requireNonNull(breakingChanges, "breakingChanges");
        List<RuleRow> rows = new ArrayList<>();
        breakingChanges.rules().stream()
                .sorted(Comparator.comparing(DiffRule::level).thenComparing(DiffRule::id))
                .forEach(rule -> rows.add(new RuleRow(RuleRow.Kind.BREAKING_CHANGE, rule.id(),
                        Optional.of(rule.level()), rule.level().severity(), rule.summary(), rule.rationale())));
        breakingChanges.policy().catalog().stream()
                .sorted(Comparator.comparing(RuleInfo::id))
                .forEach(info -> rows.add(row(RuleRow.Kind.VERSION_POLICY, info)));
        linter.catalog().stream()
                .sorted(Comparator.comparing(RuleInfo::defaultSeverity, Comparator.reverseOrder()).thenComparing(RuleInfo::id))
                .forEach(info -> rows.add(row(RuleRow.Kind.LINT, info)));
        return new RuleTable(rows);
    }

    private static RuleRow row(RuleRow.Kind kind, RuleInfo info) {
        return new RuleRow(kind, info.id(), Optional.<ChangeLevel>empty(), info.defaultSeverity(), info.summary(),
                info.rationale());
    }

    /** Every row, section by section. */
    public List<RuleRow> rows() {
        return rows;
    }

    /** The rows of one section. */
    public List<RuleRow> rows(RuleRow.Kind kind) {
        return rows.stream().filter(row -> row.kind() == kind).toList();
    }
}
