package dev.dovetail.format.validate;

import dev.dovetail.abi.type.PrimType;
import dev.dovetail.format.model.Alias;
import dev.dovetail.format.model.ComponentDecl;
import dev.dovetail.format.model.CoreValType.Num;
import dev.dovetail.format.model.DefType;
import dev.dovetail.format.model.DefValType;
import dev.dovetail.format.model.ExternType;
import dev.dovetail.format.model.Import;
import dev.dovetail.format.model.InstanceDecl;
import dev.dovetail.format.model.LabeledValType;
import dev.dovetail.format.model.PrimValType;
import dev.dovetail.format.model.Sort;
import dev.dovetail.format.types.CoreFuncType;
import dev.dovetail.format.validate.DefinedType.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Type definitions: value types, function, resource, instance and component types (the type section
 * of Explainer.md), checked and turned into the validator's {@link TypeDef}s.
 */
abstract class TypeDefinitions extends CoreDefinitions {
    TypeDefinitions(ScopeState parent, ScopeKind kind) {
        super(parent, kind);
    }

    ValueType valType(dev.dovetail.format.model.ValType t) {
        if (t instanceof PrimValType p) {
            return new PrimitiveType(prim(p));
        }
        long idx = ((dev.dovetail.format.model.ValType.Index) t).index();
        TypeDef td = typeAt(idx);
        if (td instanceof ValueType v) {
            return v;
        }
        throw err("type index " + idx + " is not a defined type");
    }

    static PrimType prim(PrimValType p) {
        return PrimType.valueOf(p.name());
    }

    ValueType optVal(Optional<dev.dovetail.format.model.ValType> t) {
        return t.map(this::valType).orElse(null);
    }

    TypeDef defType(DefType t) {
        return ((t instanceof DefValType v)
                ? (defValType(v))
                : (t instanceof dev.dovetail.format.model.FuncType f)
                        ? (funcType(f))
                        : (t instanceof dev.dovetail.format.model.ComponentType c)
                                ? (componentType(c))
                                : (t instanceof dev.dovetail.format.model.InstanceType i)
                                        ? (instanceType(i))
                                        : (t instanceof dev.dovetail.format.model.ResourceType r)
                                                ? (resourceType(r))
                                                : Dispatch.unreachable());
    }

    private final MaxValueSize maxValueSize = new MaxValueSize();

    /** wasmparser's bound on the nesting depth of a defined value type. */
    static final int MAX_TYPE_DEPTH = 100;

    ValueType defValType(DefValType t) {
        ValueType v = defValType0(t);
        if (v instanceof DefinedType d && d.depth > MAX_TYPE_DEPTH) {
            throw err("type nesting is too deep");
        }
        if (v instanceof DefinedType d && maxValueSize.exceeded(d)) {
            throw err("type exceeds maximum byte size of " + MaxValueSize.LIMIT + " bytes");
        }
        return v;
    }

