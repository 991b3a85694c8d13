package dev.dovetail.runtime.internal.concurrent;

import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.LinearMemory;
import dev.dovetail.abi.Trap;
import dev.dovetail.abi.strings.StringCodec;
import dev.dovetail.runtime.internal.state.ComponentInstanceState;

/**
 * The 📝 built-ins of the reference: {@code canon_error_context_new}, {@code
 * canon_error_context_debug_message} and {@code canon_error_context_drop}. The debug message is
 * kept as given (the reference may also drop it; both are allowed).
 */
public final class ErrorContexts {
    private ErrorContexts() {}

    public static int errorContextNew(
            ComponentInstanceState inst, LiftLowerContext cx, int ptr, int taggedCodeUnits) {
        inst.checkMayLeave();
        String s = StringCodec.load(cx, ptr & 0xFFFF_FFFFL, taggedCodeUnits & 0xFFFF_FFFFL);
        return inst.handles().add(new ErrorContext(s));
    }

    public static void debugMessage(
            ComponentInstanceState inst, LiftLowerContext cx, int i, int ptr) {
        inst.checkMayLeave();
        ErrorContext e = lift(inst, i);
        String message = e.debugMessage();
        long packed = StringCodec.store(cx, message, StringCodec.hostSource(message));
        LinearMemory mem = cx.requireMemory();
        long p = ptr & 0xFFFF_FFFFL;
        Trap.trapIf(p % 4 != 0, "unaligned pointer");
        Trap.trapIf(p + 8 > mem.byteSize(), "pointer out of bounds of memory");
        mem.writeI32(p, (int) StringCodec.ptr(packed));
        mem.writeI32(p + 4, (int) StringCodec.taggedCodeUnits(packed));
    }

    public static void drop(ComponentInstanceState inst, int i) {
        inst.checkMayLeave();
        lift(inst, i);
        inst.handles().remove(i);
    }

    /** {@code lift_error_context}: the error context at {@code i} (it stays in the table). */
    public static ErrorContext lift(ComponentInstanceState inst, int i) {
        Object e = inst.handles().get(i);
        if (!(e instanceof ErrorContext c)) {
            throw new Trap("handle index " + i + " is not an error context");
        }
        return c;
    }
}
