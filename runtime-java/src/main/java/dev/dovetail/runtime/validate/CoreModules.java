package dev.dovetail.runtime.validate;

import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.GlobalImport;
import com.dylibso.chicory.wasm.types.Import;
import com.dylibso.chicory.wasm.types.MemoryImport;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import com.dylibso.chicory.wasm.types.MutabilityType;
import com.dylibso.chicory.wasm.types.TableImport;
import com.dylibso.chicory.wasm.types.TableLimits;
import com.dylibso.chicory.wasm.types.TagImport;
import dev.dovetail.runtime.InvalidComponentException;
import dev.dovetail.runtime.model.CoreHeapType;
import dev.dovetail.runtime.model.CoreValType;
import dev.dovetail.runtime.model.Limits;
import dev.dovetail.runtime.types.CoreExtern;
import dev.dovetail.runtime.types.CoreFuncType;
import dev.dovetail.runtime.types.ModuleType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.OptionalLong;

/** Core module types: read from module bytes with Chicory, and core extern matching. */
final class CoreModules {
    private CoreModules() {}

    /** The import/export type of an embedded core module. */
    static ModuleType moduleType(byte[] bytes) {
        WasmModule m;
        try {
            m = Parser.parse(bytes);
        } catch (RuntimeException e) {
            throw new InvalidComponentException("invalid core module: " + e.getMessage(), e);
        }
        List<CoreFuncType> funcs = new ArrayList<>();
        List<CoreExtern.Table> tables = new ArrayList<>();
        List<CoreExtern.Memory> memories = new ArrayList<>();
        List<CoreExtern.Global> globals = new ArrayList<>();
        List<CoreExtern.Tag> tags = new ArrayList<>();
        List<ModuleType.Import> imports = new ArrayList<>();
        var is = m.importSection();
        for (int i = 0; i < is.importCount(); i++) {
            Import imp = is.getImport(i);
            CoreExtern t =
                    Sw.of(
                            () -> {
                                if (imp instanceof FunctionImport f) {
                                    CoreFuncType ft = func(m.typeSection().getType(f.typeIndex()));
                                    funcs.add(ft);
                                    return new CoreExtern.Func(ft);
                                } else if (imp instanceof TableImport ti) {
                                    CoreExtern.Table tt =
                                            new CoreExtern.Table(
                                                    ref(ti.entryType()), limits(ti.limits()));
                                    tables.add(tt);
                                    return tt;
                                } else if (imp instanceof MemoryImport mi) {
                                    CoreExtern.Memory mt =
                                            new CoreExtern.Memory(limits(mi.limits()));
                                    memories.add(mt);
                                    return mt;
                                } else if (imp instanceof GlobalImport gi) {
                                    CoreExtern.Global gt =
                                            new CoreExtern.Global(
                                                    val(gi.type()),
                                                    gi.mutabilityType() == MutabilityType.Var);
                                    globals.add(gt);
                                    return gt;
                                } else if (imp instanceof TagImport ti) {
                                    CoreExtern.Tag tt =
                                            new CoreExtern.Tag(
                                                    func(
                                                            m.typeSection()
                                                                    .getType(
                                                                            ti.tagType()
                                                                                    .typeIdx())));
                                    tags.add(tt);
                                    return tt;
                                } else {
                                    throw new InvalidComponentException(
                                            "unsupported core import kind: " + imp);
                                }
                            });
            imports.add(new ModuleType.Import(imp.module(), imp.name(), t));
        }
        var fs = m.functionSection();
        for (int i = 0; i < fs.functionCount(); i++) {
            funcs.add(func(m.typeSection().getType(fs.getFunctionType(i))));
        }
        var ts = m.tableSection();
        for (int i = 0; i < ts.tableCount(); i++) {
            var t = ts.getTable(i);
            tables.add(new CoreExtern.Table(ref(t.elementType()), limits(t.limits())));
        }
        m.memorySection()
                .ifPresent(
                        ms -> {
                            for (int i = 0; i < ms.memoryCount(); i++) {
                                memories.add(
                                        new CoreExtern.Memory(limits(ms.getMemory(i).limits())));
                            }
                        });
        var gs = m.globalSection();
        for (int i = 0; i < gs.globalCount(); i++) {
            var g = gs.getGlobal(i);
            globals.add(
                    new CoreExtern.Global(
                            val(g.valueType()), g.mutabilityType() == MutabilityType.Var));
        }
        m.tagSection()
                .ifPresent(
                        tsec -> {
                            for (int i = 0; i < tsec.tagCount(); i++) {
                                tags.add(
                                        new CoreExtern.Tag(
                                                func(
                                                        m.typeSection()
                                                                .getType(
                                                                        tsec.getTag(i)
                                                                                .typeIdx()))));
                            }
                        });
        LinkedHashMap<String, CoreExtern> exports = new LinkedHashMap<>();
        var es = m.exportSection();
        for (int i = 0; i < es.exportCount(); i++) {
            Export e = es.getExport(i);
            int idx = e.index();
            CoreExtern t =
                    switch (e.exportType()) {
                        case FUNCTION ->
                                new CoreExtern.Func(Validator.Scope.at(funcs, idx, "function"));
                        case TABLE -> Validator.Scope.at(tables, idx, "table");
                        case MEMORY -> Validator.Scope.at(memories, idx, "memory");
                        case GLOBAL -> Validator.Scope.at(globals, idx, "global");
                        case TAG -> Validator.Scope.at(tags, idx, "tag");
                    };
            exports.put(e.name(), t);
        }
        return new ModuleType(imports, exports);
    }

