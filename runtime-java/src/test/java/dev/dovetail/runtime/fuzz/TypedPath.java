package dev.dovetail.runtime.fuzz;

import dev.dovetail.abi.Val;
import dev.dovetail.abi.type.Field;
import dev.dovetail.abi.type.ListType;
import dev.dovetail.abi.type.OptionType;
import dev.dovetail.abi.type.PrimType;
import dev.dovetail.abi.type.RecordType;
import dev.dovetail.abi.type.ResultType;
import dev.dovetail.abi.type.TupleType;
import dev.dovetail.abi.type.ValType;
import dev.dovetail.runtime.Result;
import dev.dovetail.runtime.Tuple2;
import dev.dovetail.runtime.Tuple3;
import dev.dovetail.runtime.Tuple4;
import dev.dovetail.runtime.typed.TypeMapper;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The typed path of the call fuzzer: the Java type {@link dev.dovetail.runtime.TypedFunc} maps a
 * component type to, and conversions of values between {@link Val} and those Java objects, for the
 * types that need no user-declared class (primitives, strings, lists, fixed lists, options,
 * results, tuples of 2 to 4, and records of up to 4 fields named {@code f0..f3} through the generic
 * records below).
 */
final class TypedPath {
    private TypedPath() {}

    record Rec1<A>(A f0) {}

    record Rec2<A, B>(A f0, B f1) {}

    record Rec3<A, B, C>(A f0, B f1, C f2) {}

    record Rec4<A, B, C, D>(A f0, B f1, C f2, D f3) {}

    private static final PrimType[] PRIMS = {
        PrimType.BOOL,
        PrimType.S8,
        PrimType.U8,
        PrimType.S16,
        PrimType.U16,
        PrimType.S32,
        PrimType.U32,
        PrimType.S64,
        PrimType.U64,
        PrimType.F32,
        PrimType.F64,
        PrimType.CHAR,
        PrimType.STRING
    };

