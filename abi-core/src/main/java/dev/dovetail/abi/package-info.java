/**
 * The canonical ABI without an engine: {@link dev.dovetail.abi.Val} (untyped component values), the
 * memory and allocation interfaces the ABI writes through ({@link dev.dovetail.abi.LinearMemory},
 * {@link dev.dovetail.abi.Realloc}), {@link dev.dovetail.abi.LiftLowerContext} (the canonical
 * options of one call) and the exception root {@link dev.dovetail.abi.DovetailException} with
 * {@link dev.dovetail.abi.Trap}. Types are in {@code type}, sizes in {@code layout}, flattening in
 * {@code flat}, the codecs in {@code codec}. Depends on nothing but {@code java.*}.
 */
package dev.dovetail.abi;
