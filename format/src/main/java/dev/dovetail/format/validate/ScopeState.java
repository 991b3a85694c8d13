package dev.dovetail.format.validate;

import dev.dovetail.format.InvalidComponentException;
import dev.dovetail.format.model.Alias;
import dev.dovetail.format.model.ExternName;
import dev.dovetail.format.model.ExternType;
import dev.dovetail.format.model.Import;
import dev.dovetail.format.model.SortIdx;
import dev.dovetail.format.types.CoreExtern;
import dev.dovetail.format.types.CoreFuncType;
import dev.dovetail.format.types.CoreInstanceType;
import dev.dovetail.format.types.ModuleType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state of one component, component type or instance type being validated: its index spaces,
 * imports and exports, and lookups into them. The validation rules are layered on top, one spec
 * section per class: {@link CoreDefinitions}, {@link TypeDefinitions}, {@link NameRules}, {@link
 * ExternalVisibility}, {@link ImportsAndExports}, {@link AliasesAndInstances}, {@link
 * CanonDefinitions}, and {@link Scope} drives them section by section.
 */
abstract class ScopeState {
    /** The entry of a core type index space for a GC type (not a function or module type). */
    static final Object CORE_GC_TYPE = new Object();

    final ScopeState parent;
    final ScopeKind kind;

    // component index spaces
    final List<FunctionType> funcs = new ArrayList<>();
    final List<ValueType> values = new ArrayList<>();
    final List<TypeDef> types = new ArrayList<>();
    final List<ComponentTypeDef> components = new ArrayList<>();
    final List<InstanceTypeDef> instances = new ArrayList<>();
    // core index spaces
    final List<CoreFuncType> coreFuncs = new ArrayList<>();
    final List<CoreExtern.Table> coreTables = new ArrayList<>();
    final List<CoreExtern.Memory> coreMemories = new ArrayList<>();
    final List<CoreExtern.Global> coreGlobals = new ArrayList<>();
    final List<CoreExtern.Tag> coreTags = new ArrayList<>();
    final List<Object> coreTypes = new ArrayList<>();
    final List<ModuleType> coreModules = new ArrayList<>();
    final List<CoreInstanceType> coreInstances = new ArrayList<>();

    final LinkedHashMap<String, EntityType> imports = new LinkedHashMap<>();
    final LinkedHashMap<String, EntityType> exports = new LinkedHashMap<>();
    final NameContext importNames = new NameContext();
    final NameContext exportNames = new NameContext();
    final List<Resource> importedRes = new ArrayList<>();
    final List<Resource> definedRes = new ArrayList<>();
    final List<Resource> localRes = new ArrayList<>();
    final Set<Object> importedNamed = Collections.newSetFromMap(new IdentityHashMap<>());
    final Set<Object> exportedNamed = Collections.newSetFromMap(new IdentityHashMap<>());
    final Map<Integer, ComponentTypeInfo> nested = new LinkedHashMap<>();
    final List<Boolean> valueUsed = new ArrayList<>();

    ScopeState(ScopeState parent, ScopeKind kind) {
        this.parent = parent;
        this.kind = kind;
    }

    static InvalidComponentException err(String msg) {
        return new InvalidComponentException(msg);
    }

    static <T> T at(List<T> list, long idx, String what) {
        if (idx < 0 || idx >= list.size()) {
            throw err("unknown " + what + " " + idx + ": " + what + " index out of bounds");
        }
        return list.get((int) idx);
    }

    TypeDef typeAt(long idx) {
        if (idx < 0 || idx >= types.size()) {
            throw err("unknown type " + idx + ": type index out of bounds");
        }
        return types.get((int) idx);
    }

    FunctionType funcTypeAt(long idx) {
        if (typeAt(idx) instanceof FunctionType f) {
            return f;
        }
        throw err("type index " + idx + " is not a function type");
    }

    ResourceAlias resourceAt(long idx) {
        if (typeAt(idx) instanceof ResourceAlias r) {
            return r;
        }
        throw err("type index " + idx + " is not a resource type");
    }

    CoreFuncType coreFuncTypeAt(long idx) {
        Object t = at(coreTypes, idx, "core type");
        if (t instanceof CoreFuncType f) {
            return f;
        }
        throw err("core type index " + idx + " is not a function type");
    }

    EntityType entity(SortIdx si) {
        long i = si.index();
        return switch (si.sort()) {
            case FUNC -> new EntityType.Func(at(funcs, i, "function"));
            case VALUE -> {
                ValueType v = at(values, i, "value");
                markValueUsed(i);
                yield new EntityType.Value(v);
            }
            case TYPE -> new EntityType.Type(typeAt(i));
            case COMPONENT -> new EntityType.Component(at(components, i, "component"));
            case INSTANCE -> new EntityType.Instance(at(instances, i, "instance"));
            case CORE_MODULE -> new EntityType.Module(at(coreModules, i, "module"));
            default ->
                    throw err(
                            "sort `"
                                    + si.sort()
                                    + "` cannot be used here: only component sorts and core modules");
        };
    }

    void markValueUsed(long i) {
        if (i < valueUsed.size()) {
            if (valueUsed.get((int) i)) {
                throw err("value index " + i + " cannot be used more than once");
            }
            valueUsed.set((int) i, true);
        }
    }

    void push(EntityType e) {
        if (e instanceof EntityType.Func f) {
            funcs.add(f.f());
        } else if (e instanceof EntityType.Value v) {
            values.add(v.v());
            valueUsed.add(false);
        } else if (e instanceof EntityType.Type t) {
            types.add(t.t());
        } else if (e instanceof EntityType.Component c) {
            components.add(c.c());
        } else if (e instanceof EntityType.Instance i) {
            instances.add(i.i());
        } else if (e instanceof EntityType.Module m) {
            coreModules.add(m.m());
        }
    }

    // Rules of later sections that earlier ones need (type declarations contain aliases, imports
    // and exports).

    abstract void alias(Alias a);

    abstract EntityType externType(ExternType t, boolean isImport);

    abstract void importDef(Import imp);

    abstract void declareExport(ExternName name, EntityType referenced, EntityType created);

    /** The scope {@code count} levels out (an outer alias's target). */
    ScopeState outer(long count) {
        ScopeState s = this;
        for (long i = 0; i < count; i++) {
            s = s.parent;
            if (s == null) {
                throw err("invalid outer alias count of " + count);
            }
        }
        return s;
    }
}
