package dev.dovetail.abi.type;

import java.util.Locale;

/** The primitive value types, plus {@code error-context}, which carries no type parameter. */
public enum PrimType implements ValType {
    BOOL,
    S8,
    U8,
    S16,
    U16,
    S32,
    U32,
    S64,
    U64,
    F32,
    F64,
    CHAR,
    STRING,
    ERROR_CONTEXT;

    /** The WIT spelling, for example {@code u32} or {@code error-context}. */
    public String witName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String toString() {
        return witName();
    }
}
