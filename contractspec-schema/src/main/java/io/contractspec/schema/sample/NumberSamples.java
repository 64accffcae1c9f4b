package io.contractspec.schema.sample;

import java.math.BigInteger;

/**
 * Samples of the number scalars. Every sample is a finite JSON number (NaN and Infinity are not
 * JSON values) and means the same after a round trip through JSON text with a default
 * {@code ObjectMapper}; doubles are used where JSON text has a fraction or an exponent.
 */
final class NumberSamples {

    private static final BigInteger TWO_POW_63 = BigInteger.ONE.shiftLeft(63);

    private NumberSamples() {}

    static SampleSet integer() {
        return new SampleSet()
                .valid(0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE)
                .valid(1.0, 1e2, -0.0, 1e15, -9.223372036854775808E18, 9.2233720368547748E18)
                .invalid("type", 1.5, -0.5, 0.1, 4.9E-324, 123.456, 4503599627370495.5)
                .invalid("maximum", TWO_POW_63, BigInteger.TEN.pow(30), 9.223372036854776E18, 1e19, 1e300)
                .invalid("minimum", TWO_POW_63.negate().subtract(BigInteger.ONE), BigInteger.TEN.pow(30).negate())
                .invalid("minimum", -9.223372036854778E18, -1e300)
                .notNumbers();
    }

    static SampleSet floating() {
        return new SampleSet()
                .valid(0, -1, 1.5, -0.0, 1e300, -1e-300, 4.9E-324, Double.MAX_VALUE, Long.MAX_VALUE)
                .valid(BigInteger.TEN.pow(30), TWO_POW_63)
                .invalid("type", "1.5", "NaN", "Infinity")
                .notNumbers();
    }

    static SampleSet latitude() {
        return range(90);
    }

    static SampleSet longitude() {
        return range(180);
    }

    private static SampleSet range(int bound) {
        double justAbove = Math.nextUp((double) bound);
        return new SampleSet()
                .valid(0, bound, -bound, (double) bound, (double) -bound, bound - 0.5, -bound + 1e-9, Math.nextDown((double) bound))
                .invalid("maximum", justAbove, bound + 1, 1e300, Long.MAX_VALUE, BigInteger.TEN.pow(30))
                .invalid("minimum", -justAbove, -bound - 1, -1e300, Long.MIN_VALUE, BigInteger.TEN.pow(30).negate())
                .invalid("type", String.valueOf(bound / 2), "", true, SampleSet.json("[]"), SampleSet.json("{}"));
    }
}
