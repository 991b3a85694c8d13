package dev.dovetail.runtime;

import dev.dovetail.abi.Val;
import dev.dovetail.abi.type.FuncType;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A host function that completes later (Wasmtime's {@code func_wrap_concurrent}), defined with
 * {@link LinkerInstance#funcAsync}: it returns a future of the result ({@code null} value for a
 * function without result), which may complete on any Java thread. Meanwhile the calling guest task
 * blocks (sync lowering) or continues with a subtask (async lowering), and other tasks of the store
 * run. When the guest cancels the subtask, the future is cancelled ({@code cancel(true)}):
 * cancellation reaches the host.
 */
@FunctionalInterface
public interface AsyncHostFunction<T> {
    CompletableFuture<Val> call(Store<T> store, FuncType type, List<Val> params);
}
