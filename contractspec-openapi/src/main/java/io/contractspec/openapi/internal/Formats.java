package io.contractspec.openapi.internal;

import io.contractspec.schema.Scalar;
import java.util.Map;

/** String formats to our scalars; an unknown format stays a plain String, as the document allows any text then. */
final class Formats {

    private static final Map<String, Scalar> SCALARS = Map.of(
            "date-time", Scalar.DATE_TIME,
            "date", Scalar.DATE,
            "time", Scalar.TIME,
            "uuid", Scalar.UUID,
            "email", Scalar.EMAIL_ADDRESS,
            "uri", Scalar.URL,
            "url", Scalar.URL);

    private Formats() {}

    static Scalar scalar(String format) {
        return format == null ? Scalar.STRING : SCALARS.getOrDefault(format, Scalar.STRING);
    }

    /** The format our export writes for a scalar, to compare documents; null for none. */
    static String format(Scalar scalar) {
        for (Map.Entry<String, Scalar> entry : SCALARS.entrySet()) {
            if (entry.getValue() == scalar && !entry.getKey().equals("url")) {
                return entry.getKey();
            }
        }
        return null;
    }
}
