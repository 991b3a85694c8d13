package dev.dovetail.format.validate;

import static dev.dovetail.format.validate.Ty.D;
import static dev.dovetail.format.validate.Ty.E;
import static dev.dovetail.format.validate.Ty.EComp;
import static dev.dovetail.format.validate.Ty.EFunc;
import static dev.dovetail.format.validate.Ty.EInst;
import static dev.dovetail.format.validate.Ty.EModule;
import static dev.dovetail.format.validate.Ty.EType;
import static dev.dovetail.format.validate.Ty.EValue;
import static dev.dovetail.format.validate.Ty.F;
import static dev.dovetail.format.validate.Ty.InstT;
import static dev.dovetail.format.validate.Ty.Kind;
import static dev.dovetail.format.validate.Ty.P;
import static dev.dovetail.format.validate.Ty.RA;
import static dev.dovetail.format.validate.Ty.Res;
import static dev.dovetail.format.validate.Ty.TD;
import static dev.dovetail.format.validate.Ty.V;

import dev.dovetail.abi.type.PrimType;
import dev.dovetail.abi.type.ResourceType;
import dev.dovetail.format.InvalidComponentException;
import dev.dovetail.format.model.Alias;
import dev.dovetail.format.model.Canon;
import dev.dovetail.format.model.CanonOpt;
import dev.dovetail.format.model.ComponentDecl;
import dev.dovetail.format.model.ComponentModel;
import dev.dovetail.format.model.CoreCompType;
import dev.dovetail.format.model.CoreExternType;
import dev.dovetail.format.model.CoreInstance;
import dev.dovetail.format.model.CoreSubType;
import dev.dovetail.format.model.CoreType;
import dev.dovetail.format.model.CoreValType;
import dev.dovetail.format.model.CoreValType.Num;
import dev.dovetail.format.model.DefType;
import dev.dovetail.format.model.DefValType;
import dev.dovetail.format.model.Export;
import dev.dovetail.format.model.ExternName;
import dev.dovetail.format.model.ExternType;
import dev.dovetail.format.model.Import;
import dev.dovetail.format.model.Instance;
import dev.dovetail.format.model.InstanceDecl;
import dev.dovetail.format.model.LabeledValType;
import dev.dovetail.format.model.ModuleDecl;
import dev.dovetail.format.model.NameAttribute;
import dev.dovetail.format.model.PrimValType;
import dev.dovetail.format.model.Section;
import dev.dovetail.format.model.Sort;
import dev.dovetail.format.model.SortIdx;
import dev.dovetail.format.types.ComponentItem;
import dev.dovetail.format.types.CoreExtern;
import dev.dovetail.format.types.CoreFuncType;
import dev.dovetail.format.types.CoreInstanceType;
import dev.dovetail.format.types.ModuleType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Validates a {@link ComponentModel} against the rules of the Component Model (Explainer.md,
 * Binary.md, CanonicalABI.md) and computes its type.
 *
 * <p>Failures throw {@link InvalidComponentException} whose message contains the wording of
 * wasm-tools (wasmparser) for the same error, so that {@code assert_invalid} expectations match by
 * substring.
 */
public final class Validator {
    private Validator() {}

    /**
     * Decodes and validates a component binary.
     *
     * @throws dev.dovetail.format.MalformedComponentException if the binary cannot be decoded
     * @throws InvalidComponentException if it breaks a validation rule
     */
    public static ComponentTypeInfo validate(byte[] binary) {
        return validate(dev.dovetail.format.binary.ComponentDecoder.decode(binary));
    }

    /** Validates {@code component} and returns its type and resolved index spaces. */
    /**
     * The type of a core module binary: its imports and exports, as a component sees them (for a
     * host that supplies a module to a component's {@code core module} import).
     */
    public static dev.dovetail.format.types.ModuleType moduleType(byte[] coreModule) {
        return CoreModules.moduleType(coreModule);
    }

    public static ComponentTypeInfo validate(ComponentModel component) {
        Scope s = new Scope(null, ScopeKind.COMPONENT);
        s.component(component);
        return s.info();
    }

    enum ScopeKind {
        COMPONENT,
        COMPONENT_TYPE,
        INSTANCE_TYPE
    }

    /** A name scope for import or export names (wasmparser's per-kind name context). */
    static final class NameCx {
        final Map<String, String> canonical = new HashMap<>();
        final Set<String> raw = new HashSet<>();
        final IdentityHashMap<RA, String> resourceNames = new IdentityHashMap<>();
        final Set<String> allResourceNames = new HashSet<>();
    }

    static final Object CORE_GC_TYPE = new Object();

    /** The state of one component, component type or instance type being validated. */
    static final class Scope {
        final Scope parent;
        final ScopeKind kind;

        // component index spaces
        final List<F> funcs = new ArrayList<>();
        final List<V> values = new ArrayList<>();
        final List<TD> types = new ArrayList<>();
        final List<Ty.CompT> components = new ArrayList<>();
        final List<InstT> instances = new ArrayList<>();
        // core index spaces
        final List<CoreFuncType> coreFuncs = new ArrayList<>();
        final List<CoreExtern.Table> coreTables = new ArrayList<>();
        final List<CoreExtern.Memory> coreMemories = new ArrayList<>();
        final List<CoreExtern.Global> coreGlobals = new ArrayList<>();
        final List<CoreExtern.Tag> coreTags = new ArrayList<>();
        final List<Object> coreTypes = new ArrayList<>();
        final List<ModuleType> coreModules = new ArrayList<>();
        final List<CoreInstanceType> coreInstances = new ArrayList<>();

        final LinkedHashMap<String, E> imports = new LinkedHashMap<>();
        final LinkedHashMap<String, E> exports = new LinkedHashMap<>();
        final NameCx importNames = new NameCx();
        final NameCx exportNames = new NameCx();
        final List<Res> importedRes = new ArrayList<>();
        final List<Res> definedRes = new ArrayList<>();
        final List<Res> localRes = new ArrayList<>();
        final Set<Object> importedNamed = Collections.newSetFromMap(new IdentityHashMap<>());
        final Set<Object> exportedNamed = Collections.newSetFromMap(new IdentityHashMap<>());
        final Map<Integer, ComponentTypeInfo> nested = new LinkedHashMap<>();
        private final List<Boolean> valueUsed = new ArrayList<>();

        Scope(Scope parent, ScopeKind kind) {
            this.parent = parent;
            this.kind = kind;
        }

        // ------------------------------------------------------------ driver

        void component(ComponentModel m) {
            for (Section sec : m.sections()) {
                if (sec instanceof Section.CustomSection c) {
                } else if (sec instanceof Section.CoreModuleSection c) {
                    coreModules.add(CoreModules.moduleType(c.bytes()));
                } else if (sec instanceof Section.CoreInstanceSection c) {
                    c.instances().forEach(this::coreInstance);
                } else if (sec instanceof Section.CoreTypeSection c) {
                    c.types().forEach(this::coreType);
                } else if (sec instanceof Section.ComponentSection c) {
                    Scope child = new Scope(this, ScopeKind.COMPONENT);
                    child.component(c.component());
                    Ty.CompT ct = child.finish();
                    nested.put(components.size(), child.info(ct));
                    components.add(ct);
                } else if (sec instanceof Section.InstanceSection c) {
                    c.instances().forEach(this::instance);
                } else if (sec instanceof Section.AliasSection c) {
                    c.aliases().forEach(this::alias);
                } else if (sec instanceof Section.TypeSection c) {
                    c.types().forEach(t -> types.add(defType(t)));
                } else if (sec instanceof Section.CanonSection c) {
                    c.canons().forEach(this::canon);
                } else if (sec instanceof Section.StartSection c) {
                    start(c.start());
                } else if (sec instanceof Section.ImportSection c) {
                    c.imports().forEach(this::importDef);
                } else if (sec instanceof Section.ExportSection c) {
                    c.exports().forEach(this::exportDef);
                } else if (sec instanceof Section.ValueSection c) {
                    c.values()
                            .forEach(
                                    v -> {
                                        values.add(valType(v.type()));
                                        valueUsed.add(false);
                                    });
                }
            }
        }

