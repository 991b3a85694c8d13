package dev.dovetail.wit.model;

/** The WIT types that need no definition. */
public enum Primitive implements Type {
    BOOL("bool"),
    U8("u8"),
    U16("u16"),
    U32("u32"),
    U64("u64"),
    S8("s8"),
    S16("s16"),
    S32("s32"),
    S64("s64"),
    F32("f32"),
    F64("f64"),
    CHAR("char"),
    STRING("string"),
    ERROR_CONTEXT("error-context");

    private final String wit;

    Primitive(String wit) {
        this.wit = wit;
    }

    /** The keyword that spells this type in WIT. */
    public String wit() {
        return wit;
    }
}
