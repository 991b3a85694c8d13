package dev.dovetail.runtime.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dovetail.abi.Val;
import dev.dovetail.abi.type.Case;
import dev.dovetail.abi.type.Field;
import dev.dovetail.abi.type.FlagsType;
import dev.dovetail.abi.type.ListType;
import dev.dovetail.abi.type.OptionType;
import dev.dovetail.abi.type.PrimType;
import dev.dovetail.abi.type.RecordType;
import dev.dovetail.abi.type.ResultType;
import dev.dovetail.abi.type.ValType;
import dev.dovetail.abi.type.VariantType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The encodings shared with {@code wasmtime_driver.py}, as its docstring defines them. */
class ValueTextTest {
    private static final ValType TYPE =
            new RecordType(
                    List.of(
                            new Field("n", PrimType.U32),
                            new Field("s", PrimType.STRING),
                            new Field("f", ListType.of(PrimType.F32)),
                            new Field("c", PrimType.CHAR),
                            new Field(
                                    "v",
                                    new VariantType(
                                            List.of(
                                                    new Case("a", null),
                                                    new Case("b", new OptionType(PrimType.S8))))),
                            new Field("r", new ResultType(null, PrimType.U64)),
                            new Field("g", new FlagsType(List.of("x", "y", "z")))));

    private static final Val VALUE =
            new Val.Record(
                    List.of(
                            new Val.Field("n", new Val.U32(-1)),
                            new Val.Field("s", new Val.Str("a\"é😀")),
                            new Val.Field(
                                    "f",
                                    new Val.List(
                                            List.of(
                                                    new Val.F32(-0.0f),
                                                    new Val.F32(
                                                            Float.intBitsToFloat(0x7fa0_0001))))),
                            new Val.Field("c", new Val.Char(0x1F600)),
                            new Val.Field(
                                    "v",
                                    new Val.Variant("b", new Val.Option(new Val.S8((byte) -2)))),
                            new Val.Field("r", new Val.Result(false, new Val.U64(-1L))),
                            new Val.Field("g", new Val.Flags(Set.of("z", "x")))));

    @Test
    void canonicalTextIsTheDriversOwn() {
        assertEquals(
                "{n:4294967295,s:\"a\\u{22}\\u{e9}\\u{1f600}\",f:[f32:80000000,nan],c:char:1f600,"
                        + "v:b(some(-2)),r:err(18446744073709551615),g:{x,z}}",
                ValueText.canonical(TYPE, VALUE));
    }

    @Test
    void argumentsAreJsonByType() {
        assertEquals(
                "[4294967295,\"a\\u0022\\u00e9\\ud83d\\ude00\",[2147483648,2141192193],128512,"
                        + "[\"b\",[\"some\",-2]],[\"err\",18446744073709551615],[\"x\",\"z\"]]",
                ValueText.json(TYPE, VALUE));
    }

    @Test
    void answersParse() {
        assertEquals(
                java.util.Map.of("status", "ok", "seen", List.of("é\n"), "n", 1.0),
                Json.parse("{\"status\": \"ok\", \"seen\": [\"\\u00e9\\n\"], \"n\": 1}"));
    }
}