        Ty.CompT finish() {
            if (kind == ScopeKind.COMPONENT) {
                for (int i = 0; i < valueUsed.size(); i++) {
                    if (!valueUsed.get(i)) {
                        throw err(
                                "value index "
                                        + i
                                        + " was not used as part of an instantiation, start function, or export");
                    }
                }
            }
            List<Res> defined = new ArrayList<>(definedRes);
            return new Ty.CompT(
                    new LinkedHashMap<>(imports),
                    new LinkedHashMap<>(exports),
                    List.copyOf(importedRes),
                    defined);
        }

        ComponentTypeInfo info() {
            return info(finish());
        }

        ComponentTypeInfo info(Ty.CompT ct) {
            Ty.Pub pub = new Ty.Pub();
            List<ComponentItem> pf =
                    funcs.stream()
                            .map(f -> (ComponentItem) new ComponentItem.ComponentFunc(pub.func(f)))
                            .toList();
            List<ComponentItem> pv =
                    values.stream()
                            .map(v -> (ComponentItem) new ComponentItem.Value(pub.val(v)))
                            .toList();
            List<ComponentItem> pt = types.stream().map(pub::typeItem).toList();
            List<ComponentItem> pc =
                    components.stream()
                            .map(c -> (ComponentItem) new ComponentItem.Component(pub.comp(c)))
                            .toList();
            List<ComponentItem> pi =
                    instances.stream()
                            .map(
                                    i ->
                                            (ComponentItem)
                                                    new ComponentItem.ComponentInstance(
                                                            pub.inst(i)))
                            .toList();
            Set<ResourceType> local = new LinkedHashSet<>();
            localRes.forEach(r -> local.add(r.abi()));
            Set<ResourceType> imported = new LinkedHashSet<>();
            importedRes.forEach(r -> imported.add(r.abi()));
            Set<ResourceType> defined = new LinkedHashSet<>();
            definedRes.forEach(r -> defined.add(r.abi()));
            return new ComponentTypeInfo(
                    pub.comp(ct),
                    pf,
                    pv,
                    pt,
                    pc,
                    pi,
                    List.copyOf(coreFuncs),
                    List.copyOf(coreTables),
                    List.copyOf(coreMemories),
                    List.copyOf(coreGlobals),
                    List.copyOf(coreTags),
                    Collections.unmodifiableList(new ArrayList<>(coreTypes)),
                    List.copyOf(coreModules),
                    List.copyOf(coreInstances),
                    Collections.unmodifiableMap(new LinkedHashMap<>(nested)),
                    Collections.unmodifiableSet(local),
                    Collections.unmodifiableSet(imported),
                    Collections.unmodifiableSet(defined));
        }

        // ------------------------------------------------------------ index lookups

        static InvalidComponentException err(String msg) {
            return new InvalidComponentException(msg);
        }

        static <T> T at(List<T> list, long idx, String what) {
            if (idx < 0 || idx >= list.size()) {
                throw err("unknown " + what + " " + idx + ": " + what + " index out of bounds");
            }
            return list.get((int) idx);
        }

        TD typeAt(long idx) {
            if (idx < 0 || idx >= types.size()) {
                throw err("unknown type " + idx + ": type index out of bounds");
            }
            return types.get((int) idx);
        }

        F funcTypeAt(long idx) {
            if (typeAt(idx) instanceof F f) {
                return f;
            }
            throw err("type index " + idx + " is not a function type");
        }

