/**
 * Component Model concurrency, mirrored from the reference ({@code definitions.py} of
 * WebAssembly/component-model, the commit the conformance tests come from) so that the two read
 * side by side: the same class names ({@link dev.dovetail.runtime.internal.concurrent.Task}, {@link
 * dev.dovetail.runtime.internal.concurrent.Subtask}, {@link
 * dev.dovetail.runtime.internal.concurrent.WaitableSet}, {@link
 * dev.dovetail.runtime.internal.concurrent.CopyEnd}, {@link
 * dev.dovetail.runtime.internal.concurrent.CopyState}...) and method names in Java case.
 *
 * <p><b>The machine.</b> Components that use the async ABI (see {@code exec.AsyncUse}) run every
 * call as a {@code Task} with a {@link dev.dovetail.runtime.internal.concurrent.GuestThread}. A
 * guest thread that may pause runs on its own pooled Java thread ({@link
 * dev.dovetail.runtime.internal.concurrent.Carriers}: platform threads with a large stack, or
 * virtual threads on JDK 24+); {@code resume} and {@code block} hand a single baton between
 * carriers, exactly as the reference does with Python threads and locks, so exactly one guest
 * thread of a store runs at a time and the order is deterministic. {@link
 * dev.dovetail.runtime.internal.concurrent.StoreLoop} is the reference's {@code Store}: the waiting
 * threads and {@code tick}. Components without async keep the direct call path of {@code
 * exec.LiftedFunc} and never touch this package.
 *
 * <p><b>Entry points.</b> {@link dev.dovetail.runtime.internal.concurrent.CanonLift} ({@code canon
 * lift}, and the host's call that drives the loop until the call resolves), {@link
 * dev.dovetail.runtime.internal.concurrent.CanonLower} ({@code canon lower}), {@link
 * dev.dovetail.runtime.internal.concurrent.Builtins} (tasks, waitable sets, subtasks, threads),
 * {@link dev.dovetail.runtime.internal.concurrent.Copies} (streams and futures) and {@link
 * dev.dovetail.runtime.internal.concurrent.ErrorContexts}.
 *
 * <p><b>Where it differs from the reference</b> (each follows wasmtime, whose behaviour the
 * reference tests encode): a synchronous function type may not block before returning ({@code
 * may_block}, "cannot block a synchronous task before returning"); a call between an instance and
 * its ancestor or descendant traps; a synchronous task takes the instance's stack exclusively; a
 * callback task that returned and then blocks synchronously lets other tasks start; a stream copy
 * cancelled after a partial transfer reports CANCELLED with its progress; the first ready thread is
 * resumed where the reference picks one at random.
 */
package dev.dovetail.runtime.internal.concurrent;
