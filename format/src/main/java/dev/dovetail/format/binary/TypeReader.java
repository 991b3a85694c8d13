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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Decodes component-level types: {@code type}, {@code valtype}, {@code externtype}. */
final class TypeReader {
    private TypeReader() {}

    static DefType defType(ByteReader r) {
        int b = r.u8();
        switch (b) {
            case 0x3f:
                {
                    var rep = CoreTypeReader.valType(r);
                    int has = r.u8();
                    if (has == 0x00) {
                        return new ResourceType(rep, OptionalLong.empty());
                    }
                    if (has != 0x01) {
                        throw r.invalidByte(has, "resource destructor");
                    }
                    return new ResourceType(rep, OptionalLong.of(r.u32()));
                }
            case 0x40:
            case 0x43:
                {
                    List<LabeledValType> params = labeled(r);
                    return new FuncType(b == 0x43, params, resultList(r));
                }
            case 0x41:
                {
                    r.enter();
                    int n = r.vecLength();
                    List<ComponentDecl> decls = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        decls.add(componentDecl(r));
                    }
                    r.exit();
                    return new ComponentType(decls);
                }
            case 0x42:
                {
                    r.enter();
                    int n = r.vecLength();
                    List<InstanceDecl> decls = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        decls.add(instanceDecl(r, r.u8()));
                    }
                    r.exit();
                    return new InstanceType(decls);
                }
            default:
                return defValType(r, b);
        }
    }

    private static DefValType defValType(ByteReader r, int b) {
        PrimValType prim = prim(b);
        if (prim != null) {
            return prim;
        }
        switch (b) {
            case 0x72:
                return new DefValType.Record(labeled(r));
            case 0x71:
                {
                    int n = r.vecLength();
                    List<DefValType.Case> cases = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        String label = r.name();
                        Optional<ValType> t = optValType(r, "optional component value type");
                        int zero = r.u8();
                        if (zero != 0) {
                            throw r.invalidByte(zero, "zero byte required");
                        }
                        cases.add(new DefValType.Case(label, t));
                    }
                    return new DefValType.Variant(cases);
                }
            case 0x70:
                return new DefValType.ListType(valType(r));
            case 0x67:
                {
                    ValType t = valType(r);
                    return new DefValType.FixedListType(t, r.u32());
                }
            case 0x6f:
                {
                    int n = r.vecLength();
                    List<ValType> types = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        types.add(valType(r));
                    }
                    return new DefValType.Tuple(types);
                }
            case 0x6e:
                return new DefValType.Flags(names(r));
            case 0x6d:
                return new DefValType.Enum(names(r));
            case 0x6b:
                return new DefValType.Option(valType(r));
            case 0x6a:
                {
                    Optional<ValType> ok = optValType(r, "optional component value type");
                    return new DefValType.Result(
                            ok, optValType(r, "optional component value type"));
                }
            case 0x69:
                return new DefValType.Own(r.u32());
            case 0x68:
                return new DefValType.Borrow(r.u32());
            case 0x66:
                return new DefValType.Stream(optValType(r, "optional component value type"));
            case 0x65:
                return new DefValType.Future(optValType(r, "optional component value type"));
            case 0x63:
                {
                    ValType k = valType(r);
                    return new DefValType.MapType(k, valType(r));
                }
            default:
                throw r.invalidByte(b, "component defined type");
        }
    }

    static PrimValType prim(int b) {
        switch (b) {
            case 0x7f:
                return PrimValType.BOOL;
            case 0x7e:
                return PrimValType.S8;
            case 0x7d:
                return PrimValType.U8;
            case 0x7c:
                return PrimValType.S16;
            case 0x7b:
                return PrimValType.U16;
            case 0x7a:
                return PrimValType.S32;
            case 0x79:
                return PrimValType.U32;
            case 0x78:
                return PrimValType.S64;
            case 0x77:
                return PrimValType.U64;
            case 0x76:
                return PrimValType.F32;
            case 0x75:
                return PrimValType.F64;
            case 0x74:
                return PrimValType.CHAR;
            case 0x73:
                return PrimValType.STRING;
            case 0x64:
                return PrimValType.ERROR_CONTEXT;
            default:
                return null;
        }
    }

    /**
     * {@code valtype}. Type indices are read as s33 (as wasmparser and wasm-encoder do), which
     * keeps them clear of the negative primitive opcodes; a negative index is malformed.
     */
    static ValType valType(ByteReader r) {
        PrimValType prim = prim(r.peek());
        if (prim != null) {
            r.u8();
            return prim;
        }
        int start = r.position();
        int first = r.peek();
        long idx = r.s33();
        if (idx < 0) {
            throw ByteReader.error(
                    "invalid leading byte (0x"
                            + Integer.toHexString(first)
                            + ") for component value type",
                    start);
        }
        return ValType.index(idx);
    }

    static Optional<ValType> optValType(ByteReader r, String what) {
        int b = r.u8();
        if (b == 0x00) {
            return Optional.empty();
        }
        if (b != 0x01) {
            throw r.invalidByte(b, what);
        }
        return Optional.of(valType(r));
    }

    /** {@code resultlist}. */
    static Optional<ValType> resultList(ByteReader r) {
        int b = r.u8();
        if (b == 0x00) {
            return Optional.of(valType(r));
        }
        if (b != 0x01) {
            throw r.invalidByte(b, "component function results");
        }
        int zero = r.u8();
        if (zero != 0x00) {
            throw r.invalidByte(zero, "number of results");
        }
        return Optional.empty();
    }

    private static List<LabeledValType> labeled(ByteReader r) {
        int n = r.vecLength();
        List<LabeledValType> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String label = r.name();
            out.add(new LabeledValType(label, valType(r)));
        }
        return out;
    }

    private static List<String> names(ByteReader r) {
        int n = r.vecLength();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(r.name());
        }
        return out;
    }

    private static ComponentDecl componentDecl(ByteReader r) {
        int b = r.u8();
        if (b == 0x03) {
            var name = ComponentDecoder.externName(r);
            return new ComponentDecl.Import(name, externType(r));
        }
        return instanceDecl(r, b);
    }

    private static InstanceDecl instanceDecl(ByteReader r, int b) {
        switch (b) {
            case 0x00:
                return new InstanceDecl.CoreTypeDecl(CoreTypeReader.coreType(r));
            case 0x01:
                return new InstanceDecl.TypeDecl(defType(r));
            case 0x02:
                return new InstanceDecl.AliasDecl(ComponentDecoder.alias(r));
            case 0x04:
                {
                    var name = ComponentDecoder.externName(r);
                    return new InstanceDecl.Export(name, externType(r));
                }
            default:
                throw r.invalidByte(b, "component or instance type declaration");
        }
    }

    /** {@code externtype}. */
    static ExternType externType(ByteReader r) {
        int b = r.u8();
        switch (b) {
            case 0x00:
                {
                    int k = r.u8();
                    if (k != 0x11) {
                        throw r.invalidByte(k, "component external kind");
                    }
                    return new ExternType.CoreModule(r.u32());
                }
            case 0x01:
                return new ExternType.Func(r.u32());
            case 0x02:
                {
                    int vb = r.u8();
                    if (vb == 0x00) {
                        return new ExternType.Value(new ExternType.ValueEq(r.u32()));
                    }
                    if (vb != 0x01) {
                        throw r.invalidByte(vb, "value bound");
                    }
                    return new ExternType.Value(new ExternType.ValueOfType(valType(r)));
                }
            case 0x03:
                {
                    int tb = r.u8();
                    if (tb == 0x00) {
                        return new ExternType.Type(new ExternType.Eq(r.u32()));
                    }
                    if (tb != 0x01) {
                        throw r.invalidByte(tb, "type bound");
                    }
                    return new ExternType.Type(new ExternType.SubResource());
                }
            case 0x04:
                return new ExternType.Component(r.u32());
            case 0x05:
                return new ExternType.Instance(r.u32());
            default:
                throw r.invalidByte(b, "component external kind");
        }
    }
}
