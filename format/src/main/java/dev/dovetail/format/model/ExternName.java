package dev.dovetail.format.model;

import java.util.List;
import java.util.Objects;

/**
 * {@code nameattributes}: an import/export name with its optional attributes.
 *
 * <p>The binary has three spellings ({@code 0x00}, {@code 0x01} and {@code 0x02} prefixes); the
 * first two mean the same and carry no attributes. {@link #form} keeps the spelling so a decoded
 * component re-encodes byte for byte. Only the {@link Form#ATTRIBUTED} form may carry attributes.
 * The name's syntax ({@code externname}) and the uniqueness of attribute kinds are checked by the
 * validator, not here.
 */
public record ExternName(Form form, String name, List<NameAttribute> attributes) {
    public enum Form {
        /** {@code 0x00}: the spec's plain spelling. */
        PLAIN,
        /** {@code 0x01}: legacy spelling, same meaning as {@link #PLAIN}. */
        LEGACY,
        /** {@code 0x02}: followed by a vector of attributes. */
        ATTRIBUTED
    }

    public ExternName {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(name, "name");
        attributes = List.copyOf(attributes);
        if (form != Form.ATTRIBUTED && !attributes.isEmpty()) {
            throw new IllegalArgumentException("only the ATTRIBUTED form carries attributes");
        }
    }

    public static ExternName plain(String name) {
        return new ExternName(Form.PLAIN, name, List.of());
    }

    public static ExternName withAttributes(String name, NameAttribute... attributes) {
        return new ExternName(Form.ATTRIBUTED, name, List.of(attributes));
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("\"").append(name).append('"');
        for (NameAttribute a : attributes) {
            sb.append(' ').append(a);
        }
        return sb.toString();
    }
}
