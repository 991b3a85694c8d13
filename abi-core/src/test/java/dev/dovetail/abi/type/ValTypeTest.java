package dev.dovetail.abi.type;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValTypeTest {
    @Test
    void printsWitSyntax() {
        assertEquals("u32", PrimType.U32.toString());
        assertEquals("error-context", PrimType.ERROR_CONTEXT.toString());
        assertEquals("list<u8>", ListType.of(PrimType.U8).toString());
        assertEquals("list<f32, 4>", ListType.fixed(PrimType.F32, 4).toString());
        assertEquals("tuple<s8, char>", TupleType.of(PrimType.S8, PrimType.CHAR).toString());
        assertEquals("option<string>", new OptionType(PrimType.STRING).toString());
        assertEquals("result", new ResultType(null, null).toString());
        assertEquals("result<u8>", new ResultType(PrimType.U8, null).toString());
        assertEquals("result<_, u8>", new ResultType(null, PrimType.U8).toString());
        assertEquals("result<u8, string>", new ResultType(PrimType.U8, PrimType.STRING).toString());
        assertEquals("flags { r, w }", FlagsType.of("r", "w").toString());
        assertEquals("enum { a, b }", EnumType.of("a", "b").toString());
        assertEquals("map<string, u64>", new MapType(PrimType.STRING, PrimType.U64).toString());
        assertEquals("stream", new StreamType(null).toString());
        assertEquals("future<u32>", new FutureType(PrimType.U32).toString());
        assertEquals(
                "variant { a, b(s64) }",
                VariantType.of(Case.of("a"), new Case("b", PrimType.S64)).toString());
        assertEquals(
                "async func(x: u32) -> bool",
                new FuncType(List.of(new FuncType.Param("x", PrimType.U32)), PrimType.BOOL, true)
                        .toString());
    }

    @Test
    void structuralEqualityExceptResources() {
        assertEquals(
                RecordType.of(new Field("a", ListType.of(PrimType.U8))),
                RecordType.of(new Field("a", ListType.of(PrimType.U8))));
        assertNotEquals(ListType.of(PrimType.U8), ListType.fixed(PrimType.U8, 1));
        ResourceType r1 = new ResourceType("file");
        ResourceType r2 = new ResourceType("file");
        assertEquals(new OwnType(r1), new OwnType(r1));
        assertNotEquals(new OwnType(r1), new OwnType(r2));
        assertNotEquals(new OwnType(r1), new BorrowType(r1));
    }

    @Test
    void rejectsEmptyAndOversizedTypes() {
        assertThrows(IllegalArgumentException.class, () -> new RecordType(List.of()));
        assertThrows(IllegalArgumentException.class, () -> new TupleType(List.of()));
        assertThrows(IllegalArgumentException.class, () -> new VariantType(List.of()));
        assertThrows(IllegalArgumentException.class, () -> new EnumType(List.of()));
        assertThrows(IllegalArgumentException.class, () -> new FlagsType(List.of()));
        assertThrows(
                IllegalArgumentException.class, () -> new FlagsType(Collections.nCopies(33, "f")));
        assertEquals(32, new FlagsType(Collections.nCopies(32, "f")).labels().size());
        assertThrows(IllegalArgumentException.class, () -> ListType.fixed(PrimType.U8, 0));
    }

    @Test
    void typesAreImmutable() {
        var fields = new java.util.ArrayList<>(List.of(new Field("a", PrimType.U8)));
        RecordType r = new RecordType(fields);
        fields.add(new Field("b", PrimType.U8));
        assertEquals(1, r.fields().size());
        assertThrows(
                UnsupportedOperationException.class,
                () -> r.fields().add(new Field("c", PrimType.U8)));
    }
}
