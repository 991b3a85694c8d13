package dev.dovetail.runtime.typed;

import static dev.dovetail.runtime.typed.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.dovetail.abi.Val;
import dev.dovetail.runtime.Func;
import dev.dovetail.runtime.Instance;
import dev.dovetail.runtime.Linker;
import dev.dovetail.runtime.Result;
import dev.dovetail.runtime.Store;
import dev.dovetail.runtime.Tuple2;
import dev.dovetail.runtime.TypedFunc;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * For random values, a typed call and a dynamic {@link Func} call of the same export agree; and the
 * typed codecs agree with abi-core's {@code ValCodec}s across the boundary (a typed export call
 * whose host import is a dynamic {@code funcNew}, and the other way round).
 */
class TypedVsDynamicPropertyTest {
    private static final List<String> NAMES =
            List.of(
                    "bool",
                    "s8",
                    "u8",
                    "s16",
                    "u16",
                    "s32",
                    "u32",
                    "s64",
                    "u64",
                    "f32",
                    "f64",
                    "char",
                    "string",
                    "bytes",
                    "s32s",
                    "point",
                    "points",
                    "color",
                    "shape",
                    "opt-u32",
                    "opt-string",
                    "res",
                    "res-err",
                    "res-ok",
                    "res-none",
                    "perms",
                    "pair",
                    "fixed");

    @Test
    void typedAndDynamicCallsAgree() {
        Random rnd = new Random(20261121);
        Store<Void> typedHostStore = new Store<>(ENGINE, null);
        Instance typedHost = typedLinker(new AtomicInteger()).instantiate(typedHostStore, KITCHEN);
        Store<Void> dynHostStore = new Store<>(ENGINE, null);
        Instance dynHost = dynamicLinker().instantiate(dynHostStore, KITCHEN);
        int checked = 0;
        for (int round = 0; round < 40; round++) {
            for (String n : NAMES) {
                Object v = random(n, rnd);
                Val expected = toVal(n, v);
                for (var pair :
                        List.of(
                                new Object[] {typedHostStore, typedHost},
                                new Object[] {dynHostStore, dynHost})) {
                    @SuppressWarnings("unchecked")
                    Store<Void> s = (Store<Void>) pair[0];
                    Instance i = (Instance) pair[1];
                    TypedFunc<?> typed = i.getTypedFunc("echo-" + n, echoSignature(TYPES.get(n)));
                    Func dynamic = i.getFunc("echo-" + n);
                    Object typedOut = typed.call(s, v);
                    Val dynOut = dynamic.call(s, expected);
                    assertEquals(expected, toVal(n, typedOut), n + " typed " + v);
                    assertEquals(expected, dynOut, n + " dynamic " + v);
                    if (MULTI_FLAT.contains(n)) {
                        TypedFunc<?> spill =
                                i.getTypedFunc(
                                        "spill-" + n,
                                        dev.dovetail.runtime.Signature.of(TYPES.get(n), Pad.class)
                                                .returns(
                                                        dev.dovetail.runtime.TypeRef.ofType(
                                                                TYPES.get(n))));
                        assertEquals(
                                expected, toVal(n, spill.call(s, v, Pad.of(round))), n + " spill");
                    }
                    checked++;
                }
            }
        }
        assertEquals(40 * NAMES.size() * 2, checked);
    }

    private static Linker<Void> dynamicLinker() {
        Linker<Void> linker = new Linker<>(ENGINE);
        for (String n : TYPES.keySet()) {
            linker.root().funcNew("id-" + n, (store, type, params) -> params.get(0));
        }
        linker.root().funcNew("many", (store, type, params) -> params.get(0));
        return linker;
    }

    // ---- random values ----------------------------------------------------------------------

    private static String randomString(Random r) {
        int n = r.nextInt(12);
        StringBuilder b = new StringBuilder();
        int[] pool = {'a', 'Z', '0', ' ', 0xE9, 0x3B1, 0x65E5, 0x1F600, 0x10FFFF, 0};
        for (int i = 0; i < n; i++) {
            b.appendCodePoint(pool[r.nextInt(pool.length)]);
        }
        return b.toString();
    }

    private static int randomChar(Random r) {
        while (true) {
            int c = r.nextInt(0x110000);
            if (c < 0xD800 || c > 0xDFFF) {
                return c;
            }
        }
    }

