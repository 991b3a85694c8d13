package dev.dovetail.cli.wave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dovetail.abi.Val;
import dev.dovetail.abi.type.FuncType;
import dev.dovetail.abi.type.OptionType;
import dev.dovetail.abi.type.PrimType;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaveCallTest {
    static final FuncType ADD =
            new FuncType(
                    List.of(
                            new FuncType.Param("a", PrimType.U32),
                            new FuncType.Param("b", PrimType.U32)),
                    PrimType.U32,
                    false);
    static final FuncType OPTS =
            new FuncType(
                    List.of(
                            new FuncType.Param("a", new OptionType(PrimType.U8)),
                            new FuncType.Param("b", new OptionType(PrimType.U8)),
                            new FuncType.Param("c", new OptionType(PrimType.U8))),
                    null,
                    false);
    static final FuncType NONE = new FuncType(List.of(), null, false);

    @Test
    void namesAndArguments() {
        WaveCall c = WaveCall.parse("add(1, 2)");
        assertEquals("add", c.name());
        assertEquals(List.of(Val.u32(1), Val.u32(2)), c.arguments(ADD));
        assertEquals(
                List.of(Val.u32(1), Val.u32(2)), WaveCall.parse("  add ( 1 ,2, ) ").arguments(ADD));
    }

    @Test
    void instanceFunctionsAreNamedWithAHash() {
        WaveCall c = WaveCall.parse("docs:calc/ops@1.0.0#add(1, 2)");
        assertEquals("docs:calc/ops@1.0.0#add", c.name());
        assertEquals(List.of(Val.u32(1), Val.u32(2)), c.arguments(ADD));
        assertEquals("[method]file.read", WaveCall.parse("[method]file.read()").name());
    }

    @Test
    void trailingOptionsMayBeLeftOut() {
        List<Val> all = List.of(Val.some(Val.u8(1)), Val.none(), Val.none());
        assertEquals(all, WaveCall.parse("f(some(1))").arguments(OPTS));
        assertEquals(all, WaveCall.parse("f(1, none)").arguments(OPTS));
        assertEquals(all, WaveCall.parse("f(some(1), none, none)").arguments(OPTS));
        assertEquals(
                List.of(Val.none(), Val.none(), Val.none()), WaveCall.parse("f()").arguments(OPTS));
        assertEquals(
                List.of(Val.none(), Val.none(), Val.none()), WaveCall.parse("f").arguments(OPTS));
    }

    @Test
    void aBareNameCallsAFunctionWithoutParameters() {
        assertEquals(List.of(), WaveCall.parse("run").arguments(NONE));
        assertEquals(List.of(), WaveCall.parse("run()").arguments(NONE));
    }

    private static WaveException fails(String text, FuncType type) {
        return assertThrows(WaveException.class, () -> WaveCall.parse(text).arguments(type));
    }

    @Test
    void errors() {
        WaveException e = fails("add(1)", ADD);
        assertEquals(
                "missing argument `b: u32`: `add` takes (a: u32, b: u32) at 1:6", e.getMessage());
        assertEquals(WaveException.Kind.TYPE, e.kind());

        e = fails("add(1, 2, 3)", ADD);
        assertEquals("too many arguments: `add` takes 2 (a: u32, b: u32) at 1:11", e.getMessage());
        assertEquals(WaveException.Kind.TYPE, e.kind());

        e = fails("add(1, \"x\")", ADD);
        assertEquals("expected u32 at 1:8, found string", e.getMessage());
        assertEquals(WaveException.Kind.TYPE, e.kind());

        e = fails("add(1 2)", ADD);
        assertEquals(
                "expected `,` or `)` in the arguments at 1:7, found number `2`", e.getMessage());
        assertEquals(WaveException.Kind.SYNTAX, e.kind());

        e = fails("add(1, 2) x", ADD);
        assertEquals("unexpected label `x` after the value at 1:11", e.getMessage());
        assertEquals(WaveException.Kind.SYNTAX, e.kind());

        e = fails("add 1", ADD);
        assertEquals(
                "expected `(` to start the arguments of `add` at 1:5, found number `1`",
                e.getMessage());

        e = fails("add(1, 2", ADD);
        assertEquals(WaveException.Kind.SYNTAX, e.kind());
        assertEquals(
                "expected `,` or `)` in the arguments at 1:9, found end of input", e.getMessage());

        e = assertThrows(WaveException.class, () -> WaveCall.parse("(1)"));
        assertEquals("expected a function name, as in `add(1, 2)` at 1:1", e.getMessage());
        e = assertThrows(WaveException.class, () -> WaveCall.parse("a\"b(1)"));
        assertEquals("invalid character `\"` in function name at 1:2", e.getMessage());
        e = assertThrows(WaveException.class, () -> WaveCall.parse("   "));
        assertEquals(WaveException.Kind.SYNTAX, e.kind());
    }

    @Test
    void signature() {
        assertEquals("add(a: u32, b: u32) -> u32", WaveCall.signature("add", ADD));
        assertEquals("run()", WaveCall.signature("run", NONE));
    }
}
