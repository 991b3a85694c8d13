package dev.dovetail.format.validate;

import dev.dovetail.format.InvalidComponentException;
import dev.dovetail.format.model.CoreHeapType;
import dev.dovetail.format.model.CoreValType;
import dev.dovetail.format.model.Limits;
import dev.dovetail.format.types.CoreExtern;
import dev.dovetail.format.types.ModuleType;

/** Core module types: read from module bytes with Chicory, and core extern matching. */
final class CoreModules {
    private CoreModules() {}

    /**
     * The import/export type of an embedded core module. Read with {@link ModuleReader} rather than
     * Chicory's parser, which rejects empty import names (valid in core wasm); the decoder already
     * checks the module itself.
     */
    static ModuleType moduleType(byte[] bytes) {
        ModuleType m = ModuleReader.read(bytes);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (ModuleType.Import i : m.imports()) {
            if (!seen.add(i.module() + "\0" + i.name())) {
                throw new InvalidComponentException(
                        "duplicate import name `" + i.module() + ":" + i.name() + "`");
            }
            checkLimits(i.type());
        }
        m.exports().values().forEach(CoreModules::checkLimits);
        return m;
    }

    /** Memory limits: at most 65536 pages for 32-bit memories. */
    static void checkLimits(CoreExtern t) {
        if (t instanceof CoreExtern.Memory mem) {
            Limits l = mem.limits();
            if (!l.index64()) {
                if (Long.compareUnsigned(l.min(), 65536) > 0
                        || (l.max().isPresent()
                                && Long.compareUnsigned(l.max().getAsLong(), 65536) > 0)) {
                    throw new InvalidComponentException(
                            "memory size must be at most 65536 pages (4GiB)");
                }
            }
            if (l.max().isPresent() && Long.compareUnsigned(l.min(), l.max().getAsLong()) > 0) {
                throw new InvalidComponentException(
                        "size minimum must not be greater than maximum");
            }
        }
    }

    static String refName(CoreValType.Ref r) {
        if (r.nullable() && r.heap() == CoreHeapType.Abstract.FUNC) {
            return "funcref";
        }
        if (r.nullable() && r.heap() == CoreHeapType.Abstract.EXTERN) {
            return "externref";
        }
        return r.toString();
    }

    static boolean limitsMatch(Limits a, Limits e) {
        if (Long.compareUnsigned(a.min(), e.min()) < 0) {
            return false;
        }
        if (e.max().isPresent()) {
            return a.max().isPresent()
                    && Long.compareUnsigned(a.max().getAsLong(), e.max().getAsLong()) <= 0;
        }
        return true;
    }

    /** Null when core extern {@code actual} matches {@code expected}, else why not. */
    static String mismatch(CoreExtern actual, CoreExtern expected) {
        if (!actual.kind().equals(expected.kind())) {
            return "expected " + expected.kind() + ", found " + actual.kind();
        }
        return Dispatch.of(
                () -> {
                    if (expected instanceof CoreExtern.Func e) {
                        return e.type().equals(((CoreExtern.Func) actual).type())
                                ? null
                                : "expected: "
                                        + e.type()
                                        + ", found: "
                                        + ((CoreExtern.Func) actual).type();
                    } else if (expected instanceof CoreExtern.Tag e) {
                        return e.type().equals(((CoreExtern.Tag) actual).type())
                                ? null
                                : "expected: "
                                        + e.type()
                                        + ", found: "
                                        + ((CoreExtern.Tag) actual).type();
                    } else if (expected instanceof CoreExtern.Global e) {
                        CoreExtern.Global a = (CoreExtern.Global) actual;
                        if (a.mutable() != e.mutable()) {
                            return "global types differ in mutability";
                        }
                        return a.type().equals(e.type())
                                ? null
                                : "expected global type " + e.type() + ", found " + a.type();
                    } else if (expected instanceof CoreExtern.Table e) {
                        CoreExtern.Table a = (CoreExtern.Table) actual;
                        if (!a.element().equals(e.element())) {
                            return "expected table element type "
                                    + refName(e.element())
                                    + ", found "
                                    + refName(a.element());
                        }
                        return limitsMatch(a.limits(), e.limits())
                                ? null
                                : "mismatch in table limits";
                    } else if (expected instanceof CoreExtern.Memory e) {
                        CoreExtern.Memory a = (CoreExtern.Memory) actual;
                        if (a.limits().shared() != e.limits().shared()) {
                            return "mismatch in the shared flag for memories";
                        }
                        if (a.limits().index64() != e.limits().index64()) {
                            return "mismatch in index type used for memories";
                        }
                        return limitsMatch(a.limits(), e.limits())
                                ? null
                                : "mismatch in memory limits";
                    }
                    return Dispatch.unreachable();
                });
    }
}
