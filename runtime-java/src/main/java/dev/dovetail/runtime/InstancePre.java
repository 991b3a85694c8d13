package dev.dovetail.runtime;

import dev.dovetail.format.model.Section;
import dev.dovetail.runtime.internal.core.CompiledModule;
import dev.dovetail.runtime.internal.exec.InstantiationContext;
import dev.dovetail.runtime.internal.exec.Instantiator;
import dev.dovetail.runtime.internal.exec.RuntimeItem;
import java.util.Map;

/**
 * A component whose imports are resolved and type-checked against a {@link Linker}: instantiating
 * it does no parsing, validation, compilation or name lookup.
 */
public final class InstancePre<T> {
    private final Component component;
    private final Map<String, Imports.Resolved> imports;

    InstancePre(Component component, Map<String, Imports.Resolved> imports) {
        this.component = component;
        this.imports = imports;
    }

    public Component component() {
        return component;
    }

    /**
     * Creates a new instance in {@code store}.
     *
     * @throws dev.dovetail.abi.Trap if a core start function traps
     * @throws UnsupportedFeatureException if the component needs a feature not supported yet
     */
    public Instance instantiate(Store<T> store) {
        store.enter();
        try {
            RuntimeItem.Instance root =
                    Instantiator.instantiate(
                            new Context(store),
                            component.model(),
                            component.info(),
                            Imports.bind(imports, store),
                            null,
                            null);
            return new Instance(store, root, component);
        } finally {
            store.exit();
        }
    }

    private final class Context implements InstantiationContext {
        private final Store<T> store;

        Context(Store<T> store) {
            this.store = store;
        }

        @Override
        public CompiledModule module(Section.CoreModuleSection section) {
            return component.module(section);
        }

        @Override
        public CompiledModule prefixed(CompiledModule fixup, byte[] shim) {
            return component.prefixed(fixup, shim);
        }

        @Override
        public void countInstance() {
            store.countInstance();
        }

        @Override
        public Store<?> store() {
            return store;
        }

        @Override
        public dev.dovetail.runtime.internal.concurrent.StoreLoop loop() {
            return store.loop();
        }

        @Override
        public int maxHandles() {
            return store.limits().maxHandles();
        }

        @Override
        public int maxMemoryPages() {
            return store.limits().maxMemoryPages();
        }

        @Override
        public int maxTableElements() {
            return store.limits().maxTableElements();
        }
    }
}
