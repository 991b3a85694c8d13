package dev.dovetail.runtime;

import dev.dovetail.abi.Val;
import dev.dovetail.abi.type.FuncType;
import java.util.List;

/**
 * A host function defined with {@link LinkerInstance#funcNew}: called with the dynamic values of
 * the arguments and the function type the component imports it with; returns the result, or {@code
 * null} when the type has none. Throwing a {@link dev.dovetail.abi.Trap} traps the caller; any
 * other exception propagates to whoever called into the component.
 */
@FunctionalInterface
public interface HostFunction<T> {
    Val call(Store<T> store, FuncType type, List<Val> params);
}