        RA resourceAt(long idx) {
            if (typeAt(idx) instanceof RA r) {
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

        E entity(SortIdx si) {
            long i = si.index();
            return switch (si.sort()) {
                case FUNC -> new EFunc(at(funcs, i, "function"));
                case VALUE -> {
                    V v = at(values, i, "value");
                    markValueUsed(i);
                    yield new EValue(v);
                }
                case TYPE -> new EType(typeAt(i));
                case COMPONENT -> new EComp(at(components, i, "component"));
                case INSTANCE -> new EInst(at(instances, i, "instance"));
                case CORE_MODULE -> new EModule(at(coreModules, i, "module"));
                default ->
                        throw err(
                                "sort `"
                                        + si.sort()
                                        + "` cannot be used here: only component sorts and core modules");
            };
        }

        private void markValueUsed(long i) {
            if (i < valueUsed.size()) {
                if (valueUsed.get((int) i)) {
                    throw err("value index " + i + " cannot be used more than once");
                }
                valueUsed.set((int) i, true);
            }
        }

        void push(E e) {
            if (e instanceof EFunc f) {
                funcs.add(f.f());
            } else if (e instanceof EValue v) {
                values.add(v.v());
                valueUsed.add(false);
            } else if (e instanceof EType t) {
                types.add(t.t());
            } else if (e instanceof EComp c) {
                components.add(c.c());
            } else if (e instanceof EInst i) {
                instances.add(i.i());
            } else if (e instanceof EModule m) {
                coreModules.add(m.m());
            }
        }

        // ------------------------------------------------------------ value types

        V valType(dev.dovetail.format.model.ValType t) {
            if (t instanceof PrimValType p) {
                return new P(prim(p));
            }
            long idx = ((dev.dovetail.format.model.ValType.Index) t).index();
            TD td = typeAt(idx);
            if (td instanceof V v) {
                return v;
            }
            throw err("type index " + idx + " is not a defined type");
        }

        static PrimType prim(PrimValType p) {
            return PrimType.valueOf(p.name());
        }

        V optVal(Optional<dev.dovetail.format.model.ValType> t) {
            return t.map(this::valType).orElse(null);
        }

        TD defType(DefType t) {
            return ((t instanceof DefValType v)
                    ? (defValType(v))
                    : (t instanceof dev.dovetail.format.model.FuncType f)
                            ? (funcType(f))
                            : (t instanceof dev.dovetail.format.model.ComponentType c)
                                    ? (componentType(c))
                                    : (t instanceof dev.dovetail.format.model.InstanceType i)
                                            ? (instanceType(i))
                                            : (t
                                                            instanceof
                                                            dev.dovetail.format.model.ResourceType
                                                                    r)
                                                    ? (resourceType(r))
                                                    : Sw.unreachable());
        }

        private final Layout layout64 = new Layout(8);

        V defValType(DefValType t) {
            V v = defValType0(t);
            if (v instanceof D d && layout64.of(d)[0] >= Layout.MAX_BYTE_SIZE) {
                throw err("type exceeds maximum byte size of " + Layout.MAX_BYTE_SIZE + " bytes");
            }
            return v;
        }

        V defValType0(DefValType t) {
            return Sw.of(
                    () -> {
                        if (t instanceof PrimValType p) {
                            return new P(prim(p));
                        } else if (t instanceof DefValType.Record r) {
                            if (r.fields().isEmpty()) {
                                throw err("record type must have at least one field");
                            }
                            List<String> labels = new ArrayList<>();
                            List<V> kids = new ArrayList<>();
                            Map<String, String> seen = new HashMap<>();
                            for (LabeledValType f : r.fields()) {
                                Names.checkLabel(f.label(), "record field");
                                unique(seen, f.label(), "record field name", "field name");
                                labels.add(f.label());
                                kids.add(valType(f.type()));
                            }
                            return new D(Kind.RECORD, labels, kids, 0, null);
                        } else if (t instanceof DefValType.Variant v) {
                            if (v.cases().isEmpty()) {
                                throw err("variant type must have at least one case");
                            }
                            if (v.cases().size() > (1L << 32) - 1) {
                                throw err(
                                        "variant type cannot be represented with a 32-bit discriminant value");
                            }
                            List<String> labels = new ArrayList<>();
                            List<V> kids = new ArrayList<>();
                            Map<String, String> seen = new HashMap<>();
                            for (DefValType.Case c : v.cases()) {
                                Names.checkLabel(c.label(), "variant case");
                                unique(seen, c.label(), "variant case name", "case name");
                                labels.add(c.label());
                                kids.add(optVal(c.type()));
                            }
                            return new D(Kind.VARIANT, labels, kids, 0, null);
                        } else if (t instanceof DefValType.ListType l) {
                            return new D(Kind.LIST, null, List.of(valType(l.element())), 0, null);
                        } else if (t instanceof DefValType.FixedListType l) {
                            if (l.length() == 0) {
                                throw err("Fixed size lists must have more than zero elements");
                            }
                            return new D(
                                    Kind.FIXED_LIST,
                                    null,
                                    List.of(valType(l.element())),
                                    l.length(),
                                    null);
                        } else if (t instanceof DefValType.Tuple tu) {
                            if (tu.types().isEmpty()) {
                                throw err("tuple type must have at least one type");
                            }
                            return new D(
                                    Kind.TUPLE,
                                    null,
                                    tu.types().stream().map(this::valType).toList(),
                                    0,
                                    null);
                        } else if (t instanceof DefValType.Flags f) {
                            if (f.labels().isEmpty()) {
                                throw err("flags must have at least one entry");
                            }
                            if (f.labels().size() > 32) {
                                throw err("cannot have more than 32 flags");
                            }
                            Map<String, String> seen = new HashMap<>();
                            for (String l : f.labels()) {
                                Names.checkLabel(l, "flag");
                                unique(seen, l, "flag name", "flag name");
                            }
                            return new D(Kind.FLAGS, f.labels(), null, 0, null);
                        } else if (t instanceof DefValType.Enum en) {
                            if (en.labels().isEmpty()) {
                                throw err("enum type must have at least one variant");
                            }
                            Map<String, String> seen = new HashMap<>();
                            for (String l : en.labels()) {
                                Names.checkLabel(l, "enum tag");
                                unique(seen, l, "enum tag name", "tag name");
                            }
                            return new D(Kind.ENUM, en.labels(), null, 0, null);
                        } else if (t instanceof DefValType.Option o) {
                            return new D(Kind.OPTION, null, List.of(valType(o.type())), 0, null);
                        } else if (t instanceof DefValType.Result r) {
                            return new D(
                                    Kind.RESULT,
                                    null,
                                    java.util.Arrays.asList(optVal(r.ok()), optVal(r.error())),
                                    0,
                                    null);
                        } else if (t instanceof DefValType.Own o) {
                            return new D(Kind.OWN, null, null, 0, resourceAt(o.resource()));
                        } else if (t instanceof DefValType.Borrow b) {
                            return new D(Kind.BORROW, null, null, 0, resourceAt(b.resource()));
                        } else if (t instanceof DefValType.Stream st) {
                            V e = optVal(st.element());
                            if (e != null && Ty.containsBorrow(e)) {
                                throw err("stream payload cannot contain a `borrow` type");
                            }
                            if (e instanceof P p && p.prim() == PrimType.CHAR) {
                                throw err(
                                        "`stream<char>` is not valid at this time, use `stream<u8>` with UTF-8 text");
                            }
                            return new D(Kind.STREAM, null, java.util.Arrays.asList(e), 0, null);
                        } else if (t instanceof DefValType.Future fu) {
                            V e = optVal(fu.element());
                            if (e != null && Ty.containsBorrow(e)) {
                                throw err("future payload cannot contain a `borrow` type");
                            }
                            return new D(Kind.FUTURE, null, java.util.Arrays.asList(e), 0, null);
                        } else if (t instanceof DefValType.MapType mt) {
                            return new D(
                                    Kind.MAP,
                                    null,
                                    List.of(valType(mt.key()), valType(mt.value())),
                                    0,
                                    null);
                        }
                        return Sw.unreachable();
                    });
        }

        static void unique(Map<String, String> seen, String label, String desc, String prevDesc) {
            String prev = seen.putIfAbsent(label.toLowerCase(Locale.ROOT), label);
            if (prev != null) {
                throw err(
                        desc
                                + " `"
                                + label
                                + "` conflicts with previous "
                                + prevDesc
                                + " `"
                                + prev
                                + "`");
            }
        }

        F funcType(dev.dovetail.format.model.FuncType f) {
            List<String> names = new ArrayList<>();
            List<V> params = new ArrayList<>();
            Map<String, String> seen = new HashMap<>();
            for (LabeledValType p : f.params()) {
                Names.checkLabel(p.label(), "function parameter");
                unique(seen, p.label(), "function parameter name", "parameter name");
                names.add(p.label());
                params.add(valType(p.type()));
            }
            V result = optVal(f.result());
            if (result != null && Ty.containsBorrow(result)) {
                throw err("function result cannot contain a `borrow` type");
            }
            return new F(f.async(), names, params, result);
        }

        RA resourceType(dev.dovetail.format.model.ResourceType r) {
            if (kind != ScopeKind.COMPONENT) {
                throw err("resources can only be defined within a concrete component");
            }
            if (r.rep() != Num.I32) {
                throw err("resources can only be represented by `i32`");
            }
            if (r.destructor().isPresent()) {
                CoreFuncType d = at(coreFuncs, r.destructor().getAsLong(), "function");
                if (!d.equals(new CoreFuncType(List.of(Num.I32), List.of()))) {
                    throw err(
                            "core function "
                                    + r.destructor().getAsLong()
                                    + " has wrong signature for a destructor");
                }
            }
            Res res = new Res(null, this, r.rep());
            localRes.add(res);
            definedRes.add(res);
            return new RA(res);
        }

        InstT instanceType(dev.dovetail.format.model.InstanceType t) {
            Scope s = new Scope(this, ScopeKind.INSTANCE_TYPE);
            for (InstanceDecl d : t.decls()) {
                s.decl(d);
            }
            return new InstT(new LinkedHashMap<>(s.exports), List.copyOf(s.definedRes));
        }

        Ty.CompT componentType(dev.dovetail.format.model.ComponentType t) {
            Scope s = new Scope(this, ScopeKind.COMPONENT_TYPE);
            for (ComponentDecl d : t.decls()) {
                if (d instanceof ComponentDecl.Import i) {
                    s.importDef(new Import(i.name(), i.type()));
                } else {
                    s.decl((InstanceDecl) d);
                }
            }
            return new Ty.CompT(
                    new LinkedHashMap<>(s.imports),
                    new LinkedHashMap<>(s.exports),
                    List.copyOf(s.importedRes),
                    List.copyOf(s.definedRes));
        }

        void decl(InstanceDecl d) {
            if (d instanceof InstanceDecl.CoreTypeDecl c) {
                coreType(c.type());
            } else if (d instanceof InstanceDecl.TypeDecl t) {
                types.add(defType(t.type()));
            } else if (d instanceof InstanceDecl.AliasDecl a) {
                Alias al = a.alias();
                boolean ok =
                        al.target() instanceof Alias.Outer
                                ? al.sort() == Sort.TYPE || al.sort() == Sort.CORE_TYPE
                                : al.sort() == Sort.TYPE || al.sort() == Sort.INSTANCE;
                if (!ok) {
                    throw err(
                            "alias in a component or instance type may only refer to types or instances");
                }
                alias(al);
            } else if (d instanceof InstanceDecl.Export e) {
                E ent = externType(e.type(), false);
                E created = ent;
                if (e.type() instanceof ExternType.Type ty) {
                    if (ty.bound() instanceof ExternType.SubResource) {
                        definedRes.add(((RA) ((EType) ent).t()).res);
                    } else {
                        created = new EType(rename(((EType) ent).t()));
                    }
                }
                declareExport(e.name(), ent, created);
            }
        }

        // ------------------------------------------------------------ core types and instances

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
                        Scope target = outer(o.count() - 1);
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
                                                    : Sw.unreachable());
        }

