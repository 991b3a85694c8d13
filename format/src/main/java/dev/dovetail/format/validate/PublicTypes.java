package dev.dovetail.format.validate;

import dev.dovetail.abi.type.BorrowType;
import dev.dovetail.abi.type.Case;
import dev.dovetail.abi.type.EnumType;
import dev.dovetail.abi.type.Field;
import dev.dovetail.abi.type.FlagsType;
import dev.dovetail.abi.type.FuncType;
import dev.dovetail.abi.type.FutureType;
import dev.dovetail.abi.type.ListType;
import dev.dovetail.abi.type.MapType;
import dev.dovetail.abi.type.OptionType;
import dev.dovetail.abi.type.OwnType;
import dev.dovetail.abi.type.RecordType;
import dev.dovetail.abi.type.ResultType;
import dev.dovetail.abi.type.StreamType;
import dev.dovetail.abi.type.TupleType;
import dev.dovetail.abi.type.ValType;
import dev.dovetail.abi.type.VariantType;
import dev.dovetail.format.types.ComponentItem;
import dev.dovetail.format.types.ComponentType;
import dev.dovetail.format.types.InstanceType;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;

/** Converts to the public abi-core / types model. */
final class PublicTypes {
    private final IdentityHashMap<Object, Object> memo = new IdentityHashMap<>();

    ValType val(ValueType v) {
        if (v == null) {
            return null;
        }
        if (v instanceof PrimitiveType p) {
            return p.prim();
        }
        DefinedType d = (DefinedType) v;
        Object m = memo.get(d);
        if (m != null) {
            return (ValType) m;
        }
        ValType out = oneLevel(d, this::val);
        memo.put(d, out);
        return out;
    }

    /**
     * {@code d} as an abi-core type whose parts are {@code part} of the validator's parts (absent
     * payloads stay {@code null}).
     */
    static ValType oneLevel(DefinedType d, Function<ValueType, ValType> part) {
        return switch (d.kind) {
            case RECORD -> {
                List<Field> fs = new ArrayList<>();
                for (int i = 0; i < d.labels.size(); i++) {
                    fs.add(new Field(d.labels.get(i), part.apply(d.kids.get(i))));
                }
                yield new RecordType(fs);
            }
            case VARIANT -> {
                List<Case> cs = new ArrayList<>();
                for (int i = 0; i < d.labels.size(); i++) {
                    cs.add(new Case(d.labels.get(i), part.apply(d.kids.get(i))));
                }
                yield new VariantType(cs);
            }
            case LIST -> ListType.of(part.apply(d.kids.get(0)));
            case FIXED_LIST -> ListType.fixed(part.apply(d.kids.get(0)), (int) d.length);
            case TUPLE -> new TupleType(d.kids.stream().map(part).toList());
            case FLAGS -> new FlagsType(d.labels);
            case ENUM -> new EnumType(d.labels);
            case OPTION -> new OptionType(part.apply(d.kids.get(0)));
            case RESULT -> new ResultType(part.apply(d.kids.get(0)), part.apply(d.kids.get(1)));
            case OWN -> new OwnType(d.res.res.abi());
            case BORROW -> new BorrowType(d.res.res.abi());
            case STREAM -> new StreamType(part.apply(d.kids.get(0)));
            case FUTURE -> new FutureType(part.apply(d.kids.get(0)));
            case MAP -> new MapType(part.apply(d.kids.get(0)), part.apply(d.kids.get(1)));
        };
    }

    FuncType func(FunctionType f) {
        List<FuncType.Param> ps = new ArrayList<>();
        for (int i = 0; i < f.params().size(); i++) {
            ps.add(new FuncType.Param(f.names().get(i), val(f.params().get(i))));
        }
        return new FuncType(ps, val(f.result()), f.async());
    }

    InstanceType inst(InstanceTypeDef i) {
        LinkedHashMap<String, ComponentItem> ex = new LinkedHashMap<>();
        i.exports.forEach((n, e) -> ex.put(n, item(e)));
        return new InstanceType(ex);
    }

    ComponentType comp(ComponentTypeDef c) {
        LinkedHashMap<String, ComponentItem> im = new LinkedHashMap<>();
        c.imports.forEach((n, e) -> im.put(n, item(e)));
        LinkedHashMap<String, ComponentItem> ex = new LinkedHashMap<>();
        c.exports.forEach((n, e) -> ex.put(n, item(e)));
        return new ComponentType(im, ex);
    }

    ComponentItem typeItem(TypeDef t) {
        return ((t instanceof ValueType v)
                ? (new ComponentItem.Type(val(v)))
                : (t instanceof ResourceAlias r)
                        ? (new ComponentItem.Resource(r.res.abi()))
                        : (t instanceof FunctionType f)
                                ? (new ComponentItem.ComponentFunc(func(f)))
                                : (t instanceof InstanceTypeDef i)
                                        ? (new ComponentItem.ComponentInstance(inst(i)))
                                        : (t instanceof ComponentTypeDef c)
                                                ? (new ComponentItem.Component(comp(c)))
                                                : Dispatch.unreachable());
    }

    ComponentItem item(EntityType e) {
        return ((e instanceof EntityType.Func f)
                ? (new ComponentItem.ComponentFunc(func(f.f())))
                : (e instanceof EntityType.Type t)
                        ? (typeItem(t.t()))
                        : (e instanceof EntityType.Value v)
                                ? (new ComponentItem.Value(val(v.v())))
                                : (e instanceof EntityType.Instance i)
                                        ? (new ComponentItem.ComponentInstance(inst(i.i())))
                                        : (e instanceof EntityType.Component c)
                                                ? (new ComponentItem.Component(comp(c.c())))
                                                : (e instanceof EntityType.Module m)
                                                        ? (new ComponentItem.Module(m.m()))
                                                        : Dispatch.unreachable());
    }
}
