package dev.dovetail.runtime.internal.exec;

import com.dylibso.chicory.runtime.ImportFunction;
import com.dylibso.chicory.runtime.ImportGlobal;
import com.dylibso.chicory.runtime.ImportMemory;
import com.dylibso.chicory.runtime.ImportTable;
import com.dylibso.chicory.runtime.ImportTag;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.TableInstance;
import com.dylibso.chicory.wasm.types.ImportSection;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import com.dylibso.chicory.wasm.types.Table;
import com.dylibso.chicory.wasm.types.TableLimits;
import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.Realloc;
import dev.dovetail.abi.StringEncoding;
import dev.dovetail.abi.codec.FuncPlan;
import dev.dovetail.abi.type.FuncType;
import dev.dovetail.abi.type.ResourceType;
import dev.dovetail.format.model.Alias;
import dev.dovetail.format.model.Canon;
import dev.dovetail.format.model.CanonOpt;
import dev.dovetail.format.model.ComponentModel;
import dev.dovetail.format.model.CoreInstance;
import dev.dovetail.format.model.CoreSortIdx;
import dev.dovetail.format.model.DefType;
import dev.dovetail.format.model.Export;
import dev.dovetail.format.model.Import;
import dev.dovetail.format.model.Section;
import dev.dovetail.format.model.Sort;
import dev.dovetail.format.model.SortIdx;
import dev.dovetail.format.types.ComponentItem;
import dev.dovetail.format.validate.ComponentTypeInfo;
import dev.dovetail.runtime.UnlinkableException;
import dev.dovetail.runtime.UnsupportedFeatureException;
import dev.dovetail.runtime.internal.core.ChicoryMemory;
import dev.dovetail.runtime.internal.core.CompiledModule;
import dev.dovetail.runtime.internal.state.ComponentInstanceState;
import dev.dovetail.runtime.internal.state.DefinedResourceType;
import dev.dovetail.runtime.internal.state.Task;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Instantiates a validated component: walks its sections in order, filling the index spaces of a
 * {@link Scope} with run-time definitions (Chicory instances, lifted and lowered functions,
 * resource types, nested instances) and returns its exports.
 */
public final class Instantiator {
    private final InstantiationContext cx;
    private final ComponentTypeInfo info;
    private final Scope scope;
    private final ComponentInstanceState state;
    private final InstanceHandles handles;
    private final Map<String, RuntimeItem> exports = new LinkedHashMap<>();

    private static final com.dylibso.chicory.runtime.ExecutionListener INTERRUPT_CHECK =
            (instruction, stack) -> {
                if (Thread.currentThread().isInterrupted()) {
                    throw new com.dylibso.chicory.runtime.ChicoryInterruptedException(
                            "Thread interrupted");
                }
            };

    private Instantiator(
            InstantiationContext cx,
            ComponentTypeInfo info,
            Scope enclosing,
            ComponentInstanceState parent) {
        this.cx = cx;
        this.info = info;
        this.scope = new Scope(enclosing);
        this.state = new ComponentInstanceState(cx.store(), parent, cx.maxHandles());
        this.handles = new InstanceHandles(state);
    }

    /**
     * Instantiates {@code model} with {@code imports} (by import name, already type-checked).
     *
     * @param enclosing the scope outer aliases refer to, {@code null} at the top
     * @param parent the instance this one is nested in, {@code null} at the top
     */
    public static RuntimeItem.Instance instantiate(
            InstantiationContext cx,
            ComponentModel model,
            ComponentTypeInfo info,
            Map<String, RuntimeItem> imports,
            Scope enclosing,
            ComponentInstanceState parent) {
        cx.countInstance();
        Instantiator in = new Instantiator(cx, info, enclosing, parent);
        in.run(model, imports);
        return new RuntimeItem.Instance(in.exports);
    }

