package dev.dovetail.abi.codec;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A host error: a {@link dev.dovetail.abi.Val} handed to lowering does not have the shape of its
 * type (for example a {@code Str} where a {@code u32} is expected, an unknown case name or a
 * missing field). Not a {@link dev.dovetail.abi.Trap}: the guest did nothing wrong.
 *
 * <p>The message names where the mismatch is, outermost first, for example {@code parameter 2 (`p`)
 * field `x`: expected u32, found Str}. Codecs add path segments as the exception unwinds through
 * them, so the happy path pays nothing for it.
 */
public final class ValueTypeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String detail;
    private final Deque<String> path = new ArrayDeque<>();

    public ValueTypeException(String detail) {
        super(detail);
        this.detail = detail;
    }

    /** {@code expected <type>, found <Val kind>}. */
    public static ValueTypeException expected(Object expectedType, Object found) {
        return new ValueTypeException(
                "expected "
                        + expectedType
                        + ", found "
                        + (found == null ? "nothing" : found.getClass().getSimpleName()));
    }

    /** Adds {@code segment} (e.g. {@code field `x`}) in front of the path; returns this. */
    public ValueTypeException within(String segment) {
        path.addFirst(segment);
        return this;
    }

    /** The mismatch without the path. */
    public String detail() {
        return detail;
    }

    /** The path segments, outermost first. */
    public String path() {
        return String.join(" ", path);
    }

    @Override
    public String getMessage() {
        return path.isEmpty() ? detail : path() + ": " + detail;
    }
}