        static CoreFuncType funcOf(List<Object> types, long idx) {
            Object o = at(types, idx, "type");
            if (o instanceof CoreFuncType f) {
                return f;
            }
            throw err("type index " + idx + " is not a function type");
        }

        Scope outer(long count) {
            Scope s = this;
            for (long i = 0; i < count; i++) {
                s = s.parent;
                if (s == null) {
                    throw err("invalid outer alias count of " + count);
                }
            }
            return s;
        }

        void coreInstance(CoreInstance ci) {
            if (ci instanceof CoreInstance.Instantiate in) {
                ModuleType mt = at(coreModules, in.module(), "module");
                Map<String, CoreInstanceType> args = new HashMap<>();
                for (CoreInstance.Arg a : in.args()) {
                    CoreInstanceType it = at(coreInstances, a.instance(), "core instance");
                    if (args.put(a.name(), it) != null) {
                        throw err(
                                "duplicate module instantiation argument named `" + a.name() + "`");
                    }
                }
                for (ModuleType.Import imp : mt.imports()) {
                    CoreInstanceType arg = args.get(imp.module());
                    if (arg == null) {
                        throw err(
                                "missing module instantiation argument named `"
                                        + imp.module()
                                        + "`");
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

        // ------------------------------------------------------------ aliases

        void alias(Alias a) {
            if (a.target() instanceof Alias.CoreInstanceExport ce) {
                CoreInstanceType it = at(coreInstances, ce.instance(), "core instance");
                CoreExtern e = it.exports().get(ce.name());
                if (e == null) {
                    throw err(
                            "core instance "
                                    + ce.instance()
                                    + " has no export named `"
                                    + ce.name()
                                    + "`");
                }
                String want =
                        a.sort().coreSort() == null
                                ? a.sort().toString()
                                : a.sort().coreSort().toString();
                String bad =
                        "export `"
                                + ce.name()
                                + "` for core instance "
                                + ce.instance()
                                + " is not a "
                                + want;
                switch (a.sort()) {
                    case CORE_FUNC ->
                            coreFuncs.add(e instanceof CoreExtern.Func f ? f.type() : fail(bad));
                    case CORE_TABLE ->
                            coreTables.add(e instanceof CoreExtern.Table t ? t : fail(bad));
                    case CORE_MEMORY ->
                            coreMemories.add(e instanceof CoreExtern.Memory t ? t : fail(bad));
                    case CORE_GLOBAL ->
                            coreGlobals.add(e instanceof CoreExtern.Global t ? t : fail(bad));
                    case CORE_TAG -> coreTags.add(e instanceof CoreExtern.Tag t ? t : fail(bad));
                    default ->
                            throw err(
                                    "invalid alias of a core instance export of sort `"
                                            + a.sort()
                                            + "`");
                }
            } else if (a.target() instanceof Alias.InstanceExport ie) {
                InstT it = at(instances, ie.instance(), "instance");
                E e = it.exports.get(ie.name());
                if (e == null) {
                    throw err(
                            "instance "
                                    + ie.instance()
                                    + " has no export named `"
                                    + ie.name()
                                    + "`");
                }
                String have = sortOf(e);
                String want = sortName(a.sort());
                if (!have.equals(want)) {
                    throw err(
                            "export `"
                                    + ie.name()
                                    + "` for instance "
                                    + ie.instance()
                                    + " is not a "
                                    + want);
                }
                push(e);
            } else if (a.target() instanceof Alias.Outer o) {
                Scope target = outer(o.count());
                long i = o.index();
                switch (a.sort()) {
                    case CORE_MODULE -> coreModules.add(at(target.coreModules, i, "module"));
                    case CORE_TYPE -> coreTypes.add(at(target.coreTypes, i, "core type"));
                    case COMPONENT -> components.add(at(target.components, i, "component"));
                    case TYPE -> {
                        TD t = target.typeAt(i);
                        boolean crossesComponent = false;
                        for (Scope s = this; s != target; s = s.parent) {
                            crossesComponent |= s.kind == ScopeKind.COMPONENT;
                        }
                        if (crossesComponent && Ty.mentionsResource(t, new IdentityHashMap<>())) {
                            throw err(
                                    "cannot alias outer type which transitively refers to resources not defined in the current component");
                        }
                        types.add(t);
                    }
                    default ->
                            throw err(
                                    "outer aliases may only refer to core modules, core types, types and components, not `"
                                            + a.sort()
                                            + "`");
                }
            }
        }

        static String sortName(Sort s) {
            return s == Sort.CORE_MODULE ? "module" : s.toString();
        }

        static String sortOf(E e) {
            return ((e instanceof EFunc f)
                    ? ("func")
                    : (e instanceof EType t)
                            ? ("type")
                            : (e instanceof EValue v)
                                    ? ("value")
                                    : (e instanceof EInst i)
                                            ? ("instance")
                                            : (e instanceof EComp c)
                                                    ? ("component")
                                                    : (e instanceof EModule m)
                                                            ? ("module")
                                                            : Sw.unreachable());
        }

        static <T> T fail(String msg) {
            throw err(msg);
        }

        // ------------------------------------------------------------ instances

        void instance(Instance in) {
            if (in instanceof Instance.Instantiate i) {
                Ty.CompT c = at(components, i.component(), "component");
                Map<String, E> args = new LinkedHashMap<>();
                Map<String, String> canon = new HashMap<>();
                for (Instance.Arg a : i.args()) {
                    String key = a.name().toLowerCase(Locale.ROOT);
                    String prev = canon.putIfAbsent(key, a.name());
                    if (prev != null) {
                        throw err(
                                "instantiation argument `"
                                        + a.name()
                                        + "` conflicts with previous argument `"
                                        + prev
                                        + "`");
                    }
                    args.put(a.name(), entity(a.target()));
                }
                instances.add(instantiate(c, args));
            } else if (in instanceof Instance.FromExports fe) {
                LinkedHashMap<String, E> ex = new LinkedHashMap<>();
                NameCx names = new NameCx();
                for (Instance.Export e : fe.exports()) {
                    E ent = entity(e.target());
                    checkName(e.name(), ent, names, "export");
                    ex.put(e.name().name(), ent);
                }
                instances.add(new InstT(ex, List.of()));
            }
        }

        InstT instantiate(Ty.CompT c, Map<String, E> args) {
            Map<Res, Res> bind = new IdentityHashMap<>();
            Set<Res> bindable = Collections.newSetFromMap(new IdentityHashMap<>());
            bindable.addAll(c.imported);
            Subtype sub = new Subtype(bind, bindable);
            Map<D, V> typeArgs = new IdentityHashMap<>();
            for (Map.Entry<String, E> imp : c.imports.entrySet()) {
                E actual = args.get(imp.getKey());
                if (actual == null) {
                    throw err("missing import named `" + imp.getKey() + "`");
                }
                if (imp.getValue() instanceof EType et
                        && et.t() instanceof D d
                        && actual instanceof EType at
                        && at.t() instanceof V v) {
                    typeArgs.put(d, v);
                }
                String m = sub.entity(actual, imp.getValue());
                if (m != null) {
                    throw err("type mismatch in import `" + imp.getKey() + "`: " + m);
                }
            }
            Map<Res, Res> fresh = Ty.freshen(c.defined, null);
            definedRes.addAll(fresh.values());
            bind.putAll(fresh);
            Ty.Subst s = new Ty.Subst(bind, typeArgs);
            LinkedHashMap<String, E> ex = new LinkedHashMap<>();
            c.exports.forEach((n, e) -> ex.put(n, s.e(e)));
            return new InstT(ex, List.of());
        }

        // ------------------------------------------------------------ imports and exports

        /** The entity an extern type describes; resources of {@code (sub resource)} are fresh. */
        E externType(ExternType t, boolean isImport) {
            return Sw.of(
                    () -> {
                        if (t instanceof ExternType.CoreModule m) {
                            Object o = at(coreTypes, m.coreType(), "core type");
                            if (o instanceof ModuleType mt) {
                                return new EModule(mt);
                            }
                            throw err("core type index " + m.coreType() + " is not a module type");
                        } else if (t instanceof ExternType.Func f) {
                            return new EFunc(funcTypeAt(f.type()));
                        } else if (t instanceof ExternType.Value v) {
                            return ((v.bound() instanceof ExternType.ValueOfType vt)
                                    ? (new EValue(valType(vt.type())))
                                    : (v.bound() instanceof ExternType.ValueEq ve)
                                            ? (new EValue(at(values, ve.value(), "value")))
                                            : Sw.unreachable());
                        } else if (t instanceof ExternType.Type ty) {
                            return Sw.of(
                                    () -> {
                                        if (ty.bound() instanceof ExternType.SubResource sr) {
                                            Res r = new Res(null, null, Num.I32);
                                            return new EType(new RA(r));
                                        } else if (ty.bound() instanceof ExternType.Eq eq) {
                                            return new EType(typeAt(eq.type()));
                                        }
                                        return Sw.unreachable();
                                    });
                        } else if (t instanceof ExternType.Component c) {
                            if (typeAt(c.type()) instanceof Ty.CompT ct) {
                                return new EComp(ct);
                            }
                            throw err("type index " + c.type() + " is not a component type");
                        } else if (t instanceof ExternType.Instance i) {
                            if (typeAt(i.type()) instanceof InstT it) {
                                return new EInst(it);
                            }
                            throw err("type index " + i.type() + " is not an instance type");
                        }
                        return Sw.unreachable();
                    });
        }

        void importDef(Import imp) {
            E referenced = externType(imp.type(), true);
            E created = referenced;
            if (imp.type() instanceof ExternType.Type ty) {
                if (ty.bound() instanceof ExternType.SubResource) {
                    importedRes.add(((RA) ((EType) referenced).t()).res);
                } else {
                    created = new EType(rename(((EType) referenced).t()));
                }
            } else if (referenced instanceof EInst ei && !ei.i().defined.isEmpty()) {
                Map<Res, Res> fresh = Ty.freshen(ei.i().defined, null);
                importedRes.addAll(fresh.values());
                created = new EInst(new Ty.Subst(fresh).inst(ei.i()));
            }
            if (created instanceof EInst ei2 && !ei2.i().defined.isEmpty()) {
                created = new EInst(new InstT(ei2.i().exports, List.of()));
            }
            if (!named(imp.name().name(), referenced, created, true)) {
                throw err(Ty.desc(created) + " not valid to be used as import");
            }
            checkName(imp.name(), created, importNames, "import");
            imports.put(imp.name().name(), created);
            if (created instanceof EValue) {
                values.add(((EValue) created).v());
                valueUsed.add(false);
            } else {
                push(created);
            }
        }

        /**
         * A new name for the same type (a new alias of a resource, a new identity of a defined
         * type).
         */
        static TD rename(TD t) {
            if (t instanceof RA r) {
                return new RA(r.res);
            }
            if (t instanceof D d) {
                return d.copy();
            }
            return t;
        }

        void exportDef(Export ex) {
            E actual = entity(ex.target());
            E referenced = actual;
            E created;
            if (ex.type().isPresent()) {
                E ascribed = externType(ex.type().get(), false);
                if (ascribed instanceof EType et
                        && et.t() instanceof RA ra
                        && ex.type().get() instanceof ExternType.Type tt
                        && tt.bound() instanceof ExternType.SubResource) {
                    if (!(actual instanceof EType at && at.t() instanceof RA)) {
                        throw err(
                                "type mismatch in export `"
                                        + ex.name().name()
                                        + "`: expected resource, found defined type");
                    }
                    definedRes.add(ra.res);
                    created = ascribed;
                } else {
                    Subtype sub =
                            new Subtype(
                                    new IdentityHashMap<>(),
                                    Collections.newSetFromMap(new IdentityHashMap<>()));
                    String m = sub.entity(actual, ascribed);
                    if (m != null) {
                        throw err(
                                "ascribed type of export is not compatible with item's type: type mismatch in export `"
                                        + ex.name().name()
                                        + "`: "
                                        + m);
                    }
                    referenced = ascribed;
                    created = ascribed instanceof EType et2 ? new EType(rename(et2.t())) : ascribed;
                }
            } else {
                created = actual instanceof EType et ? new EType(rename(et.t())) : actual;
            }
            declareExport(ex.name(), referenced, created);
            push(created);
        }

        /** Records an export of a component, component type or instance type. */
        void declareExport(ExternName name, E referenced, E created) {
            if (created instanceof EInst ei && !ei.i().defined.isEmpty()) {
                Map<Res, Res> fresh = Ty.freshen(ei.i().defined, null);
                definedRes.addAll(fresh.values());
                InstT ni = new Ty.Subst(fresh).inst(ei.i());
                created = new EInst(new InstT(ni.exports, List.of()));
                referenced = created;
            }
            if (!named(name.name(), referenced, created, false)) {
                throw err(Ty.desc(created) + " not valid to be used as export");
            }
            checkName(name, created, exportNames, "export");
            exports.put(name.name(), created);
            if (kind != ScopeKind.COMPONENT) {
                push(created);
            }
        }

        // ------------------------------------------------------------ external visibility

        boolean named(String toplevel, E referenced, E created, boolean isImport) {
            if (created instanceof EType et && et.t() instanceof RA ra && toplevel != null) {
                NameCx cx = isImport ? importNames : exportNames;
                cx.resourceNames.put(ra, toplevel);
                if (ra.res.hint == null) {
                    ra.res.hint = toplevel;
                }
                cx.allResourceNames.add(toplevel);
            }
            if (kind == ScopeKind.INSTANCE_TYPE) {
                return true;
            }
            Set<Object> set = isImport ? importedNamed : exportedNamed;
            return Sw.of(
                    () -> {
                        if (created instanceof EType et) {
                            TD ref = ((EType) referenced).t();
                            if (!allNamed(ref, set)) {
                                return false;
                            }
                            if (isImport) {
                                importedNamed.add(et.t());
                            }
                            exportedNamed.add(et.t());
                            return true;
                        } else if (created instanceof EInst ei) {
                            boolean ok = true;
                            for (E e : ei.i().exports.values()) {
                                ok &= named(null, e, e, isImport);
                            }
                            return ok;
                        } else if (created instanceof EFunc f) {
                            return funcNamed(f.f(), set);
                        } else if (created instanceof EValue v) {
                            return valNamed(v.v(), set);
                        } else if (created instanceof EComp c) {
                            return true;
                        } else if (created instanceof EModule m) {
                            return true;
                        }
                        return Sw.unreachable();
                    });
        }

        static boolean allNamed(TD t, Set<Object> set) {
            return ((t instanceof RA r)
                    ? (true)
                    : (t instanceof Ty.CompT c)
                            ? (true)
                            : (t instanceof P p)
                                    ? (true)
                                    : (t instanceof D d)
                                            ? (definedNamed(d, set))
                                            : (t instanceof F f)
                                                    ? (funcNamed(f, set))
                                                    : (t instanceof InstT i)
                                                            ? (i.exports.values().stream()
                                                                    .allMatch(
                                                                            e ->
                                                                                    ((e
                                                                                                    instanceof
                                                                                                    EModule
                                                                                                            m)
                                                                                            ? (true)
                                                                                            : (e
                                                                                                            instanceof
                                                                                                            EComp
                                                                                                                    c)
                                                                                                    ? (true)
                                                                                                    : (e
                                                                                                                    instanceof
                                                                                                                    EFunc
                                                                                                                            f)
                                                                                                            ? (funcNamed(
                                                                                                                    f
                                                                                                                            .f(),
                                                                                                                    set))
                                                                                                            : (e
                                                                                                                            instanceof
                                                                                                                            EType
                                                                                                                                    et)
                                                                                                                    ? (allNamed(
                                                                                                                            et
                                                                                                                                    .t(),
                                                                                                                            set))
                                                                                                                    : (e
                                                                                                                                    instanceof
                                                                                                                                    EValue
                                                                                                                                            v)
                                                                                                                            ? (v
                                                                                                                                                    .v()
                                                                                                                                            instanceof
                                                                                                                                            D
                                                                                                                                                    d
                                                                                                                                    ? definedNamed(
                                                                                                                                            d,
                                                                                                                                            set)
                                                                                                                                    : true)
                                                                                                                            : (e
                                                                                                                                            instanceof
                                                                                                                                            EInst
                                                                                                                                                    ii)
                                                                                                                                    ? (allNamed(
                                                                                                                                            ii
                                                                                                                                                    .i(),
                                                                                                                                            set))
                                                                                                                                    : Sw
                                                                                                                                            .unreachable())))
                                                            : Sw.unreachable());
        }

        static boolean definedNamed(D d, Set<Object> set) {
            return switch (d.kind) {
                case FLAGS, ENUM -> true;
                case OWN, BORROW -> set.contains(d.res);
                default -> d.kids.stream().allMatch(k -> k == null || valNamed(k, set));
            };
        }

        static boolean valNamed(V v, Set<Object> set) {
            if (v instanceof P) {
                return true;
            }
            D d = (D) v;
            return switch (d.kind) {
                case FLAGS, ENUM, RECORD, VARIANT -> set.contains(d);
                default -> definedNamed(d, set);
            };
        }

        static boolean funcNamed(F f, Set<Object> set) {
            return f.params().stream().allMatch(p -> valNamed(p, set))
                    && (f.result() == null || valNamed(f.result(), set));
        }

        // ------------------------------------------------------------ names

        void checkName(ExternName name, E ty, NameCx cx, String what) {
            String raw = name.name();
            Names.ExternName parsed;
            try {
                parsed = Names.parse(raw);
            } catch (InvalidComponentException e) {
                throw err(
                        what + " name `" + raw + "` is not a valid extern name: " + e.getMessage());
            }
            String implementsName = null;
            String suffix = null;
            boolean externalId = false;
            for (NameAttribute a : name.attributes()) {
                if (a instanceof NameAttribute.Implements im) {
                    if (implementsName != null) {
                        throw err("duplicate 'implements' option in name");
                    }
                    implementsName = im.interfaceName();
                } else if (a instanceof NameAttribute.VersionSuffix vs) {
                    if (suffix != null) {
                        throw err("duplicate 'versionsuffix' option in name");
                    }
                    suffix = vs.suffix();
                } else if (a instanceof NameAttribute.ExternalId id) {
                    if (externalId) {
                        throw err("duplicate 'external-id' option in name");
                    }
                    externalId = true;
                }
            }
            if (implementsName != null) {
                if (parsed.kind() != Names.Kind.LABEL) {
                    throw err("name `" + raw + "` is not valid with `implements`");
                }
                if (!(ty instanceof EInst)) {
                    throw err("only instances can have an `implements`");
                }
                Names.ExternName in;
                try {
                    in = Names.parse(implementsName);
                } catch (InvalidComponentException e) {
                    throw err("`" + implementsName + "` is not a valid name: " + e.getMessage());
                }
                if (in.kind() != Names.Kind.INTERFACE) {
                    throw err("name `" + implementsName + "` must be an interface");
                }
            }
            if (suffix != null && !(ty instanceof EInst)) {
                throw err("only instances can have an `versionsuffix`");
            }
            try {
                checkAnnotated(parsed, suffix, ty, cx);
            } catch (InvalidComponentException e) {
                throw err(what + " name `" + raw + "` is not valid: " + e.getMessage());
            }
            String canonical = parsed.canonical();
            String prev = cx.canonical.putIfAbsent(canonical, raw);
            if (prev != null) {
                throw err(what + " name `" + raw + "` conflicts with previous name `" + prev + "`");
            }
        }

        static void checkAnnotated(Names.ExternName n, String suffix, E ty, NameCx cx) {
            switch (n.kind()) {
                case LABEL -> {}
                case INTERFACE -> {
                    if (n.version() != null) {
                        Names.checkVersion(n.version(), suffix);
                    } else if (suffix != null) {
                        throw err("invalid interface version: `versionsuffix` without a version");
                    }
                }
                case CONSTRUCTOR -> {
                    F f = funcOfName(ty);
                    if (f.async()) {
                        throw err("constructor function cannot be async");
                    }
                    if (f.result() == null) {
                        throw err("function should return one value");
                    }
                    RA r = null;
                    if (f.result() instanceof D d) {
                        if (d.kind == Kind.OWN) {
                            r = d.res;
                        } else if (d.kind == Kind.RESULT
                                && d.kids.get(0) instanceof D ok
                                && ok.kind == Kind.OWN) {
                            r = ok.res;
                        }
                    }
                    if (r == null) {
                        throw err("function should return `(own $T)` or `(result (own $T))`");
                    }
                    resourceName(cx, r, n.resource());
                }
                case METHOD -> {
                    F f = funcOfName(ty);
                    if (f.params().isEmpty()) {
                        throw err("function should have at least one argument");
                    }
                    if (!f.names().get(0).equals("self")) {
                        throw err("function should have a first argument called `self`");
                    }
                    if (!(f.params().get(0) instanceof D d && d.kind == Kind.BORROW)) {
                        throw err("function should take a first argument of `(borrow $T)`");
                    }
                    resourceName(cx, ((D) f.params().get(0)).res, n.resource());
                }
                case STATIC -> {
                    funcOfName(ty);
                    if (!cx.allResourceNames.contains(n.resource())) {
                        throw err("static resource name is not known in this context");
                    }
                }
            }
        }

        static F funcOfName(E ty) {
            if (ty instanceof EFunc f) {
                return f.f();
            }
            throw err("item is not a func");
        }

        static void resourceName(NameCx cx, RA r, String name) {
            String expected = cx.resourceNames.get(r);
            if (expected == null) {
                throw err("resource used in function does not have a name in this context");
            }
            if (!expected.equals(name)) {
                throw err("function does not match expected resource name `" + expected + "`");
            }
        }

        // ------------------------------------------------------------ start

        void start(dev.dovetail.format.model.Start st) {
            F f = at(funcs, st.func(), "function");
            if (f.params().size() != st.args().size()) {
                throw err(
                        "component start function requires "
                                + f.params().size()
                                + " arguments but was given "
                                + st.args().size());
            }
            for (int i = 0; i < st.args().size(); i++) {
                V v = at(values, st.args().get(i), "value");
                markValueUsed(st.args().get(i));
                String m = Ty.mismatchV(v, f.params().get(i), null);
                if (m != null) {
                    throw err("type mismatch in start function argument " + i + ": " + m);
                }
            }
            long want = f.result() == null ? 0 : 1;
            if (st.results() != want) {
                throw err(
                        "component start function has a result count of "
                                + want
                                + " but the function type has a result count of "
                                + st.results());
            }
            if (f.result() != null) {
                values.add(f.result());
                valueUsed.add(false);
            }
        }

        // ------------------------------------------------------------ canonical definitions

        record Opts(
                CanonOpt.StringEncoding encoding,
                Long memory,
                Long realloc,
                Long postReturn,
                boolean async,
                Long callback) {}

        Opts options(List<CanonOpt> opts) {
            CanonOpt.StringEncoding enc = null;
            Long memory = null;
            Long realloc = null;
            Long post = null;
            Long callback = null;
            boolean async = false;
            for (CanonOpt o : opts) {
                if (o instanceof CanonOpt.Encoding e) {
                    if (enc != null) {
                        throw err(
                                "canonical encoding option `"
                                        + encName(enc)
                                        + "` conflicts with option `"
                                        + encName(e.encoding())
                                        + "`");
                    }
                    enc = e.encoding();
                } else if (o instanceof CanonOpt.Memory m) {
                    if (memory != null) {
                        throw err("canonical option `memory` is specified more than once");
                    }
                    at(coreMemories, m.memory(), "memory");
                    memory = m.memory();
                } else if (o instanceof CanonOpt.Realloc r) {
                    if (realloc != null) {
                        throw err("canonical option `realloc` is specified more than once");
                    }
                    realloc = r.func();
                } else if (o instanceof CanonOpt.PostReturn p) {
                    if (post != null) {
                        throw err("canonical option `post-return` is specified more than once");
                    }
                    post = p.func();
                } else if (o instanceof CanonOpt.Async a) {
                    if (async) {
                        throw err("canonical option `async` is specified more than once");
                    }
                    async = true;
                } else if (o instanceof CanonOpt.Callback c) {
                    if (callback != null) {
                        throw err("canonical option `callback` is specified more than once");
                    }
                    callback = c.func();
                } else if (o instanceof CanonOpt.CoreTypeOpt c) {
                    throw err(
                            "canonical option `core type` requires the component model gc feature");
                } else if (o instanceof CanonOpt.Gc g) {
                    throw err("canonical option `gc` requires the `cm-gc` feature");
                }
            }
            if (!async && callback != null) {
                throw err("cannot specify callback without async");
            }
            if (async && post != null) {
                throw err("cannot specify post-return function in async");
            }
            if (realloc != null) {
                if (memory == null) {
                    throw err("canonical option `realloc` requires `memory` to also be specified");
                }
                CoreFuncType rt = at(coreFuncs, realloc, "function");
                if (!rt.equals(
                        new CoreFuncType(
                                List.of(Num.I32, Num.I32, Num.I32, Num.I32), List.of(Num.I32)))) {
                    throw err(
                            "canonical option `realloc` uses a core function with an incorrect signature");
                }
            }
            return new Opts(enc, memory, realloc, post, async, callback);
        }

        static String encName(CanonOpt.StringEncoding e) {
            return e == CanonOpt.StringEncoding.LATIN1_UTF16 ? "latin1-utf16" : e.toString();
        }

        static void requireMemory(Opts o) {
            if (o.memory() == null) {
                throw err("canonical option `memory` is required");
            }
        }

        static void requireRealloc(Opts o) {
            requireMemory(o);
            if (o.realloc() == null) {
                throw err("canonical option `realloc` is required");
            }
        }

        /** The memory/realloc requirements of lifting ({@code lift}) or lowering a function. */
        static void checkMemoryNeeds(F f, Opts o, boolean lift) {
            List<CoreValType> flat = new ArrayList<>();
            for (V p : f.params()) {
                if (Ty.containsPtr(p)) {
                    if (lift) {
                        requireRealloc(o);
                    } else {
                        requireMemory(o);
                    }
                }
                Flatten.flatten(p, flat);
            }
            int maxParams =
                    !lift && o.async() ? Flatten.MAX_FLAT_ASYNC_PARAMS : Flatten.MAX_FLAT_PARAMS;
            if (flat.size() > maxParams) {
                requireMemory(o);
                if (lift) {
                    requireRealloc(o);
                }
            }
            if (f.result() != null) {
                if (!lift && Ty.containsPtr(f.result())) {
                    requireRealloc(o);
                }
                int n = Flatten.flatten(f.result()).size();
                if (!o.async()) {
                    if (n > Flatten.MAX_FLAT_RESULTS) {
                        requireMemory(o);
                    }
                } else if (!lift) {
                    requireMemory(o);
                } else if (n > Flatten.MAX_FLAT_PARAMS || Ty.containsPtr(f.result())) {
                    requireMemory(o);
                }
            }
        }

        void canon(Canon c) {
            if (c instanceof Canon.Lift l) {
                CoreFuncType core = at(coreFuncs, l.coreFunc(), "function");
                F f = funcTypeAt(l.type());
                Opts o = options(l.opts());
                if (o.async() && !f.async()) {
                    throw err("the `async` canonical option requires an async function type");
                }
                if (o.callback() != null) {
                    CoreFuncType cb = at(coreFuncs, o.callback(), "function");
                    boolean threeArgs =
                            cb.equals(
                                    new CoreFuncType(
                                            List.of(Num.I32, Num.I32, Num.I32), List.of(Num.I32)));
                    boolean oneArg =
                            cb.equals(new CoreFuncType(List.of(Num.I32), List.of(Num.I32)));
                    if (!threeArgs && !oneArg) {
                        throw err(
                                "canonical option `callback` uses a core function with an incorrect signature");
                    }
                }
                checkMemoryNeeds(f, o, true);
                CoreFuncType want = Flatten.functype(f, o.async(), o.callback() != null, true);
                if (o.postReturn() != null) {
                    CoreFuncType pr = at(coreFuncs, o.postReturn(), "function");
                    if (!pr.params().equals(core.results()) || !pr.results().isEmpty()) {
                        throw err(
                                "canonical option `post-return` uses a core function with an incorrect signature");
                    }
                }
                if (!want.params().equals(core.params())) {
                    throw err(
                            "lowered parameter types `"
                                    + debug(want.params())
                                    + "` do not match parameter types `"
                                    + debug(core.params())
                                    + "` of core function "
                                    + l.coreFunc());
                }
                if (!want.results().equals(core.results())) {
                    throw err(
                            "lowered result types `"
                                    + debug(want.results())
                                    + "` do not match result types `"
                                    + debug(core.results())
                                    + "` of core function "
                                    + l.coreFunc());
                }
                funcs.add(f);
            } else if (c instanceof Canon.Lower l) {
                F f = at(funcs, l.func(), "function");
                Opts o = options(l.opts());
                if (o.postReturn() != null) {
                    throw err("canonical option `post-return` cannot be specified for lowerings");
                }
                if (o.callback() != null) {
                    throw err("canonical option `callback` cannot be specified for lowerings");
                }
                if (o.async() && !f.async()) {
                    throw err("the `async` canonical option requires an async function type");
                }
                checkMemoryNeeds(f, o, false);
                coreFuncs.add(Flatten.functype(f, o.async(), false, false));
            } else if (c instanceof Canon.ResourceNew r) {
                Res res = localResource(r.resource());
                coreFuncs.add(sig(List.of(res.rep), List.of(Num.I32)));
            } else if (c instanceof Canon.ResourceDrop r) {
                resourceAt(r.resource());
                coreFuncs.add(sig(List.of(Num.I32), List.of()));
            } else if (c instanceof Canon.ResourceRep r) {
                Res res = localResource(r.resource());
                coreFuncs.add(sig(List.of(Num.I32), List.of(res.rep)));
            } else if (c instanceof Canon.TaskReturn t) {
                V result = optVal(t.result());
                if (result != null && Ty.containsBorrow(result)) {
                    throw err("function result cannot contain a `borrow` type");
                }
                Opts o = options(t.opts());
                if (o.async()
                        || o.postReturn() != null
                        || o.callback() != null
                        || o.realloc() != null) {
                    throw err(
                            "cannot specify `async`, `post-return`, `callback` or `realloc` on `task.return`");
                }
                List<CoreValType> ps = result == null ? new ArrayList<>() : Flatten.flatten(result);
                if (result != null
                        && (Ty.containsPtr(result) || ps.size() > Flatten.MAX_FLAT_PARAMS)) {
                    requireMemory(o);
                }
                if (ps.size() > Flatten.MAX_FLAT_PARAMS) {
                    ps = List.of(Num.I32);
                }
                coreFuncs.add(sig(ps, List.of()));
            } else if (c instanceof Canon.ContextGet g) {
                contextSlot(g.type(), g.slot());
                coreFuncs.add(sig(List.of(), List.of(Num.I32)));
            } else if (c instanceof Canon.ContextSet g) {
                contextSlot(g.type(), g.slot());
                coreFuncs.add(sig(List.of(Num.I32), List.of()));
            } else if (c instanceof Canon.StreamNew s) {
                typed(s.type(), Kind.STREAM);
                coreFuncs.add(sig(List.of(), List.of(Num.I64)));
            } else if (c instanceof Canon.FutureNew s) {
                typed(s.type(), Kind.FUTURE);
                coreFuncs.add(sig(List.of(), List.of(Num.I64)));
            } else if (c instanceof Canon.StreamRead s) {
                streamRw(s.type(), s.opts(), Kind.STREAM);
            } else if (c instanceof Canon.StreamWrite s) {
                streamRw(s.type(), s.opts(), Kind.STREAM);
            } else if (c instanceof Canon.FutureRead s) {
                streamRw(s.type(), s.opts(), Kind.FUTURE);
            } else if (c instanceof Canon.FutureWrite s) {
                streamRw(s.type(), s.opts(), Kind.FUTURE);
            } else if (c instanceof Canon.StreamCancelRead s) {
                typedSig(s.type(), Kind.STREAM, 1, 1);
            } else if (c instanceof Canon.StreamCancelWrite s) {
                typedSig(s.type(), Kind.STREAM, 1, 1);
            } else if (c instanceof Canon.FutureCancelRead s) {
                typedSig(s.type(), Kind.FUTURE, 1, 1);
            } else if (c instanceof Canon.FutureCancelWrite s) {
                typedSig(s.type(), Kind.FUTURE, 1, 1);
            } else if (c instanceof Canon.StreamDropReadable s) {
                typedSig(s.type(), Kind.STREAM, 1, 0);
            } else if (c instanceof Canon.StreamDropWritable s) {
                typedSig(s.type(), Kind.STREAM, 1, 0);
            } else if (c instanceof Canon.FutureDropReadable s) {
                typedSig(s.type(), Kind.FUTURE, 1, 0);
            } else if (c instanceof Canon.FutureDropWritable s) {
                typedSig(s.type(), Kind.FUTURE, 1, 0);
            } else if (c instanceof Canon.ErrorContextNew e) {
                requireMemory(options(e.opts()));
                coreFuncs.add(i32s(2, 1));
            } else if (c instanceof Canon.ErrorContextDebugMessage e) {
                Opts o = options(e.opts());
                requireRealloc(o);
                coreFuncs.add(i32s(2, 0));
            } else if (c instanceof Canon.ErrorContextDrop e) {
                coreFuncs.add(i32s(1, 0));
            } else if (c instanceof Canon.WaitableSetWait w) {
                at(coreMemories, w.memory(), "memory");
                coreFuncs.add(i32s(2, 1));
            } else if (c instanceof Canon.WaitableSetPoll w) {
                at(coreMemories, w.memory(), "memory");
                coreFuncs.add(i32s(2, 1));
            } else if (c instanceof Canon.ThreadNewIndirect t) {
                coreFuncTypeAt(t.coreType());
                at(coreTables, t.table(), "table");
                coreFuncs.add(i32s(2, 1));
            } else if (c instanceof Canon.ThreadSpawnRef t) {
                CoreFuncType ft = coreFuncTypeAt(t.coreType());
                coreFuncs.add(
                        sig(
                                List.of(
                                        new CoreValType.Ref(
                                                false,
                                                new dev.dovetail.format.model.CoreHeapType.Concrete(
                                                        t.coreType())),
                                        Num.I32),
                                List.of(Num.I32)));
            } else if (c instanceof Canon.ThreadSpawnIndirect t) {
                coreFuncTypeAt(t.coreType());
                at(coreTables, t.table(), "table");
                coreFuncs.add(i32s(2, 1));
            } else if (c instanceof Canon.BackpressureInc b) {
                coreFuncs.add(i32s(0, 0));
            } else if (c instanceof Canon.BackpressureDec b) {
                coreFuncs.add(i32s(0, 0));
            } else if (c instanceof Canon.TaskCancel b) {
                coreFuncs.add(i32s(0, 0));
            } else if (c instanceof Canon.SubtaskCancel b) {
                coreFuncs.add(i32s(1, 1));
            } else if (c instanceof Canon.SubtaskDrop b) {
                coreFuncs.add(i32s(1, 0));
            } else if (c instanceof Canon.WaitableSetNew b) {
                coreFuncs.add(i32s(0, 1));
            } else if (c instanceof Canon.WaitableSetDrop b) {
                coreFuncs.add(i32s(1, 0));
            } else if (c instanceof Canon.WaitableJoin b) {
                coreFuncs.add(i32s(2, 0));
            } else if (c instanceof Canon.ThreadIndex b) {
                coreFuncs.add(i32s(0, 1));
            } else if (c instanceof Canon.ThreadResumeLater b) {
                coreFuncs.add(i32s(1, 0));
            } else if (c instanceof Canon.ThreadSuspend b) {
                coreFuncs.add(i32s(0, 1));
            } else if (c instanceof Canon.ThreadYield b) {
                coreFuncs.add(i32s(0, 1));
            } else if (c instanceof Canon.ThreadSuspendThenResume b) {
                coreFuncs.add(i32s(1, 1));
            } else if (c instanceof Canon.ThreadYieldThenResume b) {
                coreFuncs.add(i32s(1, 1));
            } else if (c instanceof Canon.ThreadSuspendThenPromote b) {
                coreFuncs.add(i32s(1, 1));
            } else if (c instanceof Canon.ThreadYieldThenPromote b) {
                coreFuncs.add(i32s(1, 1));
            } else if (c instanceof Canon.ThreadAvailableParallelism b) {
                coreFuncs.add(i32s(0, 1));
            }
        }

        Res localResource(long idx) {
            RA ra = resourceAt(idx);
            if (ra.res.owner != this) {
                throw err("type index " + idx + " is not a local resource");
            }
            return ra.res;
        }

        static void contextSlot(CoreValType t, long slot) {
            if (t != Num.I32) {
                throw err("context.get/set: only i32 context values are supported");
            }
            if (slot < 0 || slot > 1) {
                throw err("invalid context slot " + slot);
            }
        }

        D typed(long idx, Kind k) {
            if (typeAt(idx) instanceof D d && d.kind == k) {
                return d;
            }
            throw err(
                    "`"
                            + k.text
                            + "` built-in requires a "
                            + k.text
                            + " type, found type index "
                            + idx);
        }

        void typedSig(long idx, Kind k, int params, int results) {
            typed(idx, k);
            coreFuncs.add(i32s(params, results));
        }

        void streamRw(long idx, List<CanonOpt> opts, Kind k) {
            D d = typed(idx, k);
            Opts o = options(opts);
            if (o.postReturn() != null || o.callback() != null) {
                throw err(
                        "cannot specify `post-return` or `callback` on a "
                                + k.text
                                + " read or write");
            }
            V payload = d.kids.get(0);
            if (payload != null) {
                requireMemory(o);
                if (Ty.containsPtr(payload)) {
                    requireRealloc(o);
                }
            }
            coreFuncs.add(k == Kind.STREAM ? i32s(3, 1) : i32s(2, 1));
        }

        static CoreFuncType sig(List<CoreValType> p, List<CoreValType> r) {
            return new CoreFuncType(p, r);
        }

        static CoreFuncType i32s(int params, int results) {
            return new CoreFuncType(
                    Collections.nCopies(params, Num.I32), Collections.nCopies(results, Num.I32));
        }

        static String debug(List<CoreValType> ts) {
            List<String> out = new ArrayList<>();
            for (CoreValType t : ts) {
                out.add(
                        t instanceof Num n
                                ? n.name().charAt(0)
                                        + n.name().substring(1).toUpperCase(Locale.ROOT)
                                : t.toString());
            }
            return out.toString();
        }
    }
}