    private void run(ComponentModel model, Map<String, RuntimeItem> imports) {
        for (Section sec : model.sections()) {
            if (sec instanceof Section.CoreModuleSection m) {
                scope.coreModules.add(cx.module(m));
            } else if (sec instanceof Section.CoreInstanceSection s) {
                s.instances().forEach(this::coreInstance);
            } else if (sec instanceof Section.CoreTypeSection s) {
                scope.coreTypes += s.types().size();
            } else if (sec instanceof Section.ComponentSection s) {
                int index = scope.components.size();
                scope.components.add(
                        new RuntimeItem.Component(
                                s.component(), info.nestedComponents().get(index), scope));
            } else if (sec instanceof Section.InstanceSection s) {
                s.instances().forEach(this::instance);
            } else if (sec instanceof Section.AliasSection s) {
                s.aliases().forEach(this::alias);
            } else if (sec instanceof Section.TypeSection s) {
                s.types().forEach(this::type);
            } else if (sec instanceof Section.CanonSection s) {
                s.canons().forEach(this::canon);
            } else if (sec instanceof Section.StartSection) {
                throw new UnsupportedFeatureException("component start functions (value imports)");
            } else if (sec instanceof Section.ImportSection s) {
                for (Import imp : s.imports()) {
                    RuntimeItem item = imports.get(imp.name().name());
                    if (item == null) {
                        throw new IllegalStateException("import not supplied: " + imp.name());
                    }
                    push(sortOf(imp.type()), item);
                }
            } else if (sec instanceof Section.ExportSection s) {
                for (Export ex : s.exports()) {
                    RuntimeItem item = item(ex.target());
                    exports.put(ex.name().name(), item);
                    push(ex.target().sort(), item);
                }
            } else if (sec instanceof Section.ValueSection) {
                throw new UnsupportedFeatureException("component values");
            }
        }
    }

    // ---- index spaces ------------------------------------------------------------------

    private static Sort sortOf(dev.dovetail.format.model.ExternType t) {
        if (t instanceof dev.dovetail.format.model.ExternType.Func) {
            return Sort.FUNC;
        } else if (t instanceof dev.dovetail.format.model.ExternType.Instance) {
            return Sort.INSTANCE;
        } else if (t instanceof dev.dovetail.format.model.ExternType.Type) {
            return Sort.TYPE;
        } else if (t instanceof dev.dovetail.format.model.ExternType.Component) {
            return Sort.COMPONENT;
        } else if (t instanceof dev.dovetail.format.model.ExternType.CoreModule) {
            return Sort.CORE_MODULE;
        }
        return Sort.VALUE;
    }

    /** Appends a component-level item and binds the validator's resource types to it. */
    private void push(Sort sort, RuntimeItem item) {
        switch (sort) {
            case FUNC -> scope.funcs.add(item);
            case VALUE -> scope.values.add(item);
            case TYPE -> {
                bind(info.types().get(scope.types.size()), item);
                scope.types.add(item);
            }
            case COMPONENT -> scope.components.add(item);
            case INSTANCE -> {
                bind(info.instances().get(scope.instances.size()), item);
                scope.instances.add(item);
            }
            case CORE_MODULE -> scope.coreModules.add(((RuntimeItem.Module) item).module());
            default -> throw new IllegalStateException("core sort " + sort + " at component level");
        }
    }

    /** Maps every resource type in {@code type} to its run-time identity in {@code item}. */
    private void bind(ComponentItem type, RuntimeItem item) {
        if (type instanceof ComponentItem.Resource r && item instanceof RuntimeItem.Resource rt) {
            handles.bind(r.resource(), rt.type());
        } else if (type instanceof ComponentItem.ComponentInstance it
                && item instanceof RuntimeItem.Instance inst) {
            it.type()
                    .exports()
                    .forEach(
                            (name, t) -> {
                                RuntimeItem e = inst.exports().get(name);
                                if (e != null) {
                                    bind(t, e);
                                }
                            });
        }
    }

    private RuntimeItem item(SortIdx target) {
        long i = target.index();
        return switch (target.sort()) {
            case FUNC -> Scope.at(scope.funcs, i, "func");
            case VALUE -> Scope.at(scope.values, i, "value");
            case TYPE -> Scope.at(scope.types, i, "type");
            case COMPONENT -> Scope.at(scope.components, i, "component");
            case INSTANCE -> Scope.at(scope.instances, i, "instance");
            case CORE_MODULE -> new RuntimeItem.Module(Scope.at(scope.coreModules, i, "module"));
            default -> throw new IllegalStateException("sort " + target.sort() + " as an item");
        };
    }

    // ---- core instances -------------------------------------------------------------------

