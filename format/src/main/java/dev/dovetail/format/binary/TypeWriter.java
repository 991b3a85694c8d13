package dev.dovetail.format.binary;

import dev.dovetail.format.model.ComponentDecl;
import dev.dovetail.format.model.ComponentType;
import dev.dovetail.format.model.DefType;
import dev.dovetail.format.model.DefValType;
import dev.dovetail.format.model.ExternType;
import dev.dovetail.format.model.FuncType;
import dev.dovetail.format.model.InstanceDecl;
import dev.dovetail.format.model.InstanceType;
import dev.dovetail.format.model.LabeledValType;
import dev.dovetail.format.model.PrimValType;
import dev.dovetail.format.model.ResourceType;
import dev.dovetail.format.model.ValType;
import java.util.List;
import java.util.Optional;

/** Encodes component-level types; the inverse of {@link TypeReader}. */
final class TypeWriter {
    private TypeWriter() {}

    static void defType(ByteWriter w, DefType t) {
        if (t instanceof DefValType v) {
            defValType(w, v);
        } else if (t instanceof FuncType f) {
            w.u8(f.async() ? 0x43 : 0x40);
            labeled(w, f.params());
            resultList(w, f.result());
        } else if (t instanceof ComponentType c) {
            w.u8(0x41).vecLength(c.decls().size());
            for (ComponentDecl d : c.decls()) {
                if (d instanceof ComponentDecl.Import i) {
                    w.u8(0x03);
                    ComponentEncoder.externName(w, i.name());
                    externType(w, i.type());
                } else {
                    instanceDecl(w, (InstanceDecl) d);
                }
            }
        } else if (t instanceof InstanceType i) {
            w.u8(0x42).vecLength(i.decls().size());
            for (InstanceDecl d : i.decls()) {
                instanceDecl(w, d);
            }
        } else {
            ResourceType r = (ResourceType) t;
            w.u8(0x3f);
            CoreTypeWriter.valType(w, r.rep());
            if (r.destructor().isPresent()) {
                w.u8(0x01).u32(r.destructor().getAsLong());
            } else {
                w.u8(0x00);
            }
        }
    }

    private static void instanceDecl(ByteWriter w, InstanceDecl d) {
        if (d instanceof InstanceDecl.CoreTypeDecl c) {
            w.u8(0x00);
            CoreTypeWriter.coreType(w, c.type());
        } else if (d instanceof InstanceDecl.TypeDecl t) {
            w.u8(0x01);
            defType(w, t.type());
        } else if (d instanceof InstanceDecl.AliasDecl a) {
            w.u8(0x02);
            ComponentEncoder.alias(w, a.alias());
        } else {
            InstanceDecl.Export e = (InstanceDecl.Export) d;
            w.u8(0x04);
            ComponentEncoder.externName(w, e.name());
            externType(w, e.type());
        }
    }

    private static void defValType(ByteWriter w, DefValType t) {
        if (t instanceof PrimValType p) {
            w.u8(primCode(p));
        } else if (t instanceof DefValType.Record r) {
            w.u8(0x72);
            labeled(w, r.fields());
        } else if (t instanceof DefValType.Variant v) {
            w.u8(0x71).vecLength(v.cases().size());
            for (DefValType.Case c : v.cases()) {
                w.name(c.label());
                optValType(w, c.type());
                w.u8(0x00);
            }
        } else if (t instanceof DefValType.ListType l) {
            w.u8(0x70);
            valType(w, l.element());
        } else if (t instanceof DefValType.FixedListType l) {
            w.u8(0x67);
            valType(w, l.element());
            w.u32(l.length());
        } else if (t instanceof DefValType.Tuple tu) {
            w.u8(0x6f).vecLength(tu.types().size());
            tu.types().forEach(x -> valType(w, x));
        } else if (t instanceof DefValType.Flags f) {
            w.u8(0x6e);
            names(w, f.labels());
        } else if (t instanceof DefValType.Enum e) {
            w.u8(0x6d);
            names(w, e.labels());
        } else if (t instanceof DefValType.Option o) {
            w.u8(0x6b);
            valType(w, o.type());
        } else if (t instanceof DefValType.Result r) {
            w.u8(0x6a);
            optValType(w, r.ok());
            optValType(w, r.error());
        } else if (t instanceof DefValType.Own o) {
            w.u8(0x69).u32(o.resource());
        } else if (t instanceof DefValType.Borrow b) {
            w.u8(0x68).u32(b.resource());
        } else if (t instanceof DefValType.Stream s) {
            w.u8(0x66);
            optValType(w, s.element());
        } else if (t instanceof DefValType.Future f) {
            w.u8(0x65);
            optValType(w, f.element());
        } else {
            DefValType.MapType m = (DefValType.MapType) t;
            w.u8(0x63);
            valType(w, m.key());
            valType(w, m.value());
        }
    }

