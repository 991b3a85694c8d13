package dev.dovetail.abi;

/**
 * A WebAssembly or Canonical ABI trap. The message uses the wording of the specification's
 * reference tests (for example {@code "invalid utf-8"} or {@code "unaligned pointer"}) so that
 * {@code assert_trap} directives can match it by substring.
 */
public class Trap extends DovetailException {
    private static final long serialVersionUID = 1L;

    public Trap(String message) {
        super(message);
    }

    public Trap(String message, Throwable cause) {
        super(message, cause);
    }

    /** Throws a trap with {@code message} when {@code condition} holds. */
    public static void trapIf(boolean condition, String message) {
        if (condition) {
            throw new Trap(message);
        }
    }
}