    private void coreInstance(CoreInstance ci) {
        if (ci instanceof CoreInstance.FromExports bag) {
            Map<String, CoreExport> exports = new HashMap<>();
            for (CoreInstance.Export e : bag.exports()) {
                exports.put(e.name(), coreExport(e.target()));
            }
            scope.coreInstances.add(CoreInstanceRt.ofBag(exports));
            return;
        }
        CoreInstance.Instantiate inst = (CoreInstance.Instantiate) ci;
        CompiledModule module = Scope.at(scope.coreModules, inst.module(), "module");
        Map<String, CoreInstanceRt> args = new HashMap<>();
        for (CoreInstance.Arg a : inst.args()) {
            args.put(a.name(), Scope.at(scope.coreInstances, a.instance(), "core instance"));
        }
        ImportSection imports = module.module().importSection();
        byte[] shim = null;
        ImportValues.Builder values = ImportValues.builder();
        for (int i = 0; i < imports.importCount(); i++) {
            com.dylibso.chicory.wasm.types.Import imp = imports.getImport(i);
            CoreInstanceRt from = args.get(imp.module());
            CoreExport x =
                    from == null
                            ? null
                            : from.export(
                                    dev.dovetail.runtime.internal.core.EmptyImportNames.original(
                                            imp.name()));
            if (x == null) {
                throw new IllegalStateException(
                        "core import " + imp.module() + "." + imp.name() + " not supplied");
            }
            switch (imp.importType()) {
                case FUNCTION -> {
                    CoreFunc f = ((CoreExport.Func) x).func();
                    values.addFunction(
                            new ImportFunction(imp.module(), imp.name(), f.type(), f.handle()));
                }
                case TABLE -> {
                    CoreExport.Table t = (CoreExport.Table) x;
                    values.addTable(new ImportTable(imp.module(), imp.name(), t.table()));
                    if (shim == null) {
                        shim = t.ownerModule();
                    }
                }
                case MEMORY ->
                        values.addMemory(
                                new ImportMemory(
                                        imp.module(), imp.name(), ((CoreExport.Mem) x).memory()));
                case GLOBAL ->
                        values.addGlobal(
                                new ImportGlobal(
                                        imp.module(),
                                        imp.name(),
                                        ((CoreExport.Global) x).global()));
                case TAG ->
                        values.addTag(
                                new ImportTag(
                                        imp.module(), imp.name(), ((CoreExport.Tag) x).tag()));
            }
        }
        if (shim != null) {
            // The table's owner calls through it; see TypeSectionPrefix. Only the first imported
            // table's owner is considered.
            module = cx.prefixed(module, shim);
        }
        // Chicory would call an exported `_start` after the start section; in a component only
        // the start section runs at instantiation (`_start` is a command's `run`, lifted later).
        Instance.Builder builder =
                Instance.builder(module.module()).withImportValues(values.build()).withStart(false);
        if (module.machineFactory() != null) {
            builder.withMachineFactory(module.machineFactory());
        } else {
            // Chicory's interpreter checks the interrupt flag only on calls and `br`, so a guest
            // looping through `br_if`, `br_table` or tail calls could not be stopped: check it
            // before every instruction (the compiled machine checks on its own).
            builder.withUnsafeExecutionListener(INTERRUPT_CHECK);
        }
        int maxPages = cx.maxMemoryPages();
        builder.withMemoryFactory(
                limits -> {
                    if (limits.initialPages() > maxPages) {
                        throw new UnlinkableException(
                                "memory of "
                                        + limits.initialPages()
                                        + " pages exceeds the store limit of "
                                        + maxPages
                                        + " pages");
                    }
                    return new com.dylibso.chicory.runtime.ByteArrayMemory(
                            new MemoryLimits(
                                    limits.initialPages(),
                                    Math.min(limits.maximumPages(), maxPages),
                                    limits.shared()));
                });
        long maxElements = cx.maxTableElements();
        builder.withTableFactory(
                (table, init) -> {
                    TableLimits l = table.limits();
                    if (l.min() > maxElements) {
                        throw new UnlinkableException(
                                "table of "
                                        + l.min()
                                        + " elements exceeds the store limit of "
                                        + maxElements
                                        + " elements");
                    }
                    Table capped =
                            new Table(
                                    table.elementType(),
                                    new TableLimits(
                                            l.min(), Math.min(l.max(), maxElements), l.shared()),
                                    table.initialize());
                    return new TableInstance(capped, init);
                });
        Instance instance;
        try {
            instance = builder.build();
        } catch (UnlinkableException e) {
            throw e;
        } catch (Throwable e) {
            state.poison();
            throw Traps.translate(e);
        }
        scope.coreInstances.add(CoreInstanceRt.of(instance, module));
    }

