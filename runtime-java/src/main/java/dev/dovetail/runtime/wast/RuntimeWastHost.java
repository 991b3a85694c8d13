package dev.dovetail.runtime.wast;

import dev.dovetail.abi.Val;
import dev.dovetail.format.text.ComponentWat;
import dev.dovetail.runtime.Component;
import dev.dovetail.runtime.Engine;
import dev.dovetail.runtime.Func;
import dev.dovetail.runtime.Linker;
import dev.dovetail.runtime.Store;
import dev.dovetail.runtime.UnsupportedFeatureException;
import java.util.List;

/**
 * Runs a script's components on Dovetail's runtime. All instances of a script share one store, so
 * that a registered instance can be linked into later ones; Wasmtime's host fixture ({@link
 * WasmtimeHostFixture}) is linked in too.
 */
public final class RuntimeWastHost implements WastHost {
    private final Engine engine;
    private final Store<Void> store;
    private final Linker<Void> linker;

    public RuntimeWastHost(Engine engine) {
        this.engine = engine;
        this.store = new Store<>(engine, null);
        this.linker = new Linker<Void>(engine).allowShadowing(true);
        WasmtimeHostFixture.define(linker);
    }

    @Override
    public WastHost.Instance instantiate(ComponentWat.Compiled module) {
        if (!module.component()) {
            throw new UnsupportedFeatureException("core module directives in component scripts");
        }
        Component component = Component.fromBytes(engine, module.bytes());
        return new Live(linker.instantiate(store, component));
    }

    @Override
    public void register(String name, WastHost.Instance instance) {
        linker.root().instance(name, ((Live) instance).instance);
    }

    private final class Live implements WastHost.Instance {
        private final dev.dovetail.runtime.Instance instance;

        Live(dev.dovetail.runtime.Instance instance) {
            this.instance = instance;
        }

        @Override
        public List<Val> invoke(String name, List<Val> args) {
            Func f = instance.getFunc(name);
            Val result = f.call(store, args.toArray(new Val[0]));
            return result == null ? List.of() : List.of(result);
        }
    }
}