    static CoreFuncType func(FunctionType t) {
        return new CoreFuncType(
                t.params().stream().map(CoreModules::val).toList(),
                t.returns().stream().map(CoreModules::val).toList());
    }

    static CoreValType val(com.dylibso.chicory.wasm.types.ValType t) {
        if (t.equals(com.dylibso.chicory.wasm.types.ValType.I32)) {
            return CoreValType.Num.I32;
        }
        if (t.equals(com.dylibso.chicory.wasm.types.ValType.I64)) {
            return CoreValType.Num.I64;
        }
        if (t.equals(com.dylibso.chicory.wasm.types.ValType.F32)) {
            return CoreValType.Num.F32;
        }
        if (t.equals(com.dylibso.chicory.wasm.types.ValType.F64)) {
            return CoreValType.Num.F64;
        }
        if (t.equals(com.dylibso.chicory.wasm.types.ValType.V128)) {
            return CoreValType.Num.V128;
        }
        return ref(t);
    }

    static CoreValType.Ref ref(com.dylibso.chicory.wasm.types.ValType t) {
        boolean nullable = t.isNullable();
        com.dylibso.chicory.wasm.types.ValType n = t.withNullability(true);
        CoreHeapType heap;
        if (n.equals(com.dylibso.chicory.wasm.types.ValType.FuncRef)) {
            heap = CoreHeapType.Abstract.FUNC;
        } else if (n.equals(com.dylibso.chicory.wasm.types.ValType.ExternRef)) {
            heap = CoreHeapType.Abstract.EXTERN;
        } else if (n.equals(com.dylibso.chicory.wasm.types.ValType.AnyRef)) {
            heap = CoreHeapType.Abstract.ANY;
        } else if (n.equals(com.dylibso.chicory.wasm.types.ValType.EqRef)) {
            heap = CoreHeapType.Abstract.EQ;
        } else if (n.equals(com.dylibso.chicory.wasm.types.ValType.I31Ref)) {
            heap = CoreHeapType.Abstract.I31;
        } else if (n.equals(com.dylibso.chicory.wasm.types.ValType.StructRef)) {
            heap = CoreHeapType.Abstract.STRUCT;
        } else if (n.equals(com.dylibso.chicory.wasm.types.ValType.ArrayRef)) {
            heap = CoreHeapType.Abstract.ARRAY;
        } else if (n.equals(com.dylibso.chicory.wasm.types.ValType.ExnRef)) {
            heap = CoreHeapType.Abstract.EXN;
        } else if (n.equals(com.dylibso.chicory.wasm.types.ValType.NoneRef)) {
            heap = CoreHeapType.Abstract.NONE;
        } else if (n.equals(com.dylibso.chicory.wasm.types.ValType.NoFuncRef)) {
            heap = CoreHeapType.Abstract.NOFUNC;
        } else if (n.equals(com.dylibso.chicory.wasm.types.ValType.NoExternRef)) {
            heap = CoreHeapType.Abstract.NOEXTERN;
        } else {
            heap = new CoreHeapType.Concrete(t.typeIdx());
        }
        return new CoreValType.Ref(nullable, heap);
    }

    static Limits limits(MemoryLimits l) {
        return new Limits(
                l.initialPages(),
                l.maximumPages() == MemoryLimits.MAX_PAGES
                        ? OptionalLong.empty()
                        : OptionalLong.of(l.maximumPages()),
                l.shared(),
                false);
    }

    static Limits limits(TableLimits l) {
        return new Limits(
                l.min(),
                l.max() == TableLimits.LIMIT_MAX ? OptionalLong.empty() : OptionalLong.of(l.max()),
                l.shared(),
                false);
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
        return Sw.of(
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
                    return Sw.unreachable();
                });
    }
}
