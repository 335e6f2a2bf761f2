package org.wbcigateway.domain.message;

import java.util.List;
import java.util.Objects;
import org.wbcigateway.domain.id.InvalidValueException;

/** Cardinality checks of the wire structure (spec §5), applied when a domain message is built. */
final class Cardinality {

    private Cardinality() {}

    static <T> List<T> list(String element, List<T> values, int min, int max) {
        List<T> copy = values == null ? List.of() : List.copyOf(values);
        if (copy.size() < min || copy.size() > max) {
            throw new InvalidValueException(element + " occurs " + copy.size() + " times, allowed " + min + ".." + max);
        }
        return copy;
    }

    static <T> T required(String element, T value) {
        if (value == null) {
            throw new InvalidValueException(element + " is required");
        }
        return value;
    }

    static void exactlyOne(String choice, Object... alternatives) {
        long present =
                java.util.Arrays.stream(alternatives).filter(Objects::nonNull).count();
        if (present != 1) {
            throw new InvalidValueException(choice + " needs exactly one of its alternatives, found " + present);
        }
    }
}
