package io.contractspec.schema.internal.scalar;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A string from a fixed set of codes supplied by the JDK, compared exactly (case-sensitive). The
 * set, and so the schema's {@code enum}, depends on the JDK's data (tzdb, ISO 4217, ISO 3166).
 */
public final class CodeSetRule extends StringFormatRule {

    private final Set<String> codes;

    private CodeSetRule(String expected, Set<String> codes) {
        super(expected, fragment(codes));
        this.codes = Set.copyOf(codes);
    }

    /** The region ids of {@link ZoneId#getAvailableZoneIds()}, e.g. Europe/Zurich, UTC. */
    public static CodeSetRule timeZones() {
        return new CodeSetRule("an IANA time-zone id such as Europe/Zurich", ZoneId.getAvailableZoneIds());
    }

    /** The codes of {@link Currency#getAvailableCurrencies()}, e.g. CHF. */
    public static CodeSetRule currencies() {
        return new CodeSetRule("an ISO 4217 currency code such as CHF",
                Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).collect(Collectors.toSet()));
    }

    /** The codes of {@link Locale#getISOCountries()}, upper case, e.g. CH. */
    public static CodeSetRule countries() {
        return new CodeSetRule("an ISO 3166-1 alpha-2 country code such as CH",
                Set.copyOf(Arrays.asList(Locale.getISOCountries())));
    }

    private static ObjectNode fragment(Set<String> codes) {
        ObjectNode node = Fragments.ofType("string");
        ArrayNode values = node.putArray("enum");
        new TreeSet<>(codes).forEach(values::add);
        return node;
    }

    @Override
    public boolean accepts(String text) {
        return codes.contains(text);
    }

    /** The codes, sorted. */
    public Set<String> codes() {
        return new TreeSet<>(codes);
    }
}
