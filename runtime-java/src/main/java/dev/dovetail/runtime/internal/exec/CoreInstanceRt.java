package dev.dovetail.runtime.internal.exec;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.ExportSection;
import dev.dovetail.runtime.internal.core.CompiledModule;
import java.util.HashMap;
import java.util.Map;

/** A core instance at run time: a Chicory instance or a bag of exports. */
public final class CoreInstanceRt {
    private final Map<String, CoreExport> exports;

    private CoreInstanceRt(Map<String, CoreExport> exports) {
        this.exports = exports;
    }

    /** The exports of an instantiated module. */
    public static CoreInstanceRt of(Instance instance, CompiledModule module) {
        Map<String, CoreExport> exports = new HashMap<>();
        ExportSection section = instance.module().exportSection();
        for (int i = 0; i < section.exportCount(); i++) {
            Export e = section.getExport(i);
            String name = e.name();
            CoreExport x =
                    switch (e.exportType()) {
                        case FUNCTION -> {
                            var f = instance.export(name);
                            var type = instance.type(instance.functionType(e.index()));
                            yield new CoreExport.Func(CoreFunc.ofExport(type, f));
                        }
                        case TABLE ->
                                new CoreExport.Table(instance.table(e.index()), module.bytes());
                        case MEMORY -> new CoreExport.Mem(instance.memory(e.index()));
                        case GLOBAL -> new CoreExport.Global(instance.global(e.index()));
                        case TAG -> new CoreExport.Tag(instance.tag(e.index()));
                    };
            exports.put(name, x);
        }
        return new CoreInstanceRt(exports);
    }

    /** An instance made of an export bag. */
    public static CoreInstanceRt ofBag(Map<String, CoreExport> exports) {
        return new CoreInstanceRt(Map.copyOf(exports));
    }

    /** The export named {@code name}, or {@code null}. */
    public CoreExport export(String name) {
        return exports.get(name);
    }
}
