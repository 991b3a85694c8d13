package dev.dovetail.runtime.internal.exec;

import dev.dovetail.runtime.internal.core.CompiledModule;
import java.util.ArrayList;
import java.util.List;

/**
 * The index spaces of one component instance while it is being instantiated: every definition
 * appends to the space of its sort, in binary order, exactly as validation numbered them.
 */
public final class Scope {
    final Scope enclosing;
    final List<RuntimeItem> funcs = new ArrayList<>();
    final List<RuntimeItem> values = new ArrayList<>();
    final List<RuntimeItem> types = new ArrayList<>();
    final List<RuntimeItem> components = new ArrayList<>();
    final List<RuntimeItem> instances = new ArrayList<>();
    final List<CoreFunc> coreFuncs = new ArrayList<>();
    final List<CoreExport.Table> coreTables = new ArrayList<>();
    final List<CoreExport.Mem> coreMemories = new ArrayList<>();
    final List<CoreExport.Global> coreGlobals = new ArrayList<>();
    final List<CoreExport.Tag> coreTags = new ArrayList<>();
    final List<CompiledModule> coreModules = new ArrayList<>();
    final List<CoreInstanceRt> coreInstances = new ArrayList<>();
    int coreTypes;

    Scope(Scope enclosing) {
        this.enclosing = enclosing;
    }

    static <T> T at(List<T> space, long index, String what) {
        if (index < 0 || index >= space.size()) {
            throw new IllegalStateException(
                    what + " index " + index + " out of bounds at run time");
        }
        return space.get((int) index);
    }
}