    private CoreExport coreExport(CoreSortIdx target) {
        long i = target.index();
        return switch (target.sort()) {
            case FUNC -> new CoreExport.Func(Scope.at(scope.coreFuncs, i, "core func"));
            case TABLE -> Scope.at(scope.coreTables, i, "table");
            case MEMORY -> Scope.at(scope.coreMemories, i, "memory");
            case GLOBAL -> Scope.at(scope.coreGlobals, i, "global");
            case TAG -> Scope.at(scope.coreTags, i, "tag");
            default ->
                    throw new IllegalStateException(
                            "core sort " + target.sort() + " in export bag");
        };
    }

    private void pushCore(CoreExport x) {
        if (x instanceof CoreExport.Func f) {
            scope.coreFuncs.add(f.func());
        } else if (x instanceof CoreExport.Table t) {
            scope.coreTables.add(t);
        } else if (x instanceof CoreExport.Mem m) {
            scope.coreMemories.add(m);
        } else if (x instanceof CoreExport.Global g) {
            scope.coreGlobals.add(g);
        } else if (x instanceof CoreExport.Tag t) {
            scope.coreTags.add(t);
        }
    }

    // ---- component instances --------------------------------------------------------------

    private void instance(dev.dovetail.format.model.Instance i) {
        if (i instanceof dev.dovetail.format.model.Instance.FromExports bag) {
            Map<String, RuntimeItem> exports = new LinkedHashMap<>();
            for (var e : bag.exports()) {
                exports.put(e.name().name(), item(e.target()));
            }
            push(Sort.INSTANCE, new RuntimeItem.Instance(exports));
            return;
        }
        var inst = (dev.dovetail.format.model.Instance.Instantiate) i;
        RuntimeItem c = Scope.at(scope.components, inst.component(), "component");
        if (!(c instanceof RuntimeItem.Component comp)) {
            throw new UnsupportedFeatureException("instantiating an imported component");
        }
        Map<String, RuntimeItem> args = new HashMap<>();
        for (var a : inst.args()) {
            args.put(a.name(), item(a.target()));
        }
        push(
                Sort.INSTANCE,
                instantiate(cx, comp.model(), comp.info(), args, comp.enclosing(), state));
    }

    // ---- aliases ----------------------------------------------------------------------------

    private void alias(Alias a) {
        if (a.target() instanceof Alias.InstanceExport e) {
            RuntimeItem.Instance inst =
                    (RuntimeItem.Instance) Scope.at(scope.instances, e.instance(), "instance");
            RuntimeItem item = inst.exports().get(e.name());
            if (item == null) {
                throw new IllegalStateException("instance has no export " + e.name());
            }
            push(a.sort(), item);
        } else if (a.target() instanceof Alias.CoreInstanceExport e) {
            CoreInstanceRt inst = Scope.at(scope.coreInstances, e.instance(), "core instance");
            CoreExport x = inst.export(e.name());
            if (x == null) {
                throw new IllegalStateException("core instance has no export " + e.name());
            }
            pushCore(x);
        } else {
            Alias.Outer o = (Alias.Outer) a.target();
            Scope s = scope;
            for (long n = 0; n < o.count(); n++) {
                s = s.enclosing;
            }
            long i = o.index();
            switch (a.sort()) {
                case TYPE -> push(Sort.TYPE, Scope.at(s.types, i, "type"));
                case COMPONENT -> scope.components.add(Scope.at(s.components, i, "component"));
                case CORE_MODULE -> scope.coreModules.add(Scope.at(s.coreModules, i, "module"));
                case CORE_TYPE -> scope.coreTypes++;
                default -> throw new IllegalStateException("outer alias of " + a.sort());
            }
        }
    }

    // ---- types --------------------------------------------------------------------------

