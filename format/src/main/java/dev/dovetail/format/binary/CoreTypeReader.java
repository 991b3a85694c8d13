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
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** Decodes the core wasm types that occur inside components ({@code core:type} and friends). */
final class CoreTypeReader {
    private CoreTypeReader() {}

    /** A component-level {@code core:type}: {@code 0x50} is a module type here. */
    static CoreType coreType(ByteReader r) {
        int b = r.peek();
        if (b == 0x00) {
            // pre-1.0 wart: a bare non-final sub type is prefixed with 0x00
            r.u8();
            int next = r.u8();
            if (next != 0x50) {
                throw r.invalidByte(next, "non-final sub type");
            }
            return new CoreType.RecGroup(List.of(subTypeAfter(r, false)));
        }
        if (b == 0x50) {
            r.u8();
            r.enter();
            int n = r.vecLength();
            List<ModuleDecl> decls = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                decls.add(moduleDecl(r));
            }
            r.exit();
            return new CoreType.ModuleType(decls);
        }
        return recGroup(r);
    }

    static ModuleDecl moduleDecl(ByteReader r) {
        int b = r.u8();
        switch (b) {
            case 0x00:
                return new ModuleDecl.Import(coreImport(r));
            case 0x01:
                return new ModuleDecl.Type(recGroup(r));
            case 0x02:
                {
                    int kind = r.u8();
                    if (kind != 0x10) {
                        throw r.invalidByte(kind, "outer alias kind");
                    }
                    int target = r.u8();
                    if (target != 0x01) {
                        throw r.invalidByte(target, "outer alias target");
                    }
                    long count = r.u32();
                    return new ModuleDecl.OuterAlias(count, r.u32());
                }
            case 0x03:
                {
                    String name = r.name();
                    return new ModuleDecl.Export(name, externType(r));
                }
            default:
                throw r.invalidByte(b, "type definition");
        }
    }

    static CoreImport coreImport(ByteReader r) {
        String module = r.name();
        String name = r.name();
        return new CoreImport(module, name, externType(r));
    }

    static CoreExternType externType(ByteReader r) {
        int b = r.u8();
        switch (b) {
            case 0x00:
                return new CoreExternType.Func(r.u32());
            case 0x01:
                {
                    CoreValType.Ref elem = refType(r);
                    return new CoreExternType.Table(elem, limits(r, "table"));
                }
            case 0x02:
                return new CoreExternType.Memory(limits(r, "memory"));
            case 0x03:
                {
                    CoreValType t = valType(r);
                    return new CoreExternType.Global(t, mutability(r));
                }
            case 0x04:
                {
                    int attr = r.u8();
                    if (attr != 0) {
                        throw r.invalidByte(attr, "tag attribute");
                    }
                    return new CoreExternType.Tag(r.u32());
                }
            default:
                throw r.invalidByte(b, "external kind");
        }
    }

    static Limits limits(ByteReader r, String what) {
        int flags = r.u8();
        if ((flags & ~0x07) != 0) {
            throw ByteReader.error("invalid " + what + " limits flags", r.position() - 1);
        }
        boolean is64 = (flags & 0x04) != 0;
        long min = is64 ? r.u64() : r.u32();
        OptionalLong max =
                (flags & 0x01) != 0
                        ? OptionalLong.of(is64 ? r.u64() : r.u32())
                        : OptionalLong.empty();
        return new Limits(min, max, (flags & 0x02) != 0, is64);
    }

    private static boolean mutability(ByteReader r) {
        int m = r.u8();
        if (m > 1) {
            throw ByteReader.error("malformed mutability", r.position() - 1);
        }
        return m == 1;
    }

    /** {@code core:rectype}: {@code 0x4e vec(subtype)} or a single subtype. */
    static CoreType.RecGroup recGroup(ByteReader r) {
        if (r.peek() == 0x4e) {
            r.u8();
            int n = r.vecLength();
            List<CoreSubType> types = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                types.add(subType(r));
            }
            return new CoreType.RecGroup(types);
        }
        return new CoreType.RecGroup(List.of(subType(r)));
    }

    static CoreSubType subType(ByteReader r) {
        int b = r.peek();
        if (b == 0x50 || b == 0x4f) {
            r.u8();
            return subTypeAfter(r, b == 0x4f);
        }
        return CoreSubType.of(compType(r));
    }

    private static CoreSubType subTypeAfter(ByteReader r, boolean isFinal) {
        int n = r.vecLength();
        List<Long> supers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            supers.add(r.u32());
        }
        return new CoreSubType(isFinal, supers, compType(r));
    }

    static CoreCompType compType(ByteReader r) {
        int b = r.u8();
        switch (b) {
            case 0x60:
                {
                    List<CoreValType> params = valTypes(r);
                    return new CoreCompType.Func(params, valTypes(r));
                }
            case 0x5f:
                {
                    int n = r.vecLength();
                    List<CoreFieldType> fields = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        fields.add(fieldType(r));
                    }
                    return new CoreCompType.Struct(fields);
                }
            case 0x5e:
                return new CoreCompType.Array(fieldType(r));
            default:
                throw r.invalidByte(b, "type");
        }
    }

    private static List<CoreValType> valTypes(ByteReader r) {
        int n = r.vecLength();
        List<CoreValType> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(valType(r));
        }
        return out;
    }

    private static CoreFieldType fieldType(ByteReader r) {
        int b = r.peek();
        CoreStorageType t;
        if (b == 0x78) {
            r.u8();
            t = CoreStorageType.Packed.I8;
        } else if (b == 0x77) {
            r.u8();
            t = CoreStorageType.Packed.I16;
        } else {
            t = valType(r);
        }
        return new CoreFieldType(t, mutability(r));
    }

    static CoreValType valType(ByteReader r) {
        int b = r.peek();
        switch (b) {
            case 0x7f:
                r.u8();
                return CoreValType.Num.I32;
            case 0x7e:
                r.u8();
                return CoreValType.Num.I64;
            case 0x7d:
                r.u8();
                return CoreValType.Num.F32;
            case 0x7c:
                r.u8();
                return CoreValType.Num.F64;
            case 0x7b:
                r.u8();
                return CoreValType.Num.V128;
            default:
                if (b == 0x63 || b == 0x64 || abstractHeap(b) != null) {
                    return refType(r);
                }
                r.u8();
                throw r.invalidByte(b, "value type");
        }
    }

    static CoreValType.Ref refType(ByteReader r) {
        int b = r.u8();
        if (b == 0x63 || b == 0x64) {
            return new CoreValType.Ref(b == 0x63, heapType(r));
        }
        CoreHeapType.Abstract shorthand = abstractHeap(b);
        if (shorthand == null) {
            throw r.invalidByte(b, "reference type");
        }
        return new CoreValType.Ref(true, shorthand);
    }

    private static CoreHeapType heapType(ByteReader r) {
        int start = r.position();
        CoreHeapType.Abstract abs = abstractHeap(r.peek());
        if (abs != null) {
            r.u8();
            return abs;
        }
        long idx = r.s33();
        if (idx < 0) {
            throw ByteReader.error("invalid heap type", start);
        }
        return new CoreHeapType.Concrete(idx);
    }

    /** The abstract heap type of a one-byte code, or null. */
    static CoreHeapType.Abstract abstractHeap(int b) {
        switch (b) {
            case 0x70:
                return CoreHeapType.Abstract.FUNC;
            case 0x6f:
                return CoreHeapType.Abstract.EXTERN;
            case 0x6e:
                return CoreHeapType.Abstract.ANY;
            case 0x6d:
                return CoreHeapType.Abstract.EQ;
            case 0x6c:
                return CoreHeapType.Abstract.I31;
            case 0x6b:
                return CoreHeapType.Abstract.STRUCT;
            case 0x6a:
                return CoreHeapType.Abstract.ARRAY;
            case 0x69:
                return CoreHeapType.Abstract.EXN;
            case 0x68:
                return CoreHeapType.Abstract.CONT;
            case 0x73:
                return CoreHeapType.Abstract.NOFUNC;
            case 0x72:
                return CoreHeapType.Abstract.NOEXTERN;
            case 0x71:
                return CoreHeapType.Abstract.NONE;
            case 0x74:
                return CoreHeapType.Abstract.NOEXN;
            case 0x75:
                return CoreHeapType.Abstract.NOCONT;
            default:
                return null;
        }
    }
}
