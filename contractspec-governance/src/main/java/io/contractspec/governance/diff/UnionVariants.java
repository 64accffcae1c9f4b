package io.contractspec.governance.diff;

import io.contractspec.schema.Field;
import io.contractspec.schema.Union;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** How two unions differ in the variants a payload can select: by tag, discriminator and exclusivity. */
final class UnionVariants {

    private UnionVariants() {}

    /** Same tags, discriminator and exclusivity; the variants' own content is compared field by field. */
    static boolean sameSelection(Union a, Union b) {
        return tags(a).equals(tags(b))
                && Objects.equals(a.discriminator(), b.discriminator())
                && a.isExclusive() == b.isExclusive();
    }

    /** Tags of {@code from}'s union that {@code without}'s union lacks; empty unless both fields hold unions. */
    static List<String> tagsOnlyIn(Field from, Field without) {
        if (from == null || without == null
                || !(from.type() instanceof Union a) || !(without.type() instanceof Union b)) {
            return List.of();
        }
        List<String> tags = new ArrayList<>(tags(a));
        tags.removeAll(tags(b));
        return tags;
    }

    private static List<String> tags(Union union) {
        return union.variants().stream().map(Union.Variant::tag).sorted().toList();
    }
}
