package io.contractspec.schema.internal;

import java.math.BigDecimal;

/** Compares a long with a decimal bound exactly, without a {@code BigDecimal} for the long when it can. */
final class Bounds {

    /** Decimals of at most 18 digits and no fraction are exactly a long. */
    private static final int LONG_SAFE_PRECISION = 18;

    private Bounds() {}

    /** {@code Long.signum(number - bound)}, exact. */
    static int compare(long number, BigDecimal bound) {
        if (bound.scale() == 0 && bound.precision() <= LONG_SAFE_PRECISION) {
            return Long.compare(number, bound.longValue());
        }
        return BigDecimal.valueOf(number).compareTo(bound);
    }
}
