package dev.dovetail.runtime.typed;

import dev.dovetail.runtime.Component;
import dev.dovetail.runtime.Engine;
import dev.dovetail.runtime.Linker;
import dev.dovetail.runtime.Result;
import dev.dovetail.runtime.Signature;
import dev.dovetail.runtime.Tuple2;
import dev.dovetail.runtime.TypeRef;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Java types of the kitchen component's types, and a linker of typed identity host functions. */
final class Fixtures {
    private Fixtures() {}

    record Point(int x, String yCoord) {}

    enum Color {
        RED,
        GREEN,
        LIGHT_BLUE
    }

    sealed interface Shape permits Circle, Big, Label, Empty {}

    record Circle(float radius) implements Shape {}

    record Big(long value) implements Shape {}

    record Label(String text) implements Shape {}

    record Empty() implements Shape {}

    enum Perm {
        READ,
        WRITE,
        EXEC
    }

    record Pad(
            byte p0,
            byte p1,
            byte p2,
            byte p3,
            byte p4,
            byte p5,
            byte p6,
            byte p7,
            byte p8,
            byte p9,
            byte p10,
            byte p11,
            byte p12,
            byte p13,
            byte p14,
            byte p15) {
        static Pad of(int seed) {
            byte b = (byte) seed;
            return new Pad(b, b, b, b, b, b, b, b, b, b, b, b, b, b, b, (byte) (b + 1));
        }
    }

    static final Map<String, Type> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put("bool", boolean.class);
        TYPES.put("s8", byte.class);
        TYPES.put("u8", byte.class);
        TYPES.put("s16", short.class);
        TYPES.put("u16", short.class);
        TYPES.put("s32", int.class);
        TYPES.put("u32", int.class);
        TYPES.put("s64", long.class);
        TYPES.put("u64", long.class);
        TYPES.put("f32", float.class);
        TYPES.put("f64", double.class);
        TYPES.put("char", int.class);
        TYPES.put("string", String.class);
        TYPES.put("bytes", byte[].class);
        TYPES.put("s32s", new TypeRef<List<Integer>>() {});
        TYPES.put("point", Point.class);
        TYPES.put("points", new TypeRef<List<Point>>() {});
        TYPES.put("color", Color.class);
        TYPES.put("shape", Shape.class);
        TYPES.put("opt-u32", new TypeRef<Optional<Integer>>() {});
        TYPES.put("opt-string", new TypeRef<Optional<String>>() {});
        TYPES.put("res", new TypeRef<Result<Integer, String>>() {});
        TYPES.put("res-err", new TypeRef<Result<Void, String>>() {});
        TYPES.put("res-ok", new TypeRef<Result<Integer, Void>>() {});
        TYPES.put("res-none", new TypeRef<Result<Void, Void>>() {});
        TYPES.put("perms", new TypeRef<Set<Perm>>() {});
        TYPES.put("pair", new TypeRef<Tuple2<Integer, String>>() {});
        TYPES.put("fixed", new TypeRef<List<Short>>() {});
    }

    /** Names of the kitchen types with more than one flat value (they have a spill-T export). */
    static final List<String> MULTI_FLAT =
            List.of(
                    "string",
                    "bytes",
                    "s32s",
                    "point",
                    "points",
                    "shape",
                    "opt-u32",
                    "opt-string",
                    "res",
                    "res-err",
                    "res-ok",
                    "pair",
                    "fixed");

    static final Engine ENGINE = Engine.create();
    static final Component KITCHEN =
            Component.fromBytes(ENGINE, TestComponents.bytes(TestComponents.KITCHEN));
    static final Component KITCHEN_UTF16 =
            Component.fromBytes(ENGINE, TestComponents.bytes(TestComponents.KITCHEN_UTF16));
    static final Component RESOURCES =
            Component.fromBytes(ENGINE, TestComponents.bytes(TestComponents.RESOURCES));

    static Signature<?> echoSignature(Type t) {
        return Signature.of(t).returns(TypeRef.ofType(t));
    }

    /** Typed identity host functions for every {@code id-T}, counting calls; {@code many} sums. */
    static Linker<Void> typedLinker(AtomicInteger hostCalls) {
        Linker<Void> linker = new Linker<>(ENGINE);
        TYPES.forEach(
                (n, t) ->
                        linker.root()
                                .funcArgs(
                                        "id-" + n,
                                        echoSignature(t),
                                        (store, args) -> {
                                            hostCalls.incrementAndGet();
                                            return args[0];
                                        }));
        Type[] ints = new Type[17];
        java.util.Arrays.fill(ints, int.class);
        linker.root()
                .funcArgs(
                        "many",
                        Signature.of(ints).returns(int.class),
                        (store, args) -> {
                            int sum = 0;
                            for (int i = 0; i < args.length; i++) {
                                sum += (Integer) args[i] * (i + 1);
                            }
                            return sum;
                        });
        return linker;
    }
}
