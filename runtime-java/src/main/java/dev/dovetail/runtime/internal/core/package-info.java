/**
 * The core-engine adapter: {@link dev.dovetail.runtime.internal.core.CompiledModule} (a core module
 * parsed and compiled once by Chicory), {@link dev.dovetail.runtime.internal.core.ChicoryMemory}
 * (abi-core's {@code LinearMemory} over a Chicory memory) and the workarounds for Chicory 1.7.5
 * ({@link dev.dovetail.runtime.internal.core.TypeSectionPrefix}, {@link
 * dev.dovetail.runtime.internal.core.EmptyImportNames}).
 */
package dev.dovetail.runtime.internal.core;
