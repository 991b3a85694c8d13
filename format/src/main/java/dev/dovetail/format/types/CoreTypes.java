package dev.dovetail.format.types;

import dev.dovetail.format.model.Limits;

final class CoreTypes {
    private CoreTypes() {}

    static String limits(Limits l) {
        StringBuilder sb = new StringBuilder();
        if (l.index64()) {
            sb.append("i64 ");
        }
        sb.append(Long.toUnsignedString(l.min()));
        l.max().ifPresent(m -> sb.append(' ').append(Long.toUnsignedString(m)));
        if (l.shared()) {
            sb.append(" shared");
        }
        return sb.toString();
    }
}