    ValueType defValType0(DefValType t) {
        return Dispatch.of(
                () -> {
                    if (t instanceof PrimValType p) {
                        return new PrimitiveType(prim(p));
                    } else if (t instanceof DefValType.Record r) {
                        if (r.fields().isEmpty()) {
                            throw err("record type must have at least one field");
                        }
                        List<String> labels = new ArrayList<>();
                        List<ValueType> kids = new ArrayList<>();
                        Map<String, String> seen = new HashMap<>();
                        for (LabeledValType f : r.fields()) {
                            Names.checkLabel(f.label(), "record field");
                            unique(seen, f.label(), "record field name", "field name");
                            labels.add(f.label());
                            kids.add(valType(f.type()));
                        }
                        return new DefinedType(Kind.RECORD, labels, kids, 0, null);
                    } else if (t instanceof DefValType.Variant v) {
                        if (v.cases().isEmpty()) {
                            throw err("variant type must have at least one case");
                        }
                        if (v.cases().size() > (1L << 32) - 1) {
                            throw err(
                                    "variant type cannot be represented with a 32-bit discriminant value");
                        }
                        List<String> labels = new ArrayList<>();
                        List<ValueType> kids = new ArrayList<>();
                        Map<String, String> seen = new HashMap<>();
                        for (DefValType.Case c : v.cases()) {
                            Names.checkLabel(c.label(), "variant case");
                            unique(seen, c.label(), "variant case name", "case name");
                            labels.add(c.label());
                            kids.add(optVal(c.type()));
                        }
                        return new DefinedType(Kind.VARIANT, labels, kids, 0, null);
                    } else if (t instanceof DefValType.ListType l) {
                        return new DefinedType(
                                Kind.LIST, null, List.of(valType(l.element())), 0, null);
                    } else if (t instanceof DefValType.FixedListType l) {
                        if (l.length() == 0) {
                            throw err("Fixed size lists must have more than zero elements");
                        }
                        return new DefinedType(
                                Kind.FIXED_LIST,
                                null,
                                List.of(valType(l.element())),
                                l.length(),
                                null);
                    } else if (t instanceof DefValType.Tuple tu) {
                        if (tu.types().isEmpty()) {
                            throw err("tuple type must have at least one type");
                        }
                        return new DefinedType(
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
                        return new DefinedType(Kind.FLAGS, f.labels(), null, 0, null);
                    } else if (t instanceof DefValType.Enum en) {
                        if (en.labels().isEmpty()) {
                            throw err("enum type must have at least one variant");
                        }
                        Map<String, String> seen = new HashMap<>();
                        for (String l : en.labels()) {
                            Names.checkLabel(l, "enum tag");
                            unique(seen, l, "enum tag name", "tag name");
                        }
                        return new DefinedType(Kind.ENUM, en.labels(), null, 0, null);
                    } else if (t instanceof DefValType.Option o) {
                        return new DefinedType(
                                Kind.OPTION, null, List.of(valType(o.type())), 0, null);
                    } else if (t instanceof DefValType.Result r) {
                        return new DefinedType(
                                Kind.RESULT,
                                null,
                                java.util.Arrays.asList(optVal(r.ok()), optVal(r.error())),
                                0,
                                null);
                    } else if (t instanceof DefValType.Own o) {
                        return new DefinedType(Kind.OWN, null, null, 0, resourceAt(o.resource()));
                    } else if (t instanceof DefValType.Borrow b) {
                        return new DefinedType(
                                Kind.BORROW, null, null, 0, resourceAt(b.resource()));
                    } else if (t instanceof DefValType.Stream st) {
                        ValueType e = optVal(st.element());
                        if (e != null && TypeProperties.containsBorrow(e)) {
                            throw err("stream payload cannot contain a `borrow` type");
                        }
                        if (e instanceof PrimitiveType p && p.prim() == PrimType.CHAR) {
                            throw err(
                                    "`stream<char>` is not valid at this time, use `stream<u8>` with UTF-8 text");
                        }
                        return new DefinedType(
                                Kind.STREAM, null, java.util.Arrays.asList(e), 0, null);
                    } else if (t instanceof DefValType.Future fu) {
                        ValueType e = optVal(fu.element());
                        if (e != null && TypeProperties.containsBorrow(e)) {
                            throw err("future payload cannot contain a `borrow` type");
                        }
                        return new DefinedType(
                                Kind.FUTURE, null, java.util.Arrays.asList(e), 0, null);
                    } else if (t instanceof DefValType.MapType mt) {
                        return new DefinedType(
                                Kind.MAP,
                                null,
                                List.of(valType(mt.key()), valType(mt.value())),
                                0,
                                null);
                    }
                    return Dispatch.unreachable();
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

    FunctionType funcType(dev.dovetail.format.model.FuncType f) {
        List<String> names = new ArrayList<>();
        List<ValueType> params = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (LabeledValType p : f.params()) {
            Names.checkLabel(p.label(), "function parameter");
            unique(seen, p.label(), "function parameter name", "parameter name");
            names.add(p.label());
            params.add(valType(p.type()));
        }
        ValueType result = optVal(f.result());
        if (result != null && TypeProperties.containsBorrow(result)) {
            throw err("function result cannot contain a `borrow` type");
        }
        return new FunctionType(f.async(), names, params, result);
    }

    ResourceAlias resourceType(dev.dovetail.format.model.ResourceType r) {
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
        Resource res = new Resource(null, this, r.rep());
        localRes.add(res);
        definedRes.add(res);
        return new ResourceAlias(res);
    }

    InstanceTypeDef instanceType(dev.dovetail.format.model.InstanceType t) {
        Scope s = new Scope(this, ScopeKind.INSTANCE_TYPE);
        for (InstanceDecl d : t.decls()) {
            s.decl(d);
        }
        return new InstanceTypeDef(new LinkedHashMap<>(s.exports), List.copyOf(s.definedRes));
    }

    ComponentTypeDef componentType(dev.dovetail.format.model.ComponentType t) {
        Scope s = new Scope(this, ScopeKind.COMPONENT_TYPE);
        for (ComponentDecl d : t.decls()) {
            if (d instanceof ComponentDecl.Import i) {
                s.importDef(new Import(i.name(), i.type()));
            } else {
                s.decl((InstanceDecl) d);
            }
        }
        return new ComponentTypeDef(
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
            EntityType ent = externType(e.type(), false);
            EntityType created = ent;
            if (e.type() instanceof ExternType.Type ty) {
                if (ty.bound() instanceof ExternType.SubResource) {
                    definedRes.add(((ResourceAlias) ((EntityType.Type) ent).t()).res);
                } else {
                    created = new EntityType.Type(rename(((EntityType.Type) ent).t()));
                }
            }
            declareExport(e.name(), ent, created);
        }
    }

    /**
     * A new name for the same type (a new alias of a resource, a new identity of a defined type).
     */
    static TypeDef rename(TypeDef t) {
        if (t instanceof ResourceAlias r) {
            return new ResourceAlias(r.res);
        }
        if (t instanceof DefinedType d) {
            return d.copy();
        }
        return t;
    }
}
