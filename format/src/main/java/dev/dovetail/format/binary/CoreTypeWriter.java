package dev.dovetail.format.binary;

import dev.dovetail.format.model.CoreCompType;
import dev.dovetail.format.model.CoreExternType;
import dev.dovetail.format.model.CoreFieldType;
import dev.dovetail.format.model.CoreHeapType;
import dev.dovetail.format.model.CoreImport;
import dev.dovetail.format.model.CoreStorageType;
import dev.dovetail.format.model.CoreSubType;
import dev.dovetail.format.model.CoreType;
import dev.dovetail.format.model.CoreValType;
import dev.dovetail.format.model.Limits;
import dev.dovetail.format.model.ModuleDecl;

/** Encodes core types as they occur inside components; the inverse of {@link CoreTypeReader}. */
final class CoreTypeWriter {
    private CoreTypeWriter() {}

    /** A component-level {@code core:type}. */
    static void coreType(ByteWriter w, CoreType t) {
        if (t instanceof CoreType.ModuleType m) {
            w.u8(0x50).vecLength(m.decls().size());
            for (ModuleDecl d : m.decls()) {
                moduleDecl(w, d);
            }
        } else {
            recGroup(w, (CoreType.RecGroup) t, true);
        }
    }

    /**
     * {@code core:rectype}. At component level a bare non-final sub type would read as a module
     * type, so it gets the {@code 0x00} prefix there.
     */
    static void recGroup(ByteWriter w, CoreType.RecGroup g, boolean componentLevel) {
        if (g.types().size() == 1) {
            CoreSubType st = g.types().get(0);
            if (componentLevel && !st.isFinal()) {
                w.u8(0x00);
            }
            subType(w, st);
            return;
        }
        w.u8(0x4e).vecLength(g.types().size());
        for (CoreSubType st : g.types()) {
            subType(w, st);
        }
    }

    private static void subType(ByteWriter w, CoreSubType st) {
        if (!st.isFinal() || !st.supertypes().isEmpty()) {
            w.u8(st.isFinal() ? 0x4f : 0x50).vecLength(st.supertypes().size());
            for (long s : st.supertypes()) {
                w.u32(s);
            }
        }
        compType(w, st.type());
    }

    private static void compType(ByteWriter w, CoreCompType c) {
        if (c instanceof CoreCompType.Func f) {
            w.u8(0x60).vecLength(f.params().size());
            f.params().forEach(t -> valType(w, t));
            w.vecLength(f.results().size());
            f.results().forEach(t -> valType(w, t));
        } else if (c instanceof CoreCompType.Struct s) {
            w.u8(0x5f).vecLength(s.fields().size());
            s.fields().forEach(f -> fieldType(w, f));
        } else {
            w.u8(0x5e);
            fieldType(w, ((CoreCompType.Array) c).element());
        }
    }

    private static void fieldType(ByteWriter w, CoreFieldType f) {
        CoreStorageType t = f.type();
        if (t == CoreStorageType.Packed.I8) {
            w.u8(0x78);
        } else if (t == CoreStorageType.Packed.I16) {
            w.u8(0x77);
        } else {
            valType(w, (CoreValType) t);
        }
        w.bool(f.mutable());
    }

    static void valType(ByteWriter w, CoreValType t) {
        if (t instanceof CoreValType.Num n) {
            switch (n) {
                case I32:
                    w.u8(0x7f);
                    break;
                case I64:
                    w.u8(0x7e);
                    break;
                case F32:
                    w.u8(0x7d);
                    break;
                case F64:
                    w.u8(0x7c);
                    break;
                case V128:
                    w.u8(0x7b);
                    break;
                default:
                    throw new IllegalStateException();
            }
        } else {
            refType(w, (CoreValType.Ref) t);
        }
    }

    static void refType(ByteWriter w, CoreValType.Ref r) {
        if (r.nullable() && r.heap() instanceof CoreHeapType.Abstract a) {
            w.u8(abstractCode(a)); // shorthand, e.g. funcref
            return;
        }
        w.u8(r.nullable() ? 0x63 : 0x64);
        if (r.heap() instanceof CoreHeapType.Abstract a) {
            w.u8(abstractCode(a));
        } else {
            w.s33(((CoreHeapType.Concrete) r.heap()).type());
        }
    }

    private static int abstractCode(CoreHeapType.Abstract a) {
        switch (a) {
            case FUNC:
                return 0x70;
            case EXTERN:
                return 0x6f;
            case ANY:
                return 0x6e;
            case EQ:
                return 0x6d;
            case I31:
                return 0x6c;
            case STRUCT:
                return 0x6b;
            case ARRAY:
                return 0x6a;
            case EXN:
                return 0x69;
            case CONT:
                return 0x68;
            case NOFUNC:
                return 0x73;
            case NOEXTERN:
                return 0x72;
            case NONE:
                return 0x71;
            case NOEXN:
                return 0x74;
            case NOCONT:
                return 0x75;
            default:
                throw new IllegalStateException();
        }
    }

    private static void moduleDecl(ByteWriter w, ModuleDecl d) {
        if (d instanceof ModuleDecl.Import i) {
            w.u8(0x00);
            coreImport(w, i.imp());
        } else if (d instanceof ModuleDecl.Type t) {
            w.u8(0x01);
            recGroup(w, t.type(), false);
        } else if (d instanceof ModuleDecl.OuterAlias a) {
            w.u8(0x02).u8(0x10).u8(0x01).u32(a.count()).u32(a.index());
        } else {
            ModuleDecl.Export e = (ModuleDecl.Export) d;
            w.u8(0x03).name(e.name());
            externType(w, e.type());
        }
    }

    static void coreImport(ByteWriter w, CoreImport i) {
        w.name(i.module()).name(i.name());
        externType(w, i.type());
    }

    static void externType(ByteWriter w, CoreExternType t) {
        if (t instanceof CoreExternType.Func f) {
            w.u8(0x00).u32(f.type());
        } else if (t instanceof CoreExternType.Table tb) {
            w.u8(0x01);
            refType(w, tb.element());
            limits(w, tb.limits());
        } else if (t instanceof CoreExternType.Memory m) {
            w.u8(0x02);
            limits(w, m.limits());
        } else if (t instanceof CoreExternType.Global g) {
            w.u8(0x03);
            valType(w, g.type());
            w.bool(g.mutable());
        } else {
            w.u8(0x04).u8(0x00).u32(((CoreExternType.Tag) t).type());
        }
    }

    private static void limits(ByteWriter w, Limits l) {
        int flags =
                (l.max().isPresent() ? 0x01 : 0)
                        | (l.shared() ? 0x02 : 0)
                        | (l.index64() ? 0x04 : 0);
        w.u8(flags);
        if (l.index64()) {
            w.u64(l.min());
            l.max().ifPresent(w::u64);
        } else {
            w.u32(l.min());
            l.max().ifPresent(w::u32);
        }
    }
}
