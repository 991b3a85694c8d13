/**
 * Java-typed lifting and lowering for {@link dev.dovetail.runtime.TypedFunc} and typed host
 * functions ({@link dev.dovetail.runtime.LinkerInstance#func}): {@link
 * dev.dovetail.runtime.typed.TypeMapper} checks a Java type against a component value type once and
 * builds a {@link dev.dovetail.runtime.typed.TypedCodec} tree that moves values between Java
 * objects and flat core values or linear memory directly, with abi-core's layout, flattening,
 * string transcoding and trap wordings; {@link dev.dovetail.runtime.typed.TypedFuncPlan} adds the
 * spilling rules of a function type. The mapping table is on {@link
 * dev.dovetail.runtime.typed.TypeMapper}.
 */
package dev.dovetail.runtime.typed;
