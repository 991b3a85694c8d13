package dev.dovetail.abi.flat;

import dev.dovetail.abi.layout.AddrType;

/** A core WebAssembly number type, the unit of flattened values. */
public enum CoreType {
    I32,
    I64,
    F32,
    F64;

    /** The core type of a pointer or length for memories of address type {@code addr}. */
    public static CoreType of(AddrType addr) {
        return addr == AddrType.I32 ? I32 : I64;
    }

    /**
     * {@code join}: the type of a variant slot shared by two cases. Equal types stay; {@code i32}
     * with {@code f32} gives {@code i32}; anything else mixed gives {@code i64}. Commutative.
     */
    public static CoreType join(CoreType a, CoreType b) {
        if (a == b) {
            return a;
        }
        if ((a == I32 && b == F32) || (a == F32 && b == I32)) {
            return I32;
        }
        return I64;
    }

    /** Whether the low 32 bits of a slot hold the whole value ({@code i32} and {@code f32}). */
    public boolean is32() {
        return this == I32 || this == F32;
    }

    /** The text-format spelling, e.g. {@code i32}. */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
