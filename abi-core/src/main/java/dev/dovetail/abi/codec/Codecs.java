package dev.dovetail.abi.codec;

import dev.dovetail.abi.Val;
import dev.dovetail.abi.layout.Layout;
import dev.dovetail.abi.type.BorrowType;
import dev.dovetail.abi.type.EnumType;
import dev.dovetail.abi.type.Field;
import dev.dovetail.abi.type.FlagsType;
import dev.dovetail.abi.type.FutureType;
import dev.dovetail.abi.type.ListType;
import dev.dovetail.abi.type.MapType;
import dev.dovetail.abi.type.OptionType;
import dev.dovetail.abi.type.OwnType;
import dev.dovetail.abi.type.PrimType;
import dev.dovetail.abi.type.RecordType;
import dev.dovetail.abi.type.ResultType;
import dev.dovetail.abi.type.StreamType;
import dev.dovetail.abi.type.TupleType;
import dev.dovetail.abi.type.ValType;
import dev.dovetail.abi.type.VariantType;

/** Builds the codec tree of a type; the only place that dispatches on the kind of type. */
final class Codecs {
    private Codecs() {}

    static Codec<Val> build(ValType t) {
        Layout.checkMaxValueSize(t);
        return node(t);
    }

    private static Codec<Val> node(ValType t) {
        if (t == null) {
            return null;
        }
        if (t instanceof PrimType p) {
            return switch (p) {
                case STRING -> new StrCodec();
                case ERROR_CONTEXT -> new HandleCodec.ErrorContext();
                default -> PrimCodec.of(p);
            };
        }
        if (t instanceof ListType l) {
            Codec<Val> elem = node(l.element());
            if (l.isFixed()) {
                return new FixedListCodec(l, elem);
            }
            if (elem instanceof PrimCodec p) {
                return new PrimListCodec(l, p);
            }
            return new ListCodec(l, elem);
        }
        if (t instanceof RecordType r) {
            Codec<Val>[] fields = ValCodec.array(r.fields().size());
            for (int i = 0; i < fields.length; i++) {
                Field f = r.fields().get(i);
                fields[i] = node(f.type());
            }
            return new RecordCodec(r, fields);
        }
        if (t instanceof TupleType tt) {
            Codec<Val>[] elems = ValCodec.array(tt.types().size());
            for (int i = 0; i < elems.length; i++) {
                elems[i] = node(tt.types().get(i));
            }
            return new TupleCodec(tt, elems);
        }
        if (t instanceof VariantType v) {
            Codec<Val>[] cases = ValCodec.array(v.cases().size());
            for (int i = 0; i < cases.length; i++) {
                cases[i] = node(v.cases().get(i).type());
            }
            return new VariantCodec.Variant(v, cases);
        }
        if (t instanceof EnumType e) {
            return new VariantCodec.Enum(e);
        }
        if (t instanceof OptionType o) {
            return new VariantCodec.Option(o, node(o.type()));
        }
        if (t instanceof ResultType r) {
            return new VariantCodec.Result(r, node(r.ok()), node(r.err()));
        }
        if (t instanceof FlagsType f) {
            return new FlagsCodec(f);
        }
        if (t instanceof MapType m) {
            return new MapCodec(m, node(m.key()), node(m.value()));
        }
        if (t instanceof OwnType o) {
            return new HandleCodec.Own(o);
        }
        if (t instanceof BorrowType b) {
            return new HandleCodec.Borrow(b);
        }
        if (t instanceof StreamType s) {
            return new HandleCodec.Stream(s);
        }
        if (t instanceof FutureType f) {
            return new HandleCodec.Future(f);
        }
        throw new IllegalArgumentException("unknown value type " + t);
    }
}
