package org.wbcigateway.domain.id;

/** A value that breaks its simple type (spec §5.2). On the wire the same value is a structure error (TEQ 0995). */
public class InvalidValueException extends IllegalArgumentException {

    private final transient SimpleType type;

    public InvalidValueException(SimpleType type, String value) {
        super(type + ": '" + value + "' is not a valid value (" + type.describe() + ")");
        this.type = type;
    }

    public InvalidValueException(String message) {
        super(message);
        this.type = null;
    }

    /** The simple type that was broken, or {@code null} for a structural (cardinality, choice) violation. */
    public SimpleType type() {
        return type;
    }
}
