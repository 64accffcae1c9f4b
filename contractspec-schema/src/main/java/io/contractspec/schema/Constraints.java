package io.contractspec.schema;

import io.contractspec.annotations.PublicApi;
import io.contractspec.schema.internal.EcmaRegex;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Value constraints of a field. Numeric bounds are inclusive and apply to number values; lengths
 * count Unicode code points and, with the pattern, apply to string values; item counts apply to
 * arrays. For an array field the value constraints apply to each item.
 */
@PublicApi
public final class Constraints {

    public static final Constraints NONE = new Constraints(null, null, null, null, null, null, null);

    private final BigDecimal minimum;
    private final BigDecimal maximum;
    private final Integer minLength;
    private final Integer maxLength;
    private final String pattern;
    private final Pattern compiledPattern;
    private final Integer minItems;
    private final Integer maxItems;

    Constraints(
            BigDecimal minimum,
            BigDecimal maximum,
            Integer minLength,
            Integer maxLength,
            String pattern,
            Integer minItems,
            Integer maxItems) {
        this.minimum = minimum;
        this.maximum = maximum;
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.pattern = pattern;
        this.compiledPattern = pattern == null ? null : EcmaRegex.compile(pattern);
        this.minItems = minItems;
        this.maxItems = maxItems;
    }

    public Optional<BigDecimal> minimum() {
        return Optional.ofNullable(minimum);
    }

    public Optional<BigDecimal> maximum() {
        return Optional.ofNullable(maximum);
    }

    public Optional<Integer> minLength() {
        return Optional.ofNullable(minLength);
    }

    public Optional<Integer> maxLength() {
        return Optional.ofNullable(maxLength);
    }

    /** The ECMA-262 regular expression a string must contain a match of (a search, not a full match). */
    public Optional<String> pattern() {
        return Optional.ofNullable(pattern);
    }

    public Optional<Integer> minItems() {
        return Optional.ofNullable(minItems);
    }

    public Optional<Integer> maxItems() {
        return Optional.ofNullable(maxItems);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    public boolean hasValueConstraints() {
        return minimum != null || maximum != null || minLength != null || maxLength != null || pattern != null;
    }

    /** The compiled pattern, for validators. */
    public Pattern compiledPattern() {
        return compiledPattern;
    }

    BigDecimal minimumOrNull() {
        return minimum;
    }

    BigDecimal maximumOrNull() {
        return maximum;
    }

    Integer minLengthOrNull() {
        return minLength;
    }

    Integer maxLengthOrNull() {
        return maxLength;
    }

    Integer minItemsOrNull() {
        return minItems;
    }

    Integer maxItemsOrNull() {
        return maxItems;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Constraints other
                && numericEquals(minimum, other.minimum)
                && numericEquals(maximum, other.maximum)
                && Objects.equals(minLength, other.minLength)
                && Objects.equals(maxLength, other.maxLength)
                && Objects.equals(pattern, other.pattern)
                && Objects.equals(minItems, other.minItems)
                && Objects.equals(maxItems, other.maxItems);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                minimum == null ? null : minimum.stripTrailingZeros(),
                maximum == null ? null : maximum.stripTrailingZeros(),
                minLength,
                maxLength,
                pattern,
                minItems,
                maxItems);
    }

    private static boolean numericEquals(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
