/**
 * Java-typed lifting and lowering for {@link dev.dovetail.runtime.TypedFunc} and typed host
 * functions ({@link dev.dovetail.runtime.LinkerInstance#func}): {@link
 * dev.dovetail.runtime.typed.TypeMapper} checks a Java type against a component value type once and
 * builds a plan of abi-core {@link dev.dovetail.abi.codec.Codec}s over Java objects. The shapes
 * (ranges, lists, variants, flags) are abi-core's, as for {@code Val}s; this package supplies only
 * the Java side of each (which class, which accessor, which constructor), and {@link
 * dev.dovetail.runtime.typed.TypedCodec} is the base of the codecs without a shared shape. {@link
 * dev.dovetail.runtime.typed.TypedFuncPlan} adds the spilling rules of a function type. The mapping
 * table is on {@link dev.dovetail.runtime.typed.TypeMapper}.
 */
package dev.dovetail.runtime.typed;