    /** A random type of the mapped subset. */
    static ValType type(Random random, int depth) {
        if (depth <= 0 || random.nextInt(4) == 0) {
            return PRIMS[random.nextInt(PRIMS.length)];
        }
        int d = depth - 1;
        switch (random.nextInt(6)) {
            case 0:
                return ListType.of(type(random, d));
            case 1:
                return ListType.fixed(type(random, d), 1 + random.nextInt(5));
            case 2:
                return new OptionType(type(random, d));
            case 3:
                return new ResultType(
                        random.nextInt(3) == 0 ? null : type(random, d),
                        random.nextInt(3) == 0 ? null : type(random, d));
            case 4:
                {
                    int n = 2 + random.nextInt(3);
                    List<ValType> ts = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        ts.add(type(random, d));
                    }
                    return new TupleType(ts);
                }
            default:
                {
                    int n = 1 + random.nextInt(4);
                    List<Field> fs = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        fs.add(new Field("f" + i, type(random, d)));
                    }
                    return new RecordType(fs);
                }
        }
    }

    /** Whether {@code t} is in the mapped subset. */
    static boolean supports(ValType t) {
        if (t instanceof PrimType p) {
            return p != PrimType.ERROR_CONTEXT;
        }
        if (t instanceof ListType l) {
            return supports(l.element());
        }
        if (t instanceof OptionType o) {
            return supports(o.type());
        }
        if (t instanceof ResultType r) {
            return (r.ok() == null || supports(r.ok())) && (r.err() == null || supports(r.err()));
        }
        if (t instanceof TupleType tt) {
            return tt.types().size() >= 2
                    && tt.types().size() <= 4
                    && tt.types().stream().allMatch(TypedPath::supports);
        }
        if (t instanceof RecordType r) {
            if (r.fields().size() > 4) {
                return false;
            }
            for (int i = 0; i < r.fields().size(); i++) {
                Field f = r.fields().get(i);
                if (!f.name().equals("f" + i) || !supports(f.type())) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean isByteList(ListType l) {
        return !l.isFixed() && (l.element() == PrimType.U8 || l.element() == PrimType.S8);
    }

    /** The Java type of {@code t}. */
    static Type javaType(ValType t) {
        if (t instanceof PrimType p) {
            return switch (p) {
                case BOOL -> Boolean.class;
                case S8, U8 -> Byte.class;
                case S16, U16 -> Short.class;
                case S32, U32, CHAR -> Integer.class;
                case S64, U64 -> Long.class;
                case F32 -> Float.class;
                case F64 -> Double.class;
                case STRING -> String.class;
                case ERROR_CONTEXT -> throw new IllegalArgumentException("unsupported " + t);
            };
        }
        if (t instanceof ListType l) {
            return isByteList(l) ? byte[].class : param(List.class, javaType(l.element()));
        }
        if (t instanceof OptionType o) {
            return param(Optional.class, javaType(o.type()));
        }
        if (t instanceof ResultType r) {
            return param(
                    Result.class,
                    r.ok() == null ? Void.class : javaType(r.ok()),
                    r.err() == null ? Void.class : javaType(r.err()));
        }
        if (t instanceof TupleType tt) {
            Class<?> raw =
                    switch (tt.types().size()) {
                        case 2 -> Tuple2.class;
                        case 3 -> Tuple3.class;
                        default -> Tuple4.class;
                    };
            return param(raw, tt.types().stream().map(TypedPath::javaType).toArray(Type[]::new));
        }
        if (t instanceof RecordType r) {
            Class<?> raw =
                    switch (r.fields().size()) {
                        case 1 -> Rec1.class;
                        case 2 -> Rec2.class;
                        case 3 -> Rec3.class;
                        default -> Rec4.class;
                    };
            return param(
                    raw, r.fields().stream().map(f -> javaType(f.type())).toArray(Type[]::new));
        }
        throw new IllegalArgumentException("unsupported " + t);
    }

    private static ParameterizedType param(Class<?> raw, Type... args) {
        return TypeMapper.parameterized(raw, args);
    }

    /** {@code v} (of type {@code t}) as the Java object of {@link #javaType}. */
    static Object toJava(Val v, ValType t) {
        if (t instanceof PrimType p) {
            return switch (p) {
                case BOOL -> ((Val.Bool) v).value();
                case S8 -> ((Val.S8) v).value();
                case U8 -> ((Val.U8) v).value();
                case S16 -> ((Val.S16) v).value();
                case U16 -> ((Val.U16) v).value();
                case S32 -> ((Val.S32) v).value();
                case U32 -> ((Val.U32) v).value();
                case S64 -> ((Val.S64) v).value();
                case U64 -> ((Val.U64) v).value();
                case F32 -> ((Val.F32) v).value();
                case F64 -> ((Val.F64) v).value();
                case CHAR -> ((Val.Char) v).codePoint();
                case STRING -> ((Val.Str) v).value();
                case ERROR_CONTEXT -> throw new IllegalArgumentException();
            };
        }
        if (t instanceof ListType l) {
            List<Val> es = ((Val.List) v).elements();
            if (isByteList(l)) {
                byte[] b = new byte[es.size()];
                for (int i = 0; i < b.length; i++) {
                    b[i] = (byte) toJava(es.get(i), l.element());
                }
                return b;
            }
            List<Object> out = new ArrayList<>();
            es.forEach(e -> out.add(toJava(e, l.element())));
            return out;
        }
        if (t instanceof OptionType o) {
            Val.Option ov = (Val.Option) v;
            return ov.value() == null
                    ? Optional.empty()
                    : Optional.of(toJava(ov.value(), o.type()));
        }
        if (t instanceof ResultType r) {
            Val.Result rv = (Val.Result) v;
            if (rv.ok()) {
                return Result.ok(r.ok() == null ? null : toJava(rv.payload(), r.ok()));
            }
            return Result.err(r.err() == null ? null : toJava(rv.payload(), r.err()));
        }
        if (t instanceof TupleType tt) {
            List<Val> es = ((Val.Tuple) v).elements();
            Object[] o = new Object[es.size()];
            for (int i = 0; i < o.length; i++) {
                o[i] = toJava(es.get(i), tt.types().get(i));
            }
            return switch (o.length) {
                case 2 -> new Tuple2<>(o[0], o[1]);
                case 3 -> new Tuple3<>(o[0], o[1], o[2]);
                default -> new Tuple4<>(o[0], o[1], o[2], o[3]);
            };
        }
        if (t instanceof RecordType r) {
            List<Val.Field> fs = ((Val.Record) v).fields();
            Object[] o = new Object[fs.size()];
            for (int i = 0; i < o.length; i++) {
                o[i] = toJava(fs.get(i).value(), r.fields().get(i).type());
            }
            return switch (o.length) {
                case 1 -> new Rec1<>(o[0]);
                case 2 -> new Rec2<>(o[0], o[1]);
                case 3 -> new Rec3<>(o[0], o[1], o[2]);
                default -> new Rec4<>(o[0], o[1], o[2], o[3]);
            };
        }
        throw new IllegalArgumentException("unsupported " + t);
    }

    /** The Java object {@code j} of {@link #javaType}{@code (t)} as a {@link Val}. */
    static Val fromJava(Object j, ValType t) {
        if (t instanceof PrimType p) {
            return switch (p) {
                case BOOL -> new Val.Bool((Boolean) j);
                case S8 -> new Val.S8((Byte) j);
                case U8 -> new Val.U8((Byte) j);
                case S16 -> new Val.S16((Short) j);
                case U16 -> new Val.U16((Short) j);
                case S32 -> new Val.S32((Integer) j);
                case U32 -> new Val.U32((Integer) j);
                case S64 -> new Val.S64((Long) j);
                case U64 -> new Val.U64((Long) j);
                case F32 -> new Val.F32((Float) j);
                case F64 -> new Val.F64((Double) j);
                case CHAR -> new Val.Char((Integer) j);
                case STRING -> new Val.Str((String) j);
                case ERROR_CONTEXT -> throw new IllegalArgumentException();
            };
        }
        if (t instanceof ListType l) {
            List<Val> out = new ArrayList<>();
            if (isByteList(l)) {
                for (byte b : (byte[]) j) {
                    out.add(fromJava(b, l.element()));
                }
            } else {
                for (Object e : (List<?>) j) {
                    out.add(fromJava(e, l.element()));
                }
            }
            return new Val.List(out);
        }
        if (t instanceof OptionType o) {
            Optional<?> oj = (Optional<?>) j;
            return oj.isEmpty() ? Val.Option.NONE : new Val.Option(fromJava(oj.get(), o.type()));
        }
        if (t instanceof ResultType r) {
            if (j instanceof Result.Ok<?, ?> ok) {
                return new Val.Result(true, r.ok() == null ? null : fromJava(ok.value(), r.ok()));
            }
            Result.Err<?, ?> err = (Result.Err<?, ?>) j;
            return new Val.Result(false, r.err() == null ? null : fromJava(err.error(), r.err()));
        }
        if (t instanceof TupleType tt) {
            Object[] o =
                    switch (tt.types().size()) {
                        case 2 -> new Object[] {((Tuple2<?, ?>) j).a(), ((Tuple2<?, ?>) j).b()};
                        case 3 -> {
                            Tuple3<?, ?, ?> x = (Tuple3<?, ?, ?>) j;
                            yield new Object[] {x.a(), x.b(), x.c()};
                        }
                        default -> {
                            Tuple4<?, ?, ?, ?> x = (Tuple4<?, ?, ?, ?>) j;
                            yield new Object[] {x.a(), x.b(), x.c(), x.d()};
                        }
                    };
            List<Val> es = new ArrayList<>();
            for (int i = 0; i < o.length; i++) {
                es.add(fromJava(o[i], tt.types().get(i)));
            }
            return new Val.Tuple(es);
        }
        if (t instanceof RecordType r) {
            Object[] o =
                    switch (r.fields().size()) {
                        case 1 -> new Object[] {((Rec1<?>) j).f0()};
                        case 2 -> new Object[] {((Rec2<?, ?>) j).f0(), ((Rec2<?, ?>) j).f1()};
                        case 3 -> {
                            Rec3<?, ?, ?> x = (Rec3<?, ?, ?>) j;
                            yield new Object[] {x.f0(), x.f1(), x.f2()};
                        }
                        default -> {
                            Rec4<?, ?, ?, ?> x = (Rec4<?, ?, ?, ?>) j;
                            yield new Object[] {x.f0(), x.f1(), x.f2(), x.f3()};
                        }
                    };
            List<Val.Field> fs = new ArrayList<>();
            for (int i = 0; i < o.length; i++) {
                fs.add(new Val.Field("f" + i, fromJava(o[i], r.fields().get(i).type())));
            }
            return new Val.Record(fs);
        }
        throw new IllegalArgumentException("unsupported " + t);
    }
}
