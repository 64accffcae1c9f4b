package io.contractspec.cli.command;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Checks of option values that picocli cannot do alone; failures are usage errors (exit 2). */
final class Usage {

    private Usage() {}

    static <E extends Enum<E>> E choice(String option, String value, Class<E> type) {
        String wanted = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new UsageException(option + ": '" + value + "' is not one of "
                        + Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT))
                                .collect(Collectors.joining(", "))));
    }
}
