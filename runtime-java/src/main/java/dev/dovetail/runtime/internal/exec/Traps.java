package dev.dovetail.runtime.internal.exec;

import com.dylibso.chicory.runtime.TrapException;
import com.dylibso.chicory.wasm.ChicoryException;
import dev.dovetail.abi.Trap;

/** Turns what Chicory throws for a failing guest into a {@link Trap} with wasmtime's wording. */
final class Traps {
    private Traps() {}

    /** Wasmtime's wording for a core exception that reaches a component boundary. */
    static final String UNCAUGHT_EXCEPTION = "uncaught exception propagated out of component";

    /**
     * A trap raised while moving values between two component instances, worded as wasmtime's fused
     * adapters word it: {@code "wasm trap: "} and, where the ABI gave one, the adapter wording it
     * carries in parentheses (e.g. {@code list content out-of-bounds}).
     */
    static Trap adapter(Trap t) {
        String m = String.valueOf(t.getMessage());
        if (m.startsWith("wasm trap: ")) {
            return t;
        }
        int open = m.indexOf(" (");
        String wording = open > 0 && m.endsWith(")") ? m.substring(open + 2, m.length() - 1) : m;
        return new Trap("wasm trap: " + wording, t);
    }

    static RuntimeException translate(Throwable e) {
        if (e instanceof Trap t) {
            return t;
        }
        if (e instanceof com.dylibso.chicory.runtime.ChicoryInterruptedException) {
            return new Trap("wasm trap: interrupted", e);
        }
        if (e instanceof com.dylibso.chicory.runtime.WasmException) {
            // a core exception leaving the core function that a `canon lift` (or post-return)
            // called: it must not reach the caller (definitions.py's call_and_trap_on_throw)
            return new Trap("wasm trap: " + UNCAUGHT_EXCEPTION, e);
        }
        if (e instanceof StackOverflowError) {
            return new Trap("wasm trap: call stack exhausted", e);
        }
        if (e instanceof TrapException
                && e.getMessage() != null
                && e.getMessage().contains("unreachable")) {
            return new Trap("wasm trap: wasm `unreachable` instruction executed", e);
        }
        if (e instanceof ChicoryException) {
            return new Trap("wasm trap: " + e.getMessage(), e);
        }
        if (e instanceof RuntimeException r && !thrownByChicory(r)) {
            return r; // a host function's exception, unchanged
        }
        if (e instanceof RuntimeException r) {
            // Chicory 1.7.5 fails on some guest code with a plain JVM exception (e.g. an
            // ArrayIndexOutOfBoundsException in the interpreter's return_call): a trap, not a
            // host error
            return new Trap("wasm trap: " + r, r);
        }
        if (e instanceof Error err) {
            throw err;
        }
        return new Trap("wasm trap: " + e, e);
    }

    /** Whether {@code e} was thrown by Chicory's own code (not by a host function it called). */
    private static boolean thrownByChicory(Throwable e) {
        StackTraceElement[] st = e.getStackTrace();
        return st.length > 0 && st[0].getClassName().startsWith("com.dylibso.chicory.");
    }
}
