package dev.dovetail.runtime.typed;

import dev.dovetail.abi.codec.Codec;
import dev.dovetail.abi.type.ValType;

/**
 * A node of a typed plan: abi-core's {@link Codec} over Java objects, moving values of one
 * component {@link ValType} directly to and from one Java type, with abi-core's layout, flattening
 * and traps. Built once by {@link TypeMapper}, which also checks the Java type; afterwards no
 * reflection and no type dispatch happens per value. The base of the typed codecs that have no
 * shared shape in abi-core, and of custom codecs (the Kotlin mapping).
 *
 * <p>Lowering a Java value of the wrong class (only possible through unchecked generics) fails with
 * a {@link ClassCastException}, a {@code null} with a {@link NullPointerException}; {@link
 * TypedFuncPlan} reports both as {@link IllegalArgumentException}s naming the parameter.
 */
public abstract class TypedCodec extends Codec<Object> {
    protected TypedCodec(ValType type) {
        super(type);
    }
}
