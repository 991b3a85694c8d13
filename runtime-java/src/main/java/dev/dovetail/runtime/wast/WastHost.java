package dev.dovetail.runtime.wast;

import dev.dovetail.abi.Val;
import dev.dovetail.format.text.ComponentWat;
import java.util.List;

/**
 * What the runner needs from a runtime to run the directives that instantiate and call: the runtime
 * plugs in here without any change to directive parsing.
 *
 * <p>Failures are reported by exception: {@link dev.dovetail.runtime.UnlinkableException} when
 * imports cannot be satisfied, any other exception while instantiating or invoking counts as a trap
 * (its message is compared with {@code assert_trap}'s by substring).
 */
public interface WastHost {
    /** A live instance the script may invoke. */
    interface Instance {
        /** Calls the exported function {@code name} with {@code args}; returns its results. */
        List<Val> invoke(String name, List<Val> args);
    }

    /**
     * Instantiates a compiled, validated component (or core module), satisfying its imports from
     * the instances registered so far.
     */
    Instance instantiate(ComponentWat.Compiled module);

    /** Makes {@code instance}'s exports importable under {@code name} by later instances. */
    void register(String name, Instance instance);

    /** Whether this host runs components that use the async ABI (tasks, streams, futures...). */
    default boolean supportsAsync() {
        return false;
    }
}
