package dev.dovetail.runtime.internal.exec;

import dev.dovetail.format.model.Section;
import dev.dovetail.runtime.internal.core.CompiledModule;

/** What instantiation needs from the component and the store, beyond the model itself. */
public interface InstantiationContext {
    /** The module of a core module section, parsed and compiled once per component. */
    CompiledModule module(Section.CoreModuleSection section);

    /** The same module rewritten for the call_indirect workaround, cached per pair. */
    CompiledModule prefixed(CompiledModule fixup, byte[] shim);

    /** Called for every component instance created; may refuse by throwing. */
    void countInstance();

    /** The store being instantiated into. */
    dev.dovetail.runtime.Store<?> store();

    /** The store's event loop, for components that use the async ABI. */
    dev.dovetail.runtime.internal.concurrent.StoreLoop loop();

    /** Most handles an instance's table may hold. */
    int maxHandles();

    /** Most pages any memory may grow to. */
    int maxMemoryPages();

    /** Most elements any table may grow to. */
    int maxTableElements();
}
