package dev.dovetail.format.validate;

import dev.dovetail.abi.type.PrimType;

/** A primitive value type ({@code bool}, {@code u32}, {@code string}, ...). */
record PrimitiveType(PrimType prim) implements ValueType {}
