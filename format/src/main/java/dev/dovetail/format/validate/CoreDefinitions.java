package dev.dovetail.format.validate;

import dev.dovetail.format.model.CoreCompType;
import dev.dovetail.format.model.CoreExternType;
import dev.dovetail.format.model.CoreInstance;
import dev.dovetail.format.model.CoreSubType;
import dev.dovetail.format.model.CoreType;
import dev.dovetail.format.model.ModuleDecl;
import dev.dovetail.format.types.CoreExtern;
import dev.dovetail.format.types.CoreFuncType;
import dev.dovetail.format.types.CoreInstanceType;
import dev.dovetail.format.types.ModuleType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Core type definitions and core instances (core:type, core:instance in Explainer.md). */
abstract class CoreDefinitions extends ScopeState {
    CoreDefinitions(ScopeState parent, ScopeKind kind) {
        super(parent, kind);
    }

    void coreType(CoreType t) {
        if (t instanceof CoreType.RecGroup g) {
            for (CoreSubType st : g.types()) {
                if (st.type() instanceof CoreCompType.Func f) {
                    coreTypes.add(new CoreFuncType(f.params(), f.results()));
                } else {
                    coreTypes.add(CORE_GC_TYPE);
                }
            }
        } else if (t instanceof CoreType.ModuleType m) {
            coreTypes.add(moduleType(m));
        }
    }

    ModuleType moduleType(CoreType.ModuleType m) {
        List<Object> local = new ArrayList<>();
        List<ModuleType.Import> imports = new ArrayList<>();
        LinkedHashMap<String, CoreExtern> exports = new LinkedHashMap<>();
        Set<String> importNames = new HashSet<>();
        for (ModuleDecl d : m.decls()) {
            if (d instanceof ModuleDecl.Type t) {
                for (CoreSubType st : t.type().types()) {
                    local.add(
                            st.type() instanceof CoreCompType.Func f
                                    ? new CoreFuncType(f.params(), f.results())
                                    : CORE_GC_TYPE);
                }
            } else if (d instanceof ModuleDecl.OuterAlias o) {
                if (o.count() == 0) {
                    local.add(at(local, o.index(), "type"));
                } else {
                    ScopeState target = outer(o.count() - 1);
                    local.add(at(target.coreTypes, o.index(), "core type"));
                }
            } else if (d instanceof ModuleDecl.Import i) {
                if (!importNames.add(i.imp().module() + "\0" + i.imp().name())) {
                    throw err(
                            "duplicate import name `"
                                    + i.imp().module()
                                    + ":"
                                    + i.imp().name()
                                    + "`");
                }
                CoreExtern it = coreExtern(i.imp().type(), local);
                CoreModules.checkLimits(it);
                imports.add(new ModuleType.Import(i.imp().module(), i.imp().name(), it));
            } else if (d instanceof ModuleDecl.Export e) {
                CoreExtern et = coreExtern(e.type(), local);
                CoreModules.checkLimits(et);
                if (exports.put(e.name(), et) != null) {
                    throw err("export name `" + e.name() + "` already defined");
                }
            }
        }
        return new ModuleType(imports, exports);
    }

    static CoreExtern coreExtern(CoreExternType t, List<Object> types) {
        return ((t instanceof CoreExternType.Func f)
                ? (new CoreExtern.Func(funcOf(types, f.type())))
                : (t instanceof CoreExternType.Tag f)
                        ? (new CoreExtern.Tag(funcOf(types, f.type())))
                        : (t instanceof CoreExternType.Table tb)
                                ? (new CoreExtern.Table(tb.element(), tb.limits()))
                                : (t instanceof CoreExternType.Memory me)
                                        ? (new CoreExtern.Memory(me.limits()))
                                        : (t instanceof CoreExternType.Global g)
                                                ? (new CoreExtern.Global(g.type(), g.mutable()))
                                                : Dispatch.unreachable());
    }

    static CoreFuncType funcOf(List<Object> types, long idx) {
        Object o = at(types, idx, "type");
        if (o instanceof CoreFuncType f) {
            return f;
        }
        throw err("type index " + idx + " is not a function type");
    }

    void coreInstance(CoreInstance ci) {
        if (ci instanceof CoreInstance.Instantiate in) {
            ModuleType mt = at(coreModules, in.module(), "module");
            Map<String, CoreInstanceType> args = new HashMap<>();
            for (CoreInstance.Arg a : in.args()) {
                CoreInstanceType it = at(coreInstances, a.instance(), "core instance");
                if (args.put(a.name(), it) != null) {
                    throw err("duplicate module instantiation argument named `" + a.name() + "`");
                }
            }
            for (ModuleType.Import imp : mt.imports()) {
                CoreInstanceType arg = args.get(imp.module());
                if (arg == null) {
                    throw err("missing module instantiation argument named `" + imp.module() + "`");
                }
                CoreExtern actual = arg.exports().get(imp.name());
                if (actual == null) {
                    throw err(
                            "module instantiation argument `"
                                    + imp.module()
                                    + "` does not export an item named `"
                                    + imp.name()
                                    + "`");
                }
                String m = CoreModules.mismatch(actual, imp.type());
                if (m != null) {
                    throw err(
                            "type mismatch for export `"
                                    + imp.name()
                                    + "` of module instantiation argument `"
                                    + imp.module()
                                    + "`: "
                                    + m);
                }
            }
            coreInstances.add(new CoreInstanceType(mt.exports()));
        } else if (ci instanceof CoreInstance.FromExports fe) {
            LinkedHashMap<String, CoreExtern> ex = new LinkedHashMap<>();
            for (CoreInstance.Export e : fe.exports()) {
                long i = e.target().index();
                CoreExtern t =
                        switch (e.target().sort()) {
                            case FUNC -> new CoreExtern.Func(at(coreFuncs, i, "function"));
                            case TABLE -> at(coreTables, i, "table");
                            case MEMORY -> at(coreMemories, i, "memory");
                            case GLOBAL -> at(coreGlobals, i, "global");
                            case TAG -> at(coreTags, i, "tag");
                            default ->
                                    throw err(
                                            "invalid core export sort `"
                                                    + e.target().sort()
                                                    + "` in an instance of exports");
                        };
                if (ex.put(e.name(), t) != null) {
                    throw err("export name `" + e.name() + "` already defined");
                }
            }
            coreInstances.add(new CoreInstanceType(ex));
        }
    }
}
