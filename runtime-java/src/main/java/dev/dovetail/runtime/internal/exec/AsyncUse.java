package dev.dovetail.runtime.internal.exec;

import dev.dovetail.format.model.Canon;
import dev.dovetail.format.model.CanonOpt;
import dev.dovetail.format.model.ComponentDecl;
import dev.dovetail.format.model.ComponentModel;
import dev.dovetail.format.model.ComponentType;
import dev.dovetail.format.model.DefType;
import dev.dovetail.format.model.DefValType;
import dev.dovetail.format.model.FuncType;
import dev.dovetail.format.model.InstanceDecl;
import dev.dovetail.format.model.InstanceType;
import dev.dovetail.format.model.PrimValType;
import dev.dovetail.format.model.Section;
import java.util.List;

/**
 * Whether a component uses the async ABI anywhere (async function types,
 * stream/future/error-context types, async options, any built-in beyond the resource ones).
 * Components that do not keep the direct synchronous call path; the others run every call as a task
 * on the store's event loop.
 */
public final class AsyncUse {
    private AsyncUse() {}

    /** Whether a component uses the async ABI: async types, options or built-ins. */
    public static boolean of(ComponentModel m) {
        for (Section s : m.sections()) {
            if (s instanceof Section.ComponentSection c && of(c.component())) {
                return true;
            }
            if (s instanceof Section.TypeSection ts) {
                for (DefType t : ts.types()) {
                    if (asyncType(t)) {
                        return true;
                    }
                }
            }
            if (s instanceof Section.CanonSection cs) {
                for (Canon c : cs.canons()) {
                    if (asyncCanon(c)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean asyncCanon(Canon c) {
        List<CanonOpt> opts;
        if (c instanceof Canon.Lift l) {
            opts = l.opts();
        } else if (c instanceof Canon.Lower l) {
            opts = l.opts();
        } else {
            return !(c instanceof Canon.ResourceNew
                    || c instanceof Canon.ResourceDrop
                    || c instanceof Canon.ResourceRep);
        }
        for (CanonOpt o : opts) {
            if (o instanceof CanonOpt.Async || o instanceof CanonOpt.Callback) {
                return true;
            }
        }
        return false;
    }

    private static boolean asyncType(DefType t) {
        if (t instanceof FuncType f) {
            return f.async();
        }
        if (t == PrimValType.ERROR_CONTEXT) {
            return true;
        }
        if (t instanceof DefValType.Stream || t instanceof DefValType.Future) {
            return true;
        }
        List<? extends ComponentDecl> decls;
        if (t instanceof ComponentType ct) {
            decls = ct.decls();
        } else if (t instanceof InstanceType it) {
            decls = it.decls();
        } else {
            return false;
        }
        for (ComponentDecl d : decls) {
            if (d instanceof InstanceDecl.TypeDecl td && asyncType(td.type())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first 🧵② shared-everything built-in ({@code thread.spawn-ref}, {@code
     * thread.spawn-indirect}, {@code thread.available-parallelism}) the component defines, or null:
     * the runtime does not support them.
     */
    public static String sharedEverythingBuiltin(ComponentModel m) {
        for (Section s : m.sections()) {
            if (s instanceof Section.ComponentSection c) {
                String nested = sharedEverythingBuiltin(c.component());
                if (nested != null) {
                    return nested;
                }
            }
            if (s instanceof Section.CanonSection cs) {
                for (Canon c : cs.canons()) {
                    if (c instanceof Canon.ThreadSpawnRef) {
                        return "thread.spawn-ref";
                    } else if (c instanceof Canon.ThreadSpawnIndirect) {
                        return "thread.spawn-indirect";
                    } else if (c instanceof Canon.ThreadAvailableParallelism) {
                        return "thread.available-parallelism";
                    }
                }
            }
        }
        return null;
    }
}
