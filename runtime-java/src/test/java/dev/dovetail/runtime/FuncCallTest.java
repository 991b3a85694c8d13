package dev.dovetail.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.abi.Trap;
import dev.dovetail.abi.Val;
import dev.dovetail.abi.type.PrimType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dynamic calls end to end, on both Chicory machines. */
class FuncCallTest {
    private static final List<Component> COMPONENTS = new ArrayList<>();

    private static Component greeter(boolean compiler) {
        return Component.fromWat(Engine.builder().compiler(compiler).build(), Fixtures.GREETER);
    }

    private static Linker<List<String>> linker(Engine engine) {
        Linker<List<String>> linker = new Linker<>(engine);
        linker.root()
                .funcNew(
                        "log",
                        (store, type, params) -> {
                            store.data().add(((Val.Str) params.get(0)).value());
                            return null;
                        });
        return linker;
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void callsExportsAndHostImports(boolean compiler) {
        Component c = greeter(compiler);
        Store<List<String>> store = new Store<>(c.engine(), new ArrayList<>());
        Instance instance = linker(c.engine()).instantiate(store, c);

        assertEquals(Val.u32(42), instance.getFunc("add").call(store, Val.u32(40), Val.u32(2)));
        // u32 wraps around in the guest: the bits come back as the unsigned value
        assertEquals(
                Val.u32(0xFFFF_FFFFL),
                instance.getFunc("add").call(store, Val.u32(0xFFFF_FFFEL), Val.u32(1)));
        assertEquals(
                Val.str("héllo ☃ 🍰"),
                instance.getFunc("greet").call(store, Val.str("héllo ☃ 🍰")));
        assertEquals(List.of("héllo ☃ 🍰"), store.data());
        assertEquals(Val.u32(1), instance.getFunc("count").call(store));
        assertNull(instance.getFunc("fail").type().result());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void describesTheExportedTypes(boolean compiler) {
        Component c = greeter(compiler);
        assertEquals(
                "func(name: string) -> string",
                c.componentType()
                        .exports()
                        .get("greet")
                        .toString()
                        .replace("ComponentFunc[type=", "")
                        .replace("]", ""));
        Store<List<String>> store = new Store<>(c.engine(), new ArrayList<>());
        Func greet = linker(c.engine()).instantiate(store, c).getFunc("greet");
        assertEquals("name", greet.type().params().get(0).name());
        assertEquals(PrimType.STRING, greet.type().result());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void wrongArgumentsNameTheParameterAndType(boolean compiler) {
        Component c = greeter(compiler);
        Store<List<String>> store = new Store<>(c.engine(), new ArrayList<>());
        Instance instance = linker(c.engine()).instantiate(store, c);
        Func add = instance.getFunc("add");
        var kind =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> add.call(store, Val.str("x"), Val.u32(1)));
        assertTrue(
                kind.getMessage().contains("parameter 0 (`a`): expected u32, found Str"),
                kind.getMessage());
        var arity = assertThrows(IllegalArgumentException.class, () -> add.call(store, Val.u32(1)));
        assertTrue(
                arity.getMessage().contains("expected 2 argument(s), found 1"), arity.getMessage());
        // a host error does not poison the instance
        assertEquals(Val.u32(3), add.call(store, Val.u32(1), Val.u32(2)));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void unknownExportsListWhatExists(boolean compiler) {
        Component c = greeter(compiler);
        Store<List<String>> store = new Store<>(c.engine(), new ArrayList<>());
        Instance instance = linker(c.engine()).instantiate(store, c);
        var e = assertThrows(IllegalArgumentException.class, () -> instance.getFunc("nope"));
        assertEquals(
                "no export named `nope`; exported functions are [add, count, fail, greet]",
                e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aTrapPoisonsOnlyItsInstance(boolean compiler) {
        Component c = greeter(compiler);
        Store<List<String>> store = new Store<>(c.engine(), new ArrayList<>());
        InstancePre<List<String>> pre = linker(c.engine()).instantiatePre(c);
        Instance first = pre.instantiate(store);
        var trap = assertThrows(Trap.class, () -> first.getFunc("fail").call(store));
        assertEquals("wasm trap: wasm `unreachable` instruction executed", trap.getMessage());
        var again =
                assertThrows(
                        Trap.class, () -> first.getFunc("add").call(store, Val.u32(1), Val.u32(1)));
        assertEquals("cannot enter component instance", again.getMessage());
        Instance second = pre.instantiate(store);
        assertEquals(Val.u32(2), second.getFunc("add").call(store, Val.u32(1), Val.u32(1)));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void hostExceptionsPropagateUnchanged(boolean compiler) {
        Component c = greeter(compiler);
        Linker<Void> linker = new Linker<>(c.engine());
        IllegalStateException boom = new IllegalStateException("host is out of paper");
        linker.root()
                .funcNew(
                        "log",
                        (store, type, params) -> {
                            throw boom;
                        });
        Store<Void> store = new Store<>(c.engine(), null);
        Instance instance = linker.instantiate(store, c);
        var e =
                assertThrows(
                        IllegalStateException.class,
                        () -> instance.getFunc("greet").call(store, Val.str("x")));
        assertEquals(boom, e);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aHostResultOfTheWrongTypeIsAHostError(boolean compiler) {
        Component c = greeter(compiler);
        Linker<Void> linker = new Linker<>(c.engine());
        linker.root().funcNew("log", (store, type, params) -> Val.u32(1));
        Store<Void> store = new Store<>(c.engine(), null);
        Instance instance = linker.instantiate(store, c);
        var e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> instance.getFunc("greet").call(store, Val.str("x")));
        assertTrue(e.getMessage().contains("returned a value but has no result"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aStoreIsUsedByOneThreadAtATime(boolean compiler) throws Exception {
        Component c = greeter(compiler);
        Linker<Void> linker = new Linker<>(c.engine());
        Store<Void> store = new Store<>(c.engine(), null);
        AtomicReference<Throwable> fromOtherThread = new AtomicReference<>();
        AtomicReference<Instance> holder = new AtomicReference<>();
        linker.root()
                .funcNew(
                        "log",
                        (s, type, params) -> {
                            Thread t =
                                    new Thread(
                                            () -> {
                                                try {
                                                    holder.get()
                                                            .getFunc("add")
                                                            .call(store, Val.u32(1), Val.u32(1));
                                                } catch (Throwable e) {
                                                    fromOtherThread.set(e);
                                                }
                                            });
                            t.start();
                            try {
                                t.join();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            return null;
                        });
        holder.set(linker.instantiate(store, c));
        holder.get().getFunc("greet").call(store, Val.str("x"));
        assertTrue(
                fromOtherThread.get() instanceof IllegalStateException,
                String.valueOf(fromOtherThread.get()));
        assertTrue(fromOtherThread.get().getMessage().contains("one thread at a time"));
        // once the first thread is out, another thread may use the store
        Thread later =
                new Thread(() -> holder.get().getFunc("add").call(store, Val.u32(1), Val.u32(1)));
        later.start();
        later.join();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void funcsBelongToTheirStore(boolean compiler) {
        Component c = greeter(compiler);
        Linker<List<String>> linker = linker(c.engine());
        Store<List<String>> a = new Store<>(c.engine(), new ArrayList<>());
        Store<List<String>> b = new Store<>(c.engine(), new ArrayList<>());
        Func add = linker.instantiate(a, c).getFunc("add");
        assertThrows(IllegalArgumentException.class, () -> add.call(b, Val.u32(1), Val.u32(1)));
    }
}