    private void type(DefType t) {
        int index = scope.types.size();
        ComponentItem it = info.types().get(index);
        if (t instanceof dev.dovetail.format.model.ResourceType r
                && it instanceof ComponentItem.Resource res) {
            DefinedResourceType.Destructor dtor = null;
            if (r.destructor().isPresent()) {
                CoreFunc d = Scope.at(scope.coreFuncs, r.destructor().getAsLong(), "core func");
                dtor =
                        (store, caller, rep) -> {
                            Task task = state.enter(caller);
                            try {
                                d.call(rep);
                                task.resolve();
                            } catch (Throwable e) {
                                state.poison();
                                throw Traps.translate(e);
                            } finally {
                                state.leave(task, caller);
                            }
                        };
            }
            DefinedResourceType runtime =
                    new DefinedResourceType(res.resource().name(), state, dtor);
            handles.bind(res.resource(), runtime);
            scope.types.add(new RuntimeItem.Resource(runtime));
        } else if (it instanceof ComponentItem.Type vt) {
            scope.types.add(new RuntimeItem.Type(vt.type()));
        } else {
            scope.types.add(new RuntimeItem.Type(null));
        }
    }

    // ---- canonical definitions ------------------------------------------------------------

    private record Opts(
            ChicoryMemory memory,
            CoreFunc realloc,
            CoreFunc postReturn,
            StringEncoding encoding,
            boolean async) {}

    private Opts options(List<CanonOpt> opts) {
        ChicoryMemory memory = null;
        CoreFunc realloc = null;
        CoreFunc postReturn = null;
        StringEncoding encoding = StringEncoding.UTF8;
        boolean async = false;
        for (CanonOpt o : opts) {
            if (o instanceof CanonOpt.Memory m) {
                memory =
                        new ChicoryMemory(
                                Scope.at(scope.coreMemories, m.memory(), "memory").memory());
            } else if (o instanceof CanonOpt.Realloc r) {
                realloc = Scope.at(scope.coreFuncs, r.func(), "core func");
            } else if (o instanceof CanonOpt.PostReturn p) {
                postReturn = Scope.at(scope.coreFuncs, p.func(), "core func");
            } else if (o instanceof CanonOpt.Encoding e) {
                encoding =
                        switch (e.encoding()) {
                            case UTF8 -> StringEncoding.UTF8;
                            case UTF16 -> StringEncoding.UTF16;
                            case LATIN1_UTF16 -> StringEncoding.LATIN1_UTF16;
                        };
            } else if (o instanceof CanonOpt.Async || o instanceof CanonOpt.Callback) {
                async = true;
            }
        }
        return new Opts(memory, realloc, postReturn, encoding, async);
    }

    private LiftLowerContext context(Opts o) {
        Realloc realloc = null;
        if (o.realloc() != null) {
            CoreFunc f = o.realloc();
            realloc =
                    (ptr, size, align, newSize) -> {
                        long[] out = new long[1];
                        try {
                            state.withoutLeaving(
                                    () ->
                                            out[0] =
                                                    f.call(ptr, size, align, newSize)[0]
                                                            & 0xFFFF_FFFFL);
                        } catch (Throwable e) {
                            // a guest trap in realloc is a trap of the lowering that called it
                            throw Traps.translate(e);
                        }
                        return out[0];
                    };
        }
        return new LiftLowerContext(o.memory(), realloc, o.encoding(), handles);
    }

