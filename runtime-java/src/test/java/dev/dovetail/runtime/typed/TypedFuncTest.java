package dev.dovetail.runtime.typed;

import static dev.dovetail.runtime.typed.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.dovetail.abi.Trap;
import dev.dovetail.abi.codec.Canon;
import dev.dovetail.runtime.Instance;
import dev.dovetail.runtime.Linker;
import dev.dovetail.runtime.Result;
import dev.dovetail.runtime.Signature;
import dev.dovetail.runtime.Store;
import dev.dovetail.runtime.Tuple2;
import dev.dovetail.runtime.TypeRef;
import dev.dovetail.runtime.TypedFunc;
import dev.dovetail.runtime.UnlinkableException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TypedFuncTest {
    private final AtomicInteger hostCalls = new AtomicInteger();
    private Store<Void> store;
    private Instance instance;

    @BeforeEach
    void setUp() {
        store = new Store<>(ENGINE, null);
        instance = typedLinker(hostCalls).instantiate(store, KITCHEN);
    }

    private Object echo(String name, Object value) {
        TypedFunc<?> f = instance.getTypedFunc("echo-" + name, echoSignature(TYPES.get(name)));
        int before = hostCalls.get();
        Object out = f.call(store, value);
        assertEquals(before + 1, hostCalls.get(), "the typed host import ran once");
        return out;
    }

    static Stream<Arguments> values() {
        byte[] big = new byte[64 * 1024];
        new Random(1).nextBytes(big);
        return Stream.of(
                Arguments.of("bool", true),
                Arguments.of("bool", false),
                Arguments.of("s8", (byte) -128),
                Arguments.of("u8", (byte) 255),
                Arguments.of("s16", (short) -32768),
                Arguments.of("u16", (short) 0xFFFF),
                Arguments.of("s32", Integer.MIN_VALUE),
                Arguments.of("u32", 0xFFFF_FFFF),
                Arguments.of("u32", 0),
                Arguments.of("s64", Long.MIN_VALUE),
                Arguments.of("u64", -1L),
                Arguments.of("f32", 1.5f),
                Arguments.of("f32", Float.NEGATIVE_INFINITY),
                Arguments.of("f64", -0.0),
                Arguments.of("f64", Math.PI),
                Arguments.of("char", (int) 'a'),
                Arguments.of("char", 0x1F600),
                Arguments.of("char", 0x10FFFF),
                Arguments.of("string", ""),
                Arguments.of("string", "héllo wörld ✓ 😀 日本"),
                Arguments.of("bytes", new byte[0]),
                Arguments.of("bytes", big),
                Arguments.of("s32s", List.of()),
                Arguments.of("s32s", List.of(1, -2, Integer.MAX_VALUE)),
                Arguments.of("point", new Point(7, "why")),
                Arguments.of("points", List.of()),
                Arguments.of(
                        "points",
                        List.of(new Point(1, "a"), new Point(-1, "ünï"), new Point(0, ""))),
                Arguments.of("color", Color.RED),
                Arguments.of("color", Color.LIGHT_BLUE),
                Arguments.of("shape", new Circle(2.5f)),
                Arguments.of("shape", new Big(Long.MIN_VALUE + 3)),
                Arguments.of("shape", new Big(0xFFFF_FFFFL)),
                Arguments.of("shape", new Label("lbl")),
                Arguments.of("shape", new Empty()),
                Arguments.of("opt-u32", Optional.empty()),
                Arguments.of("opt-u32", Optional.of(-1)),
                Arguments.of("opt-string", Optional.empty()),
                Arguments.of("opt-string", Optional.of("some")),
                Arguments.of("res", Result.ok(42)),
                Arguments.of("res", Result.err("bad")),
                Arguments.of("res-err", Result.ok(null)),
                Arguments.of("res-err", Result.err("e")),
                Arguments.of("res-ok", Result.ok(3)),
                Arguments.of("res-ok", Result.err(null)),
                Arguments.of("res-none", Result.ok(null)),
                Arguments.of("res-none", Result.err(null)),
                Arguments.of("perms", EnumSet.noneOf(Perm.class)),
                Arguments.of("perms", EnumSet.of(Perm.READ, Perm.EXEC)),
                Arguments.of("perms", Set.of(Perm.WRITE)),
                Arguments.of("pair", Tuple2.of(-5, "five")),
                Arguments.of("fixed", List.of((short) 1, (short) -1, (short) 300)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("values")
    void echoThroughTypedHostImport(String name, Object value) {
        Object out = echo(name, value);
        if (value instanceof byte[] b) {
            assertArrayEquals(b, (byte[]) out);
        } else {
            assertEquals(value, out);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("values")
    void echoThroughSpilledArguments(String name, Object value) {
        if (!MULTI_FLAT.contains(name)) {
            return;
        }
        Type t = TYPES.get(name);
        TypedFunc<?> f =
                instance.getTypedFunc(
                        "spill-" + name, Signature.of(t, Pad.class).returns(TypeRef.ofType(t)));
        Object out = f.call(store, value, Pad.of(name.length()));
        if (value instanceof byte[] b) {
            assertArrayEquals(b, (byte[]) out);
        } else {
            assertEquals(value, out);
        }
    }

    @Test
    void arityTypedViews() {
        TypedFunc.Func1<Integer, Integer> u32 =
                instance.getTypedFunc("echo-u32", Signature.of(int.class).returns(int.class));
        int r = u32.call(store, 0xFFFF_FFFF);
        assertEquals(4294967295L, Integer.toUnsignedLong(r));
        TypedFunc.Func1<Point, Point> point =
                instance.getTypedFunc("echo-point", Signature.of(Point.class).returns(Point.class));
        assertEquals(new Point(3, "p"), point.call(store, new Point(3, "p")));
        TypedFunc.Func0<Integer> many =
                instance.getTypedFunc("call-many", Signature.of().returns(int.class));
        assertNotNull(many.call(store));
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                instance.getTypedFunc(
                                        "call-many", Signature.of().returns(Void.class)));
        assertTrue(
                e.getMessage().endsWith("result: expected u32, found no result"), e.getMessage());
    }

    @Test
    void unsignedValuesKeepTheirBitsAgainstTheDynamicApi() {
        var dyn = instance.getFunc("echo-u8");
        assertEquals(
                dev.dovetail.abi.Val.u8(255),
                dyn.call(store, new dev.dovetail.abi.Val.U8((byte) 255)));
        assertEquals((byte) -1, echo("u8", (byte) 255));
        assertEquals(0xFFFF_FFFF, echo("u32", 0xFFFF_FFFF));
        assertEquals(
                new dev.dovetail.abi.Val.U32(0xFFFF_FFFF),
                instance.getFunc("echo-u32")
                        .call(store, new dev.dovetail.abi.Val.U32(0xFFFF_FFFF)));
    }

    @Test
    void nanIsCanonicalizedOnLift() {
        float f = (Float) echo("f32", Float.intBitsToFloat(0x7fc0_0001));
        assertEquals(Canon.CANONICAL_NAN32, Float.floatToRawIntBits(f));
        float g = (Float) echo("f32", Float.intBitsToFloat(0xffc0_1234));
        assertEquals(Canon.CANONICAL_NAN32, Float.floatToRawIntBits(g));
        double d = (Double) echo("f64", Double.longBitsToDouble(0x7ff0_0000_0000_0001L));
        assertEquals(Canon.CANONICAL_NAN64, Double.doubleToRawLongBits(d));
    }

    @Test
    void invalidCharIsRejectedBeforeTheGuestRuns() {
        TypedFunc<?> f = instance.getTypedFunc("echo-char", echoSignature(int.class));
        for (int bad : new int[] {0xD800, 0xDFFF, 0x110000, -1}) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> f.call(store, bad));
            assertTrue(e.getMessage().contains("parameter 0 (`x`)"), e.getMessage());
            assertTrue(e.getMessage().contains("Unicode scalar"), e.getMessage());
        }
        assertEquals(0, hostCalls.get());
        assertEquals((int) 'z', f.call(store, (int) 'z')); // not poisoned
    }

    @Test
    void utf16GuestStrings() {
        Store<Void> s = new Store<>(ENGINE, null);
        Instance i = typedLinker(hostCalls).instantiate(s, KITCHEN_UTF16);
        for (String v : List.of("", "ascii", "héllo wörld ✓ 😀 日本", "\u0000x")) {
            assertEquals(v, i.getTypedFunc("echo-string", echoSignature(String.class)).call(s, v));
            assertEquals(
                    Optional.of(v),
                    i.getTypedFunc("echo-opt-string", echoSignature(TYPES.get("opt-string")))
                            .call(s, Optional.of(v)));
            assertEquals(
                    List.of(new Point(1, v)),
                    i.getTypedFunc(
                                    "spill-points",
                                    Signature.of(TYPES.get("points"), Pad.class)
                                            .returns(TypeRef.ofType(TYPES.get("points"))))
                            .call(s, List.of(new Point(1, v)), Pad.of(1)));
        }
    }

    @Test
    void moreThanSixteenParametersAndHostParameters() {
        Type[] ints = new Type[17];
        java.util.Arrays.fill(ints, int.class);
        TypedFunc<Integer> f =
                instance.getTypedFunc("seventeenth", Signature.of(ints).returns(int.class));
        Object[] args = new Object[17];
        for (int i = 0; i < 17; i++) {
            args[i] = i * 3 - 5;
        }
        assertEquals(16 * 3 - 5, f.call(store, args));
        // the guest spills 17 arguments (10, 20, ..., 170) to the host function, which weighs them
        int expected = 0;
        for (int i = 0; i < 17; i++) {
            expected += (i + 1) * 10 * (i + 1);
        }
        assertEquals(
                expected,
                instance.getTypedFunc("call-many", Signature.of().returns(int.class)).call(store));
    }

    // ---- errors -----------------------------------------------------------------------------

    @Test
    void mismatchedSignatureAtLookupNamesBothTypes() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                instance.getTypedFunc(
                                        "echo-string",
                                        Signature.of(String.class).returns(Integer.class)));
        assertEquals(
                "export `echo-string` has type func(x: string) -> string; Java signature (String)"
                        + " -> Integer does not match: result: expected string, found"
                        + " java.lang.Integer",
                e.getMessage());
        e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                instance.getTypedFunc(
                                        "echo-u32", Signature.of(long.class).returns(int.class)));
        assertTrue(
                e.getMessage().endsWith("parameter 0 (`x`): expected u32, found long"),
                e.getMessage());
        e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                instance.getTypedFunc(
                                        "echo-u32",
                                        Signature.of(int.class, int.class).returns(int.class)));
        assertTrue(e.getMessage().endsWith("expected 1 parameter(s), found 2"), e.getMessage());
        e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                instance.getTypedFunc(
                                        "echo-u32", Signature.of(int.class).returnsNothing()));
        assertTrue(
                e.getMessage().endsWith("result: expected u32, found no result"), e.getMessage());
    }

    record WrongPoint(int x, String z) {}

    enum WrongColor {
        RED,
        GREEN,
        BLUE
    }

    sealed interface WrongShape permits Circle2, Big2, Label2, Nothing {}

    record Circle2(float r) implements WrongShape {}

    record Big2(long v) implements WrongShape {}

    record Label2(String t) implements WrongShape {}

    record Nothing() implements WrongShape {}

    @Test
    void mismatchedNominalTypes() {
        assertMismatch("echo-point", WrongPoint.class, "no record component for field `y-coord`");
        assertMismatch("echo-color", WrongColor.class, "no constant for label `light-blue`");
        assertMismatch(
                "echo-shape", WrongShape.class, "no permitted record named after case `circle`");
        assertMismatch(
                "echo-points", new TypeRef<List<WrongPoint>>() {}, "list element: expected record");
        assertMismatch(
                "echo-res",
                new TypeRef<Result<Integer, Integer>>() {},
                "error: expected string, found java.lang.Integer");
        assertMismatch(
                "echo-res-err",
                new TypeRef<Result<Integer, String>>() {},
                "ok: expected no payload");
        assertMismatch(
                "echo-perms", new TypeRef<Set<WrongColor>>() {}, "no constant for label `read`");
        assertMismatch(
                "echo-perms", new TypeRef<Set<String>>() {}, "flags need a Set of a Java enum");
        assertMismatch("echo-color", Perm.class, "no constant for label `red`");
        assertMismatch("echo-bytes", new TypeRef<List<String>>() {}, "list element: expected u8");
        assertMismatch(
                "echo-pair", new TypeRef<Tuple2<String, String>>() {}, "element 0: expected u32");
    }

    private void assertMismatch(String export, Type java, String detail) {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> instance.getTypedFunc(export, echoSignature(java)));
        assertTrue(e.getMessage().startsWith("export `" + export + "` has type"), e.getMessage());
        assertTrue(e.getMessage().contains(detail), e.getMessage());
    }

    @Test
    void badArgumentsAtCallTime() {
        TypedFunc<?> f = instance.getTypedFunc("echo-point", echoSignature(Point.class));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> f.call(store, (Object) null));
        assertTrue(e.getMessage().contains("parameter 0 (`x`)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> f.call(store, new Point(1, null)));
        assertTrue(e.getMessage().contains("field `y-coord`"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> f.call(store, "not a point"));
        assertTrue(e.getMessage().contains("wrong Java type"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> f.call(store));
        assertTrue(e.getMessage().contains("expects 1 argument(s), found 0"), e.getMessage());
        TypedFunc<?> fixed = instance.getTypedFunc("echo-fixed", echoSignature(TYPES.get("fixed")));
        e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> fixed.call(store, List.of((short) 1)));
        assertTrue(e.getMessage().contains("expected a list of 3 elements"), e.getMessage());
        assertEquals(0, hostCalls.get());
        assertEquals(new Point(1, "ok"), f.call(store, new Point(1, "ok"))); // not poisoned
        Store<Void> other = new Store<>(ENGINE, null);
        assertThrows(IllegalArgumentException.class, () -> f.call(other, new Point(1, "")));
    }

    @Test
    void guestTrapPoisonsTheInstance() {
        TypedFunc.Func0<Void> boom = instance.getTypedFunc("boom", Signature.of().returnsNothing());
        Trap t = assertThrows(Trap.class, () -> boom.call(store));
        assertTrue(t.getMessage().contains("unreachable"), t.getMessage());
        TypedFunc<?> u32 = instance.getTypedFunc("echo-u32", echoSignature(int.class));
        Trap again = assertThrows(Trap.class, () -> u32.call(store, 1));
        assertEquals("cannot enter component instance", again.getMessage());
    }

    @Test
    void hostFunctionThrowing() {
        Linker<Void> linker = typedLinker(hostCalls).allowShadowing(true);
        linker.root()
                .func(
                        "id-u32",
                        Signature.of(int.class).returns(int.class),
                        (s, x) -> {
                            if (x == 13) {
                                throw new IllegalStateException("unlucky");
                            }
                            return x + 1;
                        });
        linker.root()
                .func(
                        "id-s32",
                        Signature.of(int.class).returns(int.class),
                        (s, x) -> {
                            throw new Trap("host says no");
                        });
        Store<Void> s = new Store<>(ENGINE, null);
        Instance i = linker.instantiate(s, KITCHEN);
        var u32 = i.getTypedFunc("echo-u32", Signature.of(int.class).returns(int.class));
        assertEquals(6, u32.call(s, 5));
        RuntimeException e = assertThrows(RuntimeException.class, () -> u32.call(s, 13));
        assertTrue(causeChainContains(e, "unlucky"), e.toString());
        Trap again = assertThrows(Trap.class, () -> u32.call(s, 1));
        assertEquals("cannot enter component instance", again.getMessage());

        Store<Void> s2 = new Store<>(ENGINE, null);
        Instance i2 = linker.instantiate(s2, KITCHEN);
        var s32 = i2.getTypedFunc("echo-s32", Signature.of(int.class).returns(int.class));
        Trap trap = assertThrows(Trap.class, () -> s32.call(s2, 1));
        assertTrue(trap.getMessage().contains("host says no"), trap.getMessage());
    }

    @Test
    void hostFunctionReturningNullOrWrongType() {
        Linker<Void> linker = typedLinker(hostCalls).allowShadowing(true);
        linker.root().funcArgs("id-string", echoSignature(String.class), (s, a) -> null);
        linker.root().funcArgs("id-point", echoSignature(Point.class), (s, a) -> "no");
        Store<Void> s = new Store<>(ENGINE, null);
        Instance i = linker.instantiate(s, KITCHEN);
        RuntimeException e =
                assertThrows(
                        RuntimeException.class,
                        () ->
                                i.getTypedFunc("echo-string", echoSignature(String.class))
                                        .call(s, "x"));
        assertTrue(causeChainContains(e, "returned null"), e.toString());
        Store<Void> s2 = new Store<>(ENGINE, null);
        Instance i2 = linker.instantiate(s2, KITCHEN);
        e =
                assertThrows(
                        RuntimeException.class,
                        () ->
                                i2.getTypedFunc("echo-point", echoSignature(Point.class))
                                        .call(s2, new Point(1, "")));
        assertTrue(causeChainContains(e, "wrong Java type"), e.toString());
    }

    @Test
    void hostSignatureCheckedAtInstantiatePre() {
        Linker<Void> linker = typedLinker(hostCalls).allowShadowing(true);
        linker.root().func("id-u32", Signature.of(String.class).returns(int.class), (s, x) -> 1);
        UnlinkableException e =
                assertThrows(UnlinkableException.class, () -> linker.instantiatePre(KITCHEN));
        assertEquals(
                "import `id-u32` has type func(x: u32) -> u32; the host function's Java signature"
                        + " (String) -> int does not match: parameter 0 (`x`): expected u32,"
                        + " found java.lang.String",
                e.getMessage());
        linker.root().func("id-u32", Signature.of(int.class).returns(int.class), (s, x) -> x);
        linker.root().funcArgs("id-shape", echoSignature(WrongShape.class), (s, a) -> a[0]);
        e = assertThrows(UnlinkableException.class, () -> linker.instantiatePre(KITCHEN));
        assertTrue(
                e.getMessage().startsWith("import `id-shape` has type func(x: variant"),
                e.getMessage());
    }

    static boolean causeChainContains(Throwable e, String text) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(text)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void manyCallsReuseNothingStale() {
        List<Object> outs = new ArrayList<>();
        TypedFunc<?> f = instance.getTypedFunc("echo-points", echoSignature(TYPES.get("points")));
        for (int k = 0; k < 200; k++) {
            outs.add(f.call(store, List.of(new Point(k, "p" + k))));
        }
        for (int k = 0; k < 200; k++) {
            assertEquals(List.of(new Point(k, "p" + k)), outs.get(k));
        }
    }
}
