package dev.dovetail.runtime.typed;

import static org.junit.jupiter.api.Assertions.*;

import dev.dovetail.abi.ByteArrayMemory;
import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.Trap;
import dev.dovetail.abi.Val;
import dev.dovetail.abi.codec.Codec;
import dev.dovetail.abi.codec.ValCodec;
import dev.dovetail.abi.flat.FlatSink;
import dev.dovetail.abi.flat.FlatSource;
import dev.dovetail.abi.type.Field;
import dev.dovetail.abi.type.FlagsType;
import dev.dovetail.abi.type.ListType;
import dev.dovetail.abi.type.OptionType;
import dev.dovetail.abi.type.PrimType;
import dev.dovetail.abi.type.RecordType;
import dev.dovetail.abi.type.TupleType;
import dev.dovetail.abi.type.ValType;
import dev.dovetail.runtime.Tuple3;
import dev.dovetail.runtime.Tuple4;
import dev.dovetail.runtime.TypeRef;
import java.lang.reflect.Type;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Typed codecs without a component: generics, layouts agreeing with ValCodec, guest-data traps. */
class TypedCodecTest {
    private final ByteArrayMemory memory = new ByteArrayMemory(1 << 16);
    private long bump = 1024;
    private final LiftLowerContext cx =
            LiftLowerContext.of(
                    memory,
                    (ptr, size, align, newSize) -> {
                        bump = (bump + align - 1) & -align;
                        long r = bump;
                        bump += newSize;
                        return r;
                    });

    record Box<T>(T value, List<T> more) {}

    record Named(List<String> firstNames, Optional<Integer> age) {}

    enum Flag32 {
        F0,
        F1,
        F2,
        F3,
        F4,
        F5,
        F6,
        F7,
        F8,
        F9,
        F10,
        F11,
        F12,
        F13,
        F14,
        F15,
        F16,
        F17,
        F18,
        F19,
        F20,
        F21,
        F22,
        F23,
        F24,
        F25,
        F26,
        F27,
        F28,
        F29,
        F30,
        F31
    }

    /** Stores with the typed codec, loads with ValCodec and back; flat both ways too. */
    private Object roundTrip(ValType t, Type java, Object value) {
        Codec<Object> typed = TypeMapper.codec(t, java);
        Codec<Val> dyn = ValCodec.of(t);
        assertEquals(dyn.size(), typed.size());
        assertEquals(dyn.alignment(), typed.alignment());
        assertEquals(dyn.flatCount(), typed.flatCount());
        typed.store(cx, value, 64);
        Val v = dyn.load(cx, 64);
        dyn.store(cx, v, 512);
        Object back = typed.load(cx, 512);
        if (typed.flatCount() > 0) {
            long[] flat = new long[typed.flatCount()];
            typed.lowerFlat(cx, value, new FlatSink(flat));
            assertEquals(v, dyn.liftFlat(cx, new FlatSource(flat)));
            long[] flat2 = new long[typed.flatCount()];
            dyn.lowerFlat(cx, v, new FlatSink(flat2));
            assertEquals(back, typed.liftFlat(cx, new FlatSource(flat2)));
        }
        return back;
    }

    @Test
    void genericRecordsResolveTypeArguments() {
        RecordType t =
                RecordType.of(
                        new Field("value", PrimType.STRING),
                        new Field("more", ListType.of(PrimType.STRING)));
        Box<String> b = new Box<>("v", List.of("a", "b"));
        assertEquals(b, roundTrip(t, new TypeRef<Box<String>>() {}, b));
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> TypeMapper.codec(t, new TypeRef<Box<Integer>>() {}));
        assertEquals("field `value`: expected string, found java.lang.Integer", e.getMessage());
    }

    @Test
    void kebabCaseFieldsAndNestedGenerics() {
        RecordType t =
                RecordType.of(
                        new Field("first-names", ListType.of(PrimType.STRING)),
                        new Field("age", new OptionType(PrimType.U8)));
        assertThrows(IllegalArgumentException.class, () -> TypeMapper.codec(t, Named.class));
        RecordType ok =
                RecordType.of(
                        new Field("age", new OptionType(PrimType.U32)),
                        new Field("first-names", ListType.of(PrimType.STRING)));
        Named n = new Named(List.of("Ada", "Grace"), Optional.of(36));
        assertEquals(n, roundTrip(ok, Named.class, n));
    }

    @Test
    void largerTuplesAndFlags() {
        TupleType t3 = TupleType.of(PrimType.U8, PrimType.F64, PrimType.STRING);
        var v3 = Tuple3.of((byte) 200, 2.5, "three");
        assertEquals(v3, roundTrip(t3, new TypeRef<Tuple3<Byte, Double, String>>() {}, v3));
        TupleType t4 = TupleType.of(PrimType.BOOL, PrimType.S16, PrimType.CHAR, PrimType.U64);
        var v4 = Tuple4.of(true, (short) -2, 0x1F600, -1L);
        assertEquals(
                v4, roundTrip(t4, new TypeRef<Tuple4<Boolean, Short, Integer, Long>>() {}, v4));

        String[] labels = new String[32];
        for (int i = 0; i < 32; i++) {
            labels[i] = "f" + i;
        }
        FlagsType f = FlagsType.of(labels);
        Set<Flag32> set = EnumSet.of(Flag32.F0, Flag32.F17, Flag32.F31);
        assertEquals(set, roundTrip(f, new TypeRef<Set<Flag32>>() {}, set));
    }

    @Test
    void invalidGuestDataTraps() {
        Codec<Object> ch = TypeMapper.codec(PrimType.CHAR, int.class);
        memory.writeI32(0, 0xD800);
        assertThrows(Trap.class, () -> ch.load(cx, 0));
        Codec<Object> opt =
                TypeMapper.codec(new OptionType(PrimType.U32), new TypeRef<Optional<Integer>>() {});
        memory.writeI8(8, (byte) 2);
        assertThrows(Trap.class, () -> opt.load(cx, 8));
        Codec<Object> str = TypeMapper.codec(PrimType.STRING, String.class);
        assertThrows(Trap.class, () -> str.liftFlat(cx, new FlatSource(new long[] {1 << 20, 5})));
        Codec<Object> bytes = TypeMapper.codec(ListType.of(PrimType.U8), byte[].class);
        assertThrows(Trap.class, () -> bytes.liftFlat(cx, new FlatSource(new long[] {65530, 10})));
    }
}
