/**
 * Instantiation and calls. {@link dev.dovetail.runtime.internal.exec.Instantiator} walks a
 * validated component with a {@link dev.dovetail.runtime.internal.exec.Scope} of run-time index
 * spaces and creates core instances, {@link dev.dovetail.runtime.internal.exec.LiftedFunc}s ({@code
 * canon lift}: a component function over a core function) and {@link
 * dev.dovetail.runtime.internal.exec.LoweredFunc}s ({@code canon lower}: a core function over a
 * component function). {@link dev.dovetail.runtime.internal.exec.Traps} words the traps.
 */
package dev.dovetail.runtime.internal.exec;