    static int primCode(PrimValType p) {
        switch (p) {
            case BOOL:
                return 0x7f;
            case S8:
                return 0x7e;
            case U8:
                return 0x7d;
            case S16:
                return 0x7c;
            case U16:
                return 0x7b;
            case S32:
                return 0x7a;
            case U32:
                return 0x79;
            case S64:
                return 0x78;
            case U64:
                return 0x77;
            case F32:
                return 0x76;
            case F64:
                return 0x75;
            case CHAR:
                return 0x74;
            case STRING:
                return 0x73;
            case ERROR_CONTEXT:
                return 0x64;
            default:
                throw new IllegalStateException();
        }
    }

    /** Type indices go out as s33 so they never collide with primitive opcodes. */
    static void valType(ByteWriter w, ValType t) {
        if (t instanceof PrimValType p) {
            w.u8(primCode(p));
        } else {
            long idx = ((ValType.Index) t).index();
            if (idx < 0 || idx > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException("not a type index: " + idx);
            }
            w.s33(idx);
        }
    }

    private static void optValType(ByteWriter w, Optional<ValType> t) {
        if (t.isPresent()) {
            w.u8(0x01);
            valType(w, t.get());
        } else {
            w.u8(0x00);
        }
    }

    static void resultList(ByteWriter w, Optional<ValType> result) {
        if (result.isPresent()) {
            w.u8(0x00);
            valType(w, result.get());
        } else {
            w.u8(0x01).u8(0x00);
        }
    }

    private static void labeled(ByteWriter w, List<LabeledValType> ls) {
        w.vecLength(ls.size());
        for (LabeledValType l : ls) {
            w.name(l.label());
            valType(w, l.type());
        }
    }

    private static void names(ByteWriter w, List<String> ns) {
        w.vecLength(ns.size());
        ns.forEach(w::name);
    }

    static void externType(ByteWriter w, ExternType t) {
        if (t instanceof ExternType.CoreModule m) {
            w.u8(0x00).u8(0x11).u32(m.coreType());
        } else if (t instanceof ExternType.Func f) {
            w.u8(0x01).u32(f.type());
        } else if (t instanceof ExternType.Value v) {
            w.u8(0x02);
            if (v.bound() instanceof ExternType.ValueEq eq) {
                w.u8(0x00).u32(eq.value());
            } else {
                w.u8(0x01);
                valType(w, ((ExternType.ValueOfType) v.bound()).type());
            }
        } else if (t instanceof ExternType.Type ty) {
            w.u8(0x03);
            if (ty.bound() instanceof ExternType.Eq eq) {
                w.u8(0x00).u32(eq.type());
            } else {
                w.u8(0x01);
            }
        } else if (t instanceof ExternType.Component c) {
            w.u8(0x04).u32(c.type());
        } else {
            w.u8(0x05).u32(((ExternType.Instance) t).type());
        }
    }
}
