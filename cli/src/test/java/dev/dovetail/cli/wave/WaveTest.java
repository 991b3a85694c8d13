package dev.dovetail.cli.wave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dovetail.abi.Val;
import dev.dovetail.abi.type.Case;
import dev.dovetail.abi.type.EnumType;
import dev.dovetail.abi.type.Field;
import dev.dovetail.abi.type.FlagsType;
import dev.dovetail.abi.type.ListType;
import dev.dovetail.abi.type.MapType;
import dev.dovetail.abi.type.OptionType;
import dev.dovetail.abi.type.OwnType;
import dev.dovetail.abi.type.PrimType;
import dev.dovetail.abi.type.RecordType;
import dev.dovetail.abi.type.ResourceType;
import dev.dovetail.abi.type.ResultType;
import dev.dovetail.abi.type.TupleType;
import dev.dovetail.abi.type.ValType;
import dev.dovetail.abi.type.VariantType;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Table tests: every WAVE form read and written, and every error with its position. */
class WaveTest {
    static final ValType SHAPE =
            VariantType.of(
                    new Case("circle", PrimType.F32),
                    new Case("square", PrimType.F32),
                    Case.of("empty"),
                    new Case("err", PrimType.STRING));
    static final EnumType STATUS = EnumType.of("ok", "not-found", "HTTP3");
    static final FlagsType PERMS = FlagsType.of("read", "write", "exec");
    static final RecordType POINT =
            RecordType.of(new Field("x", PrimType.S32), new Field("y", PrimType.S32));
    static final RecordType OPTS =
            RecordType.of(
                    new Field("must-have", PrimType.U8),
                    new Field("optional", new OptionType(PrimType.U8)));
    static final RecordType ALL_OPT = RecordType.of(new Field("o", new OptionType(PrimType.U8)));

    static Arguments ok(ValType t, String text, Val v) {
        return Arguments.of(t, text, v);
    }

