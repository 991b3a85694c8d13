package dev.dovetail.runtime.wast;

import dev.dovetail.abi.Trap;
import dev.dovetail.abi.Val;
import dev.dovetail.abi.type.ResourceType;
import dev.dovetail.format.text.Wat;
import dev.dovetail.runtime.Linker;
import dev.dovetail.runtime.LinkerInstance;
import dev.dovetail.runtime.ResourceAny;
import java.util.List;

/**
 * The host definitions Wasmtime's {@code .wast} runner links into every component script ({@code
 * link_component_spectest} in {@code crates/wast/src/spectest.rs}), so that scripts written for
 * Wasmtime run unchanged: {@code host-return-two} at the root and the {@code host} instance with
 * functions, a nested instance, a core module and resource types. Its async functions ({@code
 * host-echo-u32}, {@code never-return}, ...) are left out until Dovetail runs async host calls.
 */
public final class WasmtimeHostFixture {
    /** Drops of {@code resource1} seen by its destructor: how many, and the last representation. */
    private int drops;

    private int lastDrop;

    private WasmtimeHostFixture() {}

    /** Defines the fixture in {@code linker}. */
    public static <T> void define(Linker<T> linker) {
        new WasmtimeHostFixture().defineIn(linker);
    }

    private <T> void defineIn(Linker<T> linker) {
        linker.root().funcNew("host-return-two", (store, type, params) -> Val.u32(2));
        LinkerInstance<T> host = linker.instance("host");
        host.funcNew("return-three", (store, type, params) -> Val.u32(3));
        host.instance("nested").funcNew("return-four", (store, type, params) -> Val.u32(4));
        host.module(
                "simple-module",
                Wat.parseModule(
                        """
                        (module
                          (global (export "g") i32 i32.const 100)
                          (func (export "f") (result i32) i32.const 101))
                        """));
        ResourceType resource1 =
                host.resource(
                        "resource1",
                        (store, rep) -> {
                            drops++;
                            lastDrop = rep;
                        });
        host.resource("resource2", (store, rep) -> {});
        host.resource("resource1-again", resource1);
        host.funcNew(
                "[constructor]resource1",
                (store, type, params) ->
                        new Val.Resource(new ResourceAny(resource1, u32(params, 0), true)));
        host.funcNew(
                "[static]resource1.assert",
                (store, type, params) -> {
                    check(handle(params, 0).rep() == u32(params, 1), "rep");
                    return null;
                });
        host.funcNew("[static]resource1.last-drop", (store, type, params) -> Val.u32(lastDrop));
        host.funcNew("[static]resource1.drops", (store, type, params) -> Val.u32(drops));
        host.funcNew(
                "[method]resource1.simple",
                (store, type, params) -> {
                    ResourceAny self = handle(params, 0);
                    check(!self.owned(), "borrowed self");
                    check(self.rep() == u32(params, 1), "rep");
                    return null;
                });
        host.funcNew(
                "[method]resource1.take-borrow",
                (store, type, params) -> {
                    check(!handle(params, 0).owned() && !handle(params, 1).owned(), "borrows");
                    return null;
                });
        host.funcNew(
                "[method]resource1.take-own",
                (store, type, params) -> {
                    check(!handle(params, 0).owned() && handle(params, 1).owned(), "own");
                    return null;
                });
        host.funcNew("return-hi", (store, type, params) -> new Val.Str("hi"));
    }

    private static int u32(List<Val> params, int i) {
        return (int) ((Val.U32) params.get(i)).longValue();
    }

    private static ResourceAny handle(List<Val> params, int i) {
        return (ResourceAny) ((Val.Resource) params.get(i)).handle();
    }

    /** Wasmtime's fixture panics on a failed assertion, which fails the call: a trap here. */
    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new Trap("host fixture assertion failed: " + what);
        }
    }
}