    private static float randomF32(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> Float.NaN;
            case 1 -> Float.intBitsToFloat(r.nextInt());
            default -> r.nextFloat() * 1000 - 500;
        };
    }

    private static Point randomPoint(Random r) {
        return new Point(r.nextInt(), randomString(r));
    }

    static Object random(String n, Random r) {
        return switch (n) {
            case "bool" -> r.nextBoolean();
            case "s8", "u8" -> (byte) r.nextInt();
            case "s16", "u16" -> (short) r.nextInt();
            case "s32", "u32" -> r.nextInt();
            case "s64", "u64" -> r.nextLong();
            case "f32" -> randomF32(r);
            case "f64" -> r.nextBoolean() ? Double.longBitsToDouble(r.nextLong()) : r.nextDouble();
            case "char" -> randomChar(r);
            case "string" -> randomString(r);
            case "bytes" -> {
                byte[] b = new byte[r.nextInt(40)];
                r.nextBytes(b);
                yield b;
            }
            case "s32s" -> r.ints(r.nextInt(6)).boxed().toList();
            case "point" -> randomPoint(r);
            case "points" -> {
                List<Point> ps = new ArrayList<>();
                for (int i = r.nextInt(5); i > 0; i--) {
                    ps.add(randomPoint(r));
                }
                yield List.copyOf(ps);
            }
            case "color" -> Color.values()[r.nextInt(3)];
            case "shape" ->
                    switch (r.nextInt(4)) {
                        case 0 -> new Circle(randomF32(r));
                        case 1 -> new Big(r.nextLong());
                        case 2 -> new Label(randomString(r));
                        default -> new Empty();
                    };
            case "opt-u32" -> r.nextBoolean() ? Optional.of(r.nextInt()) : Optional.empty();
            case "opt-string" -> r.nextBoolean() ? Optional.of(randomString(r)) : Optional.empty();
            case "res" -> r.nextBoolean() ? Result.ok(r.nextInt()) : Result.err(randomString(r));
            case "res-err" -> r.nextBoolean() ? Result.ok(null) : Result.err(randomString(r));
            case "res-ok" -> r.nextBoolean() ? Result.ok(r.nextInt()) : Result.err(null);
            case "res-none" -> r.nextBoolean() ? Result.ok(null) : Result.err(null);
            case "perms" -> {
                EnumSet<Perm> s = EnumSet.noneOf(Perm.class);
                for (Perm p : Perm.values()) {
                    if (r.nextBoolean()) {
                        s.add(p);
                    }
                }
                yield s;
            }
            case "pair" -> Tuple2.of(r.nextInt(), randomString(r));
            case "fixed" -> List.of((short) r.nextInt(), (short) r.nextInt(), (short) r.nextInt());
            default -> throw new IllegalArgumentException(n);
        };
    }

    // ---- Java value -> Val (written independently of the codecs) ----------------------------

    private static String label(Enum<?> e) {
        return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static Val ofResult(Result<?, ?> res, String ok, String err) {
        if (res instanceof Result.Ok<?, ?> o) {
            return new Val.Result(true, ok == null ? null : toVal(ok, o.value()));
        }
        return new Val.Result(
                false, err == null ? null : toVal(err, ((Result.Err<?, ?>) res).error()));
    }

    private static Val shapeVal(Shape v) {
        if (v instanceof Circle c) {
            return new Val.Variant("circle", new Val.F32(c.radius()));
        } else if (v instanceof Big b) {
            return new Val.Variant("big", new Val.U64(b.value()));
        } else if (v instanceof Label l) {
            return new Val.Variant("label", new Val.Str(l.text()));
        }
        return new Val.Variant("empty", null);
    }

    static Val toVal(String n, Object v) {
        return switch (n) {
            case "bool" -> new Val.Bool((Boolean) v);
            case "s8" -> new Val.S8((Byte) v);
            case "u8" -> new Val.U8((Byte) v);
            case "s16" -> new Val.S16((Short) v);
            case "u16" -> new Val.U16((Short) v);
            case "s32" -> new Val.S32((Integer) v);
            case "u32" -> new Val.U32((Integer) v);
            case "s64" -> new Val.S64((Long) v);
            case "u64" -> new Val.U64((Long) v);
            case "f32" -> new Val.F32((Float) v);
            case "f64" -> new Val.F64((Double) v);
            case "char" -> new Val.Char((Integer) v);
            case "string" -> new Val.Str((String) v);
            case "bytes" -> {
                List<Val> out = new ArrayList<>();
                for (byte b : (byte[]) v) {
                    out.add(new Val.U8(b));
                }
                yield new Val.List(out);
            }
            case "s32s" -> new Val.List(((List<?>) v).stream().map(x -> toVal("s32", x)).toList());
            case "point" -> {
                Point p = (Point) v;
                yield Val.record(
                        Val.field("x", new Val.U32(p.x())),
                        Val.field("y-coord", new Val.Str(p.yCoord())));
            }
            case "points" ->
                    new Val.List(((List<?>) v).stream().map(x -> toVal("point", x)).toList());
            case "color" -> new Val.Enum(label((Color) v));
            case "shape" -> shapeVal((Shape) v);
            case "opt-u32" ->
                    new Val.Option(((Optional<?>) v).map(x -> toVal("u32", x)).orElse(null));
            case "opt-string" ->
                    new Val.Option(((Optional<?>) v).map(x -> toVal("string", x)).orElse(null));
            case "res" -> ofResult((Result<?, ?>) v, "u32", "string");
            case "res-err" -> ofResult((Result<?, ?>) v, null, "string");
            case "res-ok" -> ofResult((Result<?, ?>) v, "u32", null);
            case "res-none" -> ofResult((Result<?, ?>) v, null, null);
            case "perms" ->
                    new Val.Flags(
                            ((Set<?>) v)
                                    .stream()
                                            .map(p -> label((Perm) p))
                                            .collect(Collectors.toCollection(TreeSet::new)));
            case "pair" -> {
                Tuple2<?, ?> t = (Tuple2<?, ?>) v;
                yield new Val.Tuple(List.of(toVal("u32", t.a()), toVal("string", t.b())));
            }
            case "fixed" -> new Val.List(((List<?>) v).stream().map(x -> toVal("u16", x)).toList());
            default -> throw new IllegalArgumentException(n);
        };
    }
}