    static Stream<Arguments> accepted() {
        return Stream.of(
                ok(PrimType.BOOL, "true", Val.bool(true)),
                ok(PrimType.BOOL, " false ", Val.bool(false)),
                ok(PrimType.S8, "-128", Val.s8(-128)),
                ok(PrimType.U8, "255", Val.u8(255)),
                ok(PrimType.S16, "-32768", Val.s16(-32768)),
                ok(PrimType.U16, "65535", Val.u16(65535)),
                ok(PrimType.S32, "-9", Val.s32(-9)),
                ok(PrimType.S32, "-0", Val.s32(0)),
                ok(PrimType.U32, "4294967295", Val.u32(4294967295L)),
                ok(PrimType.S64, "-9223372036854775808", Val.s64(Long.MIN_VALUE)),
                ok(PrimType.U64, "18446744073709551615", Val.u64(-1)),
                ok(PrimType.F32, "3.14", Val.f32(3.14f)),
                ok(PrimType.F64, "6.022e+23", Val.f64(6.022e23)),
                ok(PrimType.F64, "1E-3", Val.f64(0.001)),
                ok(PrimType.F64, "-0", Val.f64(-0.0)),
                ok(PrimType.F32, "nan", Val.f32(Float.NaN)),
                ok(PrimType.F64, "inf", Val.f64(Double.POSITIVE_INFINITY)),
                ok(PrimType.F64, "-inf", Val.f64(Double.NEGATIVE_INFINITY)),
                ok(PrimType.F32, "1e39", Val.f32(Float.POSITIVE_INFINITY)),
                ok(PrimType.CHAR, "'x'", Val.ch('x')),
                ok(PrimType.CHAR, "'☃'", Val.ch('☃')),
                ok(PrimType.CHAR, "'😀'", Val.ch(0x1F600)),
                ok(PrimType.CHAR, "'\\''", Val.ch('\'')),
                ok(PrimType.CHAR, "'\"'", Val.ch('"')),
                ok(PrimType.CHAR, "'\\u{0}'", Val.ch(0)),
                ok(PrimType.CHAR, "'\\u{10FFFF}'", Val.ch(0x10FFFF)),
                ok(PrimType.STRING, "\"\"", Val.str("")),
                ok(PrimType.STRING, "\"a\\u{1F600}\"", Val.str("a😀")),
                ok(PrimType.STRING, "\"\\\\\\'\\\"\\t\\n\\r\"", Val.str("\\'\"\t\n\r")),
                ok(PrimType.STRING, "\"it's\"", Val.str("it's")),
                ok(PrimType.STRING, "\"WAVE🌊\"", Val.str("WAVE🌊")),
                ok(PrimType.STRING, "\"\"\"\n\"\"\"", Val.str("")),
                ok(PrimType.STRING, "\"\"\"\nA single line\n\"\"\"", Val.str("A single line")),
                ok(
                        PrimType.STRING,
                        "\"\"\"\n    Indentation determined\n      by ending delimiter\n  \"\"\"",
                        Val.str("  Indentation determined\n    by ending delimiter")),
                ok(
                        PrimType.STRING,
                        "\"\"\"\r\n  one \\u{2603}\r\n  two \"\"\\\"\r\n  \"\"\"",
                        Val.str("one ☃\ntwo \"\"\"")),
                ok(PrimType.STRING, "\"\"\"\n\nmiddle\n\n\"\"\"", Val.str("\nmiddle\n")),
                ok(ListType.of(PrimType.U8), "[]", Val.list()),
                ok(
                        ListType.of(PrimType.U8),
                        "[1, 2, 3,]",
                        Val.list(Val.u8(1), Val.u8(2), Val.u8(3))),
                ok(ListType.fixed(PrimType.U8, 2), "[1,2]", Val.list(Val.u8(1), Val.u8(2))),
                ok(
                        TupleType.of(PrimType.U8, PrimType.STRING),
                        "(123, \"abc\")",
                        Val.tuple(Val.u8(123), Val.str("abc"))),
                ok(
                        TupleType.of(PrimType.U8, PrimType.STRING),
                        "( 1 , \"a\" , )",
                        Val.tuple(Val.u8(1), Val.str("a"))),
                ok(
                        POINT,
                        "{x: 1, y: -2}",
                        Val.record(Val.field("x", Val.s32(1)), Val.field("y", Val.s32(-2)))),
                ok(
                        POINT,
                        "{y: -2, x: 1,}",
                        Val.record(Val.field("x", Val.s32(1)), Val.field("y", Val.s32(-2)))),
                ok(
                        POINT,
                        "{%x: 1, y: 2}",
                        Val.record(Val.field("x", Val.s32(1)), Val.field("y", Val.s32(2)))),
                ok(
                        OPTS,
                        "{must-have: 123}",
                        Val.record(
                                Val.field("must-have", Val.u8(123)),
                                Val.field("optional", Val.none()))),
                ok(
                        OPTS,
                        "{must-have: 1, optional: 2}",
                        Val.record(
                                Val.field("must-have", Val.u8(1)),
                                Val.field("optional", Val.some(Val.u8(2))))),
                ok(ALL_OPT, "{:}", Val.record(Val.field("o", Val.none()))),
                ok(ALL_OPT, "{}", Val.record(Val.field("o", Val.none()))),
                ok(SHAPE, "circle(2.5)", new Val.Variant("circle", Val.f32(2.5f))),
                ok(SHAPE, "empty", new Val.Variant("empty", null)),
                ok(SHAPE, "%empty", new Val.Variant("empty", null)),
                ok(SHAPE, "%err(\"oops\")", new Val.Variant("err", Val.str("oops"))),
                ok(SHAPE, "circle ( 1 )", new Val.Variant("circle", Val.f32(1))),
                ok(STATUS, "%ok", new Val.Enum("ok")),
                ok(STATUS, "not-found", new Val.Enum("not-found")),
                ok(STATUS, "HTTP3", new Val.Enum("HTTP3")),
                ok(new OptionType(PrimType.U8), "some(3)", Val.some(Val.u8(3))),
                ok(new OptionType(PrimType.U8), "3", Val.some(Val.u8(3))),
                ok(new OptionType(PrimType.U8), "none", Val.none()),
                ok(new OptionType(new OptionType(PrimType.U8)), "some(none)", Val.some(Val.none())),
                ok(
                        new OptionType(new OptionType(PrimType.U8)),
                        "some(4)",
                        Val.some(Val.some(Val.u8(4)))),
                ok(new ResultType(PrimType.U8, PrimType.STRING), "ok(1)", Val.Result.ok(Val.u8(1))),
                ok(new ResultType(PrimType.U8, PrimType.STRING), "1", Val.Result.ok(Val.u8(1))),
                ok(
                        new ResultType(PrimType.U8, PrimType.STRING),
                        "err(\"e\")",
                        Val.Result.err(Val.str("e"))),
                ok(new ResultType(null, PrimType.STRING), "ok", Val.Result.ok(null)),
                ok(new ResultType(null, null), "err", Val.Result.err(null)),
                ok(PERMS, "{}", new Val.Flags(Set.of())),
                ok(PERMS, "{write, read,}", new Val.Flags(Set.of("read", "write"))),
                ok(PERMS, "{%exec}", new Val.Flags(Set.of("exec"))),
                ok(
                        new MapType(PrimType.STRING, PrimType.U8),
                        "[(\"a\", 1), (\"b\", 2)]",
                        new Val.Map(
                                List.of(
                                        new Val.Entry(Val.str("a"), Val.u8(1)),
                                        new Val.Entry(Val.str("b"), Val.u8(2))))),
                ok(PrimType.U8, "// leading comment\n 7 // trailing comment", Val.u8(7)),
                ok(ListType.of(PrimType.U8), "[1, // one\n 2]", Val.list(Val.u8(1), Val.u8(2))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("accepted")
    void parses(ValType type, String text, Val expected) {
        assertEquals(expected, Wave.parse(text, type));
    }

    @Test
    void escapedKeywordLabelReadsAsTheCaseNotTheOption() {
        EnumType e = EnumType.of("none", "some");
        OptionType t = new OptionType(e);
        assertEquals(Val.some(new Val.Enum("none")), Wave.parse("%none", t));
        assertEquals(Val.none(), Wave.parse("none", t));
        assertEquals(Val.some(new Val.Enum("some")), Wave.parse("some(%some)", t));
    }

    static Arguments err(ValType t, String text, String message, WaveException.Kind kind) {
        return Arguments.of(t, text, message, kind);
    }

    static final WaveException.Kind SYNTAX = WaveException.Kind.SYNTAX;
    static final WaveException.Kind TYPE = WaveException.Kind.TYPE;

    static Stream<Arguments> rejected() {
        return Stream.of(
                // type mismatches
                err(PrimType.U32, "\"x\"", "expected u32 at 1:1, found string", TYPE),
                err(PrimType.U32, "1.5", "expected u32 at 1:1, found number `1.5`", TYPE),
                err(PrimType.U32, "1e3", "expected u32 at 1:1, found number `1e3`", TYPE),
                err(PrimType.S8, "-inf", "expected s8 at 1:1, found number `-inf`", TYPE),
                err(PrimType.BOOL, "1", "expected bool at 1:1, found number `1`", TYPE),
                err(PrimType.BOOL, "yes", "expected bool at 1:1, found label `yes`", TYPE),
                err(PrimType.CHAR, "\"x\"", "expected char at 1:1, found string", TYPE),
                err(PrimType.STRING, "'x'", "expected string at 1:1, found char", TYPE),
                err(PrimType.F64, "true", "expected f64 at 1:1, found keyword `true`", TYPE),
                err(ListType.of(PrimType.U8), "(1)", "expected list<u8> at 1:1, found `(`", TYPE),
                err(
                        ListType.of(PrimType.U8),
                        "[1, \"a\"]",
                        "expected u8 at 1:5, found string",
                        TYPE),
                err(
                        ListType.fixed(PrimType.U8, 2),
                        "[1]",
                        "expected 2 elements for list<u8, 2> at 1:1, found 1",
                        TYPE),
                err(
                        TupleType.of(PrimType.U8, PrimType.U8),
                        "(1)",
                        "expected 2 elements for tuple<u8, u8> at 1:1, found 1",
                        TYPE),
                err(
                        TupleType.of(PrimType.U8),
                        "(1, 2)",
                        "too many elements for tuple<u8>: expected 1 at 1:5",
                        TYPE),
                err(
                        POINT,
                        "{x: 1}",
                        "missing field `y: s32` of record { x: s32, y: s32 } at 1:1",
                        TYPE),
                err(
                        POINT,
                        "{x: 1, z: 2}",
                        "unknown field `z` for record { x: s32, y: s32 } at 1:8",
                        TYPE),
                err(POINT, "[1]", "expected record { x: s32, y: s32 } at 1:1, found `[`", TYPE),
                err(
                        PERMS,
                        "{read, all}",
                        "unknown flag `all` for flags { read, write, exec } at 1:8",
                        TYPE),
                err(SHAPE, "triangle", "unknown case `triangle` for " + SHAPE + " at 1:1", TYPE),
                err(
                        SHAPE,
                        "circle",
                        "case `circle` of " + SHAPE + " needs a payload: `circle(...)` at 1:1",
                        TYPE),
                err(SHAPE, "empty(1)", "case `empty` of " + SHAPE + " has no payload at 1:6", TYPE),
                err(
                        SHAPE,
                        "err(\"x\")",
                        "expected "
                                + SHAPE
                                + " at 1:1, found keyword `err` (a label that is a keyword is written `%err`)",
                        TYPE),
                err(
                        STATUS,
                        "ok",
                        "expected "
                                + STATUS
                                + " at 1:1, found keyword `ok` (a label that is a keyword is written `%ok`)",
                        TYPE),
                err(STATUS, "gone", "unknown case `gone` for " + STATUS + " at 1:1", TYPE),
                err(
                        new OptionType(PrimType.U8),
                        "\"x\"",
                        "expected option<u8> at 1:1, found string",
                        TYPE),
                err(new OptionType(PrimType.U8), "none(1)", "`none` has no payload at 1:5", TYPE),
                err(
                        new OptionType(new OptionType(PrimType.U8)),
                        "3",
                        "expected option<option<u8>> at 1:1, found number `3`",
                        TYPE),
                err(
                        new ResultType(null, PrimType.STRING),
                        "3",
                        "expected result<_, string> at 1:1, found number `3`",
                        TYPE),
                err(
                        new ResultType(PrimType.U8, null),
                        "err(1)",
                        "case `err` of result<u8> has no payload at 1:4",
                        TYPE),
                err(
                        PrimType.U8,
                        "256",
                        "number `256` is out of range for u8 [0, 255] at 1:1",
                        TYPE),
                err(PrimType.U8, "-1", "number `-1` is out of range for u8 [0, 255] at 1:1", TYPE),
                err(
                        PrimType.U32,
                        "-0",
                        "number `-0` is out of range for u32 [0, 4294967295] at 1:1",
                        TYPE),
                err(
                        PrimType.S64,
                        "9223372036854775808",
                        "number `9223372036854775808` is out of range for s64 [-9223372036854775808,"
                                + " 9223372036854775807] at 1:1",
                        TYPE),
                err(
                        new OwnType(new ResourceType("file")),
                        "1",
                        "values of type own<file> cannot be written in WAVE at 1:1",
                        TYPE),
                err(
                        PrimType.ERROR_CONTEXT,
                        "1",
                        "values of type error-context cannot be written in WAVE at 1:1",
                        TYPE),
                // syntax
                err(PrimType.U32, "", "expected u32 at 1:1, found end of input", SYNTAX),
                err(PrimType.U32, "1 2", "unexpected number `2` after the value at 1:3", SYNTAX),
                err(PrimType.U32, "01", "invalid number `01` at 1:1", SYNTAX),
                err(PrimType.F32, "1.", "invalid number `1.` at 1:1", SYNTAX),
                err(PrimType.F32, ".5", "unexpected character `.` at 1:1", SYNTAX),
                err(PrimType.U32, "0x10", "invalid number `0x10` at 1:1", SYNTAX),
                err(PrimType.U32, "1 # x", "unexpected character `#` at 1:3", SYNTAX),
                err(STATUS, "fooBar", "invalid label `fooBar` at 1:1", SYNTAX),
                err(STATUS, "a--b", "invalid label `a--b` at 1:1", SYNTAX),
                err(
                        PrimType.CHAR,
                        "''",
                        "empty char literal; write '\\'' for a quote at 1:1",
                        SYNTAX),
                err(
                        PrimType.CHAR,
                        "'ab'",
                        "char literal holds more than one character at 1:1",
                        SYNTAX),
                err(PrimType.CHAR, "'a", "unterminated char literal at 1:1", SYNTAX),
                err(PrimType.CHAR, "'\\q'", "invalid escape `\\q` at 1:2", SYNTAX),
                err(PrimType.STRING, "\"abc", "unterminated string at 1:1", SYNTAX),
                err(
                        PrimType.STRING,
                        "\"a\nb\"",
                        "string literal contains a line break; write \\n at 1:3",
                        SYNTAX),
                err(
                        PrimType.STRING,
                        "\"\\u{d800}\"",
                        "invalid escape `\\u{d800}`: not a Unicode scalar value at 1:2",
                        SYNTAX),
                err(
                        PrimType.STRING,
                        "\"\\u{110000}\"",
                        "invalid escape `\\u{110000}`: not a Unicode scalar value at 1:2",
                        SYNTAX),
                err(
                        PrimType.STRING,
                        "\"\\u{}\"",
                        "invalid escape: expected `\\u{` and 1 to 6 hex digits and `}` at 1:2",
                        SYNTAX),
                err(
                        PrimType.STRING,
                        "\"\\u41\"",
                        "invalid escape: expected `\\u{hex}` at 1:2",
                        SYNTAX),
                err(
                        PrimType.STRING,
                        "\"\"\" x\n\"\"\"",
                        "a multi-line string's opening \"\"\" must be followed by a line break at 1:1",
                        SYNTAX),
                err(
                        PrimType.STRING,
                        "\"\"\"\nx\"\"\"",
                        "a multi-line string's closing \"\"\" must be on a line of its own, after spaces"
                                + " only at 2:2",
                        SYNTAX),
                err(
                        PrimType.STRING,
                        "\"\"\"\nx\n  \"\"\"",
                        "a multi-line string's lines must be indented at least as much as its closing"
                                + " \"\"\" at 2:1",
                        SYNTAX),
                err(PrimType.STRING, "\"\"\"\nx", "unterminated multi-line string at 1:1", SYNTAX),
                err(
                        ListType.of(PrimType.U8),
                        "[1 2]",
                        "expected `,` or `]` in list at 1:4, found number `2`",
                        SYNTAX),
                err(
                        ListType.of(PrimType.U8),
                        "[1,",
                        "expected u8 at 1:4, found end of input",
                        SYNTAX),
                err(ListType.of(PrimType.U8), "[,]", "expected u8 at 1:2, found `,`", SYNTAX),
                err(
                        POINT,
                        "{x 1}",
                        "expected `:` after field name `x` at 1:4, found number `1`",
                        SYNTAX),
                err(POINT, "{x: 1, x: 2}", "duplicate field `x` at 1:8", SYNTAX),
                err(POINT, "{1: 2}", "expected a field name at 1:2, found number `1`", SYNTAX),
                err(PERMS, "{read, read}", "duplicate flag `read` at 1:8", SYNTAX),
                err(
                        PERMS,
                        "{read write}",
                        "expected `,` or `}` in flags at 1:7, found label `write`",
                        SYNTAX),
                err(
                        SHAPE,
                        "circle(1",
                        "expected `)` to close the payload of `circle` at 1:9, found end of input",
                        SYNTAX),
                err(PrimType.STRING, "\"a\uD800\"", "unpaired surrogate in text at 1:3", SYNTAX),
                err(PrimType.U8, "1\n\n  x", "unexpected label `x` after the value at 3:3", SYNTAX),
                err(
                        PrimType.STRING,
                        "\"🧩\" x",
                        "unexpected label `x` after the value at 1:5",
                        SYNTAX));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("rejected")
    void rejects(ValType type, String text, String message, WaveException.Kind kind) {
        WaveException e = assertThrows(WaveException.class, () -> Wave.parse(text, type));
        assertEquals(message, e.getMessage());
        assertEquals(kind, e.kind(), "kind of: " + message);
    }

    @Test
    void errorsCarryPositionAndExpectedType() {
        WaveException e =
                assertThrows(
                        WaveException.class,
                        () -> Wave.parse("[1,\n  \"x\"]", ListType.of(PrimType.U32)));
        assertEquals(2, e.line());
        assertEquals(3, e.column());
        assertEquals(6, e.offset());
        assertEquals("u32", e.expected());
        assertEquals("expected u32, found string", e.reason());
    }

    @Test
    void nestingIsLimited() {
        ValType t = PrimType.U8;
        for (int i = 0; i < 150; i++) {
            t = ListType.of(t);
        }
        String text = "[".repeat(150) + "]".repeat(150);
        ValType type = t;
        WaveException e = assertThrows(WaveException.class, () -> Wave.parse(text, type));
        assertEquals(WaveException.Kind.SYNTAX, e.kind());
        assertEquals("values nested more than 100 deep at 1:101", e.getMessage());
    }

    // ---- printing -------------------------------------------------------------------------

    static Stream<Arguments> printed() {
        return Stream.of(
                Arguments.of(PrimType.BOOL, Val.bool(true), "true"),
                Arguments.of(PrimType.U8, Val.u8(255), "255"),
                Arguments.of(PrimType.S8, Val.s8(-1), "-1"),
                Arguments.of(PrimType.U16, Val.u16(65535), "65535"),
                Arguments.of(PrimType.U32, Val.u32(4294967295L), "4294967295"),
                Arguments.of(PrimType.U64, Val.u64(-1), "18446744073709551615"),
                Arguments.of(PrimType.S64, Val.s64(Long.MIN_VALUE), "-9223372036854775808"),
                Arguments.of(PrimType.F32, Val.f32(1f), "1"),
                Arguments.of(PrimType.F32, Val.f32(2.25f), "2.25"),
                Arguments.of(PrimType.F32, Val.f32(0.1f), "0.1"),
                Arguments.of(PrimType.F64, Val.f64(1e20), "100000000000000000000"),
                Arguments.of(PrimType.F64, Val.f64(1.5e-7), "0.00000015"),
                Arguments.of(PrimType.F64, Val.f64(-0.0), "-0"),
                Arguments.of(PrimType.F64, Val.f64(Double.NaN), "nan"),
                Arguments.of(PrimType.F32, Val.f32(Float.POSITIVE_INFINITY), "inf"),
                Arguments.of(PrimType.F64, Val.f64(Double.NEGATIVE_INFINITY), "-inf"),
                Arguments.of(PrimType.CHAR, Val.ch('\''), "'\\''"),
                Arguments.of(PrimType.CHAR, Val.ch('"'), "'\"'"),
                Arguments.of(PrimType.CHAR, Val.ch(0x1F600), "'😀'"),
                Arguments.of(PrimType.CHAR, Val.ch(0), "'\\u{0}'"),
                Arguments.of(
                        PrimType.STRING,
                        Val.str("a\"b'\\\t\n\r\u0007🧩"),
                        "\"a\\\"b'\\\\\\t\\n\\r\\u{7}🧩\""),
                Arguments.of(ListType.of(PrimType.U8), Val.list(), "[]"),
                Arguments.of(ListType.of(PrimType.U8), Val.list(Val.u8(1), Val.u8(2)), "[1, 2]"),
                Arguments.of(
                        TupleType.of(PrimType.U8, PrimType.STRING),
                        Val.tuple(Val.u8(1), Val.str("a")),
                        "(1, \"a\")"),
                Arguments.of(
                        POINT,
                        Val.record(Val.field("x", Val.s32(1)), Val.field("y", Val.s32(2))),
                        "{x: 1, y: 2}"),
                Arguments.of(
                        OPTS,
                        Val.record(
                                Val.field("must-have", Val.u8(1)),
                                Val.field("optional", Val.none())),
                        "{must-have: 1}"),
                Arguments.of(ALL_OPT, Val.record(Val.field("o", Val.none())), "{:}"),
                Arguments.of(SHAPE, new Val.Variant("circle", Val.f32(2.5f)), "circle(2.5)"),
                Arguments.of(SHAPE, new Val.Variant("empty", null), "empty"),
                Arguments.of(SHAPE, new Val.Variant("err", Val.str("x")), "%err(\"x\")"),
                Arguments.of(STATUS, new Val.Enum("ok"), "%ok"),
                Arguments.of(STATUS, new Val.Enum("not-found"), "not-found"),
                Arguments.of(new OptionType(PrimType.U8), Val.some(Val.u8(3)), "some(3)"),
                Arguments.of(new OptionType(PrimType.U8), Val.none(), "none"),
                Arguments.of(new ResultType(PrimType.U8, null), Val.Result.ok(Val.u8(1)), "ok(1)"),
                Arguments.of(new ResultType(PrimType.U8, null), Val.Result.err(null), "err"),
                Arguments.of(PERMS, new Val.Flags(Set.of("exec", "read")), "{read, exec}"),
                Arguments.of(PERMS, new Val.Flags(Set.of()), "{}"),
                Arguments.of(
                        new MapType(PrimType.STRING, PrimType.U8),
                        new Val.Map(List.of(new Val.Entry(Val.str("k"), Val.u8(1)))),
                        "[(\"k\", 1)]"),
                Arguments.of(
                        new OwnType(new ResourceType("file")),
                        new Val.Resource(new Object()),
                        "<own file>"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("printed")
    void prints(ValType type, Val value, String text) {
        assertEquals(text, Wave.print(value, type));
    }

    @Test
    void printingAValueOfAnotherTypeFails() {
        WaveException e =
                assertThrows(WaveException.class, () -> Wave.print(Val.str("x"), PrimType.U32));
        assertEquals("value \"x\" does not match type u32", e.getMessage());
        assertEquals(WaveException.Kind.TYPE, e.kind());
        assertThrows(WaveException.class, () -> Wave.print(new Val.Enum("gone"), STATUS));
        assertThrows(WaveException.class, () -> Wave.print(new Val.Variant("circle", null), SHAPE));
        assertThrows(WaveException.class, () -> Wave.print(new Val.Flags(Set.of("all")), PERMS));
        assertThrows(
                WaveException.class,
                () -> Wave.print(Val.list(Val.u8(1)), ListType.fixed(PrimType.U8, 2)));
    }
}