    private void canon(Canon c) {
        if (c instanceof Canon.Lift l) {
            Opts o = options(l.opts());
            FuncType ft = funcType(info.funcs().get(scope.funcs.size()));
            if (o.async()) {
                scope.funcs.add(new RuntimeItem.Func(new UnsupportedFunc(ft, "async lift")));
                return;
            }
            CoreFunc core = Scope.at(scope.coreFuncs, l.coreFunc(), "core func");
            FuncPlan plan = FuncPlan.forLift(ft, false, false);
            scope.funcs.add(
                    new RuntimeItem.Func(
                            new LiftedFunc(plan, context(o), state, core, o.postReturn())));
        } else if (c instanceof Canon.Lower l) {
            Opts o = options(l.opts());
            if (o.async()) {
                scope.coreFuncs.add(unsupported("async lower", true));
                return;
            }
            RuntimeItem f = Scope.at(scope.funcs, l.func(), "func");
            FuncType ft = funcType(info.funcs().get((int) l.func()));
            FuncPlan plan = FuncPlan.forLower(ft, false);
            RuntimeFunc callee = ((RuntimeItem.Func) f).func();
            scope.coreFuncs.add(LoweredFunc.of(plan, context(o), state, callee));
        } else if (c instanceof Canon.ResourceNew r) {
            ResourceType rt = resource(r.resource());
            scope.coreFuncs.add(builtin(args -> new long[] {state.resourceNew(rt, (int) args[0])}));
        } else if (c instanceof Canon.ResourceDrop r) {
            ResourceType rt = resource(r.resource());
            scope.coreFuncs.add(
                    builtin(
                            args -> {
                                state.resourceDrop(rt, (int) args[0]);
                                return null;
                            }));
        } else if (c instanceof Canon.ResourceRep r) {
            ResourceType rt = resource(r.resource());
            scope.coreFuncs.add(builtin(args -> new long[] {state.resourceRep(rt, (int) args[0])}));
        } else if (c instanceof Canon.BackpressureInc) {
            scope.coreFuncs.add(
                    builtin(
                            args -> {
                                state.backpressure(+1);
                                return null;
                            }));
        } else if (c instanceof Canon.BackpressureDec) {
            scope.coreFuncs.add(
                    builtin(
                            args -> {
                                state.backpressure(-1);
                                return null;
                            }));
        } else {
            // Async and thread built-ins: defined with their core type so that components which
            // merely import them still instantiate; calling one applies the may_leave check the
            // specification starts most of them with, then reports the missing feature.
            String name = c.getClass().getSimpleName();
            boolean checksMayLeave =
                    !(c instanceof Canon.ContextGet || c instanceof Canon.ContextSet);
            // (resource.rep, context.get/set and backpressure are the built-ins that may run
            // inside realloc or post-return; every other one starts with the may_leave check.)
            scope.coreFuncs.add(unsupported("canonical built-in " + name, checksMayLeave));
        }
    }

    /** A core function of the next core func index's validated type that cannot run yet. */
    private CoreFunc unsupported(String what, boolean checksMayLeave) {
        return builtin(
                args -> {
                    if (checksMayLeave) {
                        state.checkMayLeave();
                    }
                    throw new UnsupportedFeatureException(what + " needs async support");
                });
    }

    /** A component function that cannot be called yet. */
    private record UnsupportedFunc(FuncType type, String what) implements RuntimeFunc {
        @Override
        public dev.dovetail.abi.Val call(
                ComponentInstanceState caller, dev.dovetail.abi.Val[] args) {
            throw new UnsupportedFeatureException(what + " needs async support");
        }
    }

    private static FuncType funcType(ComponentItem item) {
        if (item instanceof ComponentItem.ComponentFunc f) {
            return f.type();
        }
        throw new IllegalStateException("not a function type: " + item);
    }

    private ResourceType resource(long typeIndex) {
        RuntimeItem t = Scope.at(scope.types, typeIndex, "type");
        if (t instanceof RuntimeItem.Resource r) {
            return r.type();
        }
        throw new IllegalStateException("type " + typeIndex + " is not a resource");
    }

    /** A host-implemented core function with the validated type of the next core func index. */
    private CoreFunc builtin(java.util.function.Function<long[], long[]> body) {
        var t = info.coreFuncs().get(scope.coreFuncs.size());
        return new CoreFunc(
                com.dylibso.chicory.wasm.types.FunctionType.of(
                        t.params().stream().map(Instantiator::chicory).toList(),
                        t.results().stream().map(Instantiator::chicory).toList()),
                (inst, args) -> body.apply(args));
    }

    private static com.dylibso.chicory.wasm.types.ValType chicory(
            dev.dovetail.format.model.CoreValType t) {
        if (t instanceof dev.dovetail.format.model.CoreValType.Num n) {
            return switch (n) {
                case I32 -> com.dylibso.chicory.wasm.types.ValType.I32;
                case I64 -> com.dylibso.chicory.wasm.types.ValType.I64;
                case F32 -> com.dylibso.chicory.wasm.types.ValType.F32;
                case F64 -> com.dylibso.chicory.wasm.types.ValType.F64;
                case V128 -> com.dylibso.chicory.wasm.types.ValType.V128;
            };
        }
        throw new UnsupportedFeatureException("reference types in canonical built-in signatures");
    }
}
