package dev.dovetail.runtime;

import dev.dovetail.abi.Trap;
import dev.dovetail.abi.Val;
import dev.dovetail.abi.type.FuncType;
import dev.dovetail.abi.type.ResourceType;
import dev.dovetail.format.types.ComponentItem;
import dev.dovetail.runtime.internal.exec.RuntimeFunc;
import dev.dovetail.runtime.internal.exec.RuntimeItem;
import dev.dovetail.runtime.internal.state.ComponentInstanceState;
import dev.dovetail.runtime.internal.state.DefinedResourceType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Matching a component's imports with a {@link Linker}'s definitions: once per component in {@link
 * Linker#instantiatePre} (by name and kind), then cheaply per store at instantiation.
 */
final class Imports {
    private Imports() {}

    /** A resolved import, independent of any store. */
    sealed interface Resolved {
        record Func(
                String name, FuncType type, HostFunction<?> function, AsyncHostFunction<?> async)
                implements Resolved {}

        record TrapFunc(String name, FuncType type) implements Resolved {}

        record Typed(String name, FuncType type, TypedHost<?> host) implements Resolved {}

        record Inst(Map<String, Resolved> exports) implements Resolved {}

        record Resource(ResourceType type) implements Resolved {}

        record Type(ComponentItem.Type type) implements Resolved {}

        /** A core module supplied by the host. */
        record Module(dev.dovetail.runtime.internal.core.CompiledModule module)
                implements Resolved {}

        /** An export of a live instance, usable only in that instance's store. */
        record Live(String name, RuntimeItem item, Store<?> store) implements Resolved {}
    }

    static <T> Map<String, Resolved> resolve(Linker<T> linker, Component component) {
        Map<String, Resolved> out = new LinkedHashMap<>();
        component
                .componentType()
                .imports()
                .forEach((name, type) -> out.put(name, resolve(linker.root(), name, type)));
        return out;
    }

    private static <T> Resolved resolve(LinkerInstance<T> in, String name, ComponentItem type) {
        if (type instanceof ComponentItem.Type t) {
            return new Resolved.Type(t); // value types need no definition
        }
        LinkerInstance.Definition d = in.get(name);
        String qualified = in.qualified(name);
        if (d == null) {
            throw new UnlinkableException(
                    "component imports "
                            + type.kind()
                            + " `"
                            + qualified
                            + "`, but a matching implementation was not found in the linker");
        }
        if (type instanceof ComponentItem.ComponentFunc f) {
            if (d instanceof LinkerInstance.Definition.Func<?> hf) {
                return new Resolved.Func(qualified, f.type(), hf.function(), hf.async());
            }
            if (d instanceof LinkerInstance.Definition.Typed<?> td) {
                td.host().check(qualified, f.type());
                return new Resolved.Typed(qualified, f.type(), td.host());
            }
            if (d instanceof LinkerInstance.Definition.Trap) {
                return new Resolved.TrapFunc(qualified, f.type());
            }
        } else if (type instanceof ComponentItem.ComponentInstance it) {
            if (d instanceof LinkerInstance.Definition.Live live) {
                return new Resolved.Live(
                        qualified, live.instance().root(), live.instance().store());
            }
            if (d instanceof LinkerInstance.Definition.Nested<?> n) {
                @SuppressWarnings("unchecked")
                LinkerInstance<T> nested = (LinkerInstance<T>) n.instance();
                Map<String, Resolved> exports = new LinkedHashMap<>();
                it.type().exports().forEach((e, t) -> exports.put(e, resolve(nested, e, t)));
                return new Resolved.Inst(exports);
            }
        } else if (type instanceof ComponentItem.Resource) {
            if (d instanceof LinkerInstance.Definition.Resource r) {
                return new Resolved.Resource(r.type());
            }
        } else if (type instanceof ComponentItem.Module m) {
            if (d instanceof LinkerInstance.Definition.Module mod) {
                String mismatch = moduleMismatch(m.type(), mod.type());
                if (mismatch != null) {
                    throw new UnlinkableException(
                            "import `" + qualified + "` has the wrong type: " + mismatch);
                }
                return new Resolved.Module(mod.module());
            }
        } else {
            throw new UnlinkableException(
                    "import `"
                            + qualified
                            + "` of kind "
                            + type.kind()
                            + " cannot be defined by"
                            + " the host yet");
        }
        throw new UnlinkableException(
                "import `"
                        + qualified
                        + "` has the wrong type: expected "
                        + type.kind()
                        + ", found "
                        + describe(d));
    }

    /** Why module type {@code actual} cannot stand for {@code expected}, or null. */
    static String moduleMismatch(
            dev.dovetail.format.types.ModuleType expected,
            dev.dovetail.format.types.ModuleType actual) {
        for (var e : expected.exports().entrySet()) {
            var found = actual.exports().get(e.getKey());
            if (found == null) {
                return "the module has no export `" + e.getKey() + "`";
            }
            if (!found.kind().equals(e.getValue().kind())
                    || (found instanceof dev.dovetail.format.types.CoreExtern.Func
                            && !found.equals(e.getValue()))) {
                return "export `" + e.getKey() + "` is " + found + ", expected " + e.getValue();
            }
        }
        for (var i : actual.imports()) {
            if (expected.findImport(i.module(), i.name()) == null) {
                return "the module imports `"
                        + i.module()
                        + "` `"
                        + i.name()
                        + "`, which the component does not supply";
            }
        }
        return null;
    }

    private static String describe(LinkerInstance.Definition d) {
        if (d instanceof LinkerInstance.Definition.Module) {
            return "core module";
        }
        if (d instanceof LinkerInstance.Definition.Func<?>
                || d instanceof LinkerInstance.Definition.Typed<?>
                || d instanceof LinkerInstance.Definition.Trap) {
            return "func";
        } else if (d instanceof LinkerInstance.Definition.Nested<?>
                || d instanceof LinkerInstance.Definition.Live) {
            return "instance";
        }
        return "resource";
    }

    // ---- per store ------------------------------------------------------------------------

    static Map<String, RuntimeItem> bind(Map<String, Resolved> resolved, Store<?> store) {
        Map<String, RuntimeItem> out = new LinkedHashMap<>();
        resolved.forEach((n, r) -> out.put(n, bind(r, store)));
        return out;
    }

    private static RuntimeItem bind(Resolved r, Store<?> store) {
        if (r instanceof Resolved.Func f) {
            if (f.async() != null) {
                return new RuntimeItem.Func(new AsyncHostFunc<>(f, store));
            }
            return new RuntimeItem.Func(new HostFunc<>(f, store));
        } else if (r instanceof Resolved.Typed t) {
            return new RuntimeItem.Func(t.host().bind(store, t.name(), t.type()));
        } else if (r instanceof Resolved.TrapFunc t) {
            return new RuntimeItem.Func(
                    new RuntimeFunc() {
                        @Override
                        public FuncType type() {
                            return t.type();
                        }

                        @Override
                        public Val call(ComponentInstanceState caller, Val[] args) {
                            throw new Trap(
                                    "called an import defined as a trap by"
                                            + " defineUnknownImportsAsTraps: `"
                                            + t.name()
                                            + "`");
                        }
                    });
        } else if (r instanceof Resolved.Inst i) {
            return new RuntimeItem.Instance(bind(i.exports(), store));
        } else if (r instanceof Resolved.Resource res) {
            return new RuntimeItem.Resource(res.type());
        } else if (r instanceof Resolved.Module m) {
            return new RuntimeItem.Module(m.module());
        } else if (r instanceof Resolved.Live live) {
            if (live.store() != store) {
                throw new UnlinkableException(
                        "import `" + live.name() + "` is linked to an instance of another store");
            }
            return live.item();
        }
        return new RuntimeItem.Type(((Resolved.Type) r).type().type());
    }

    /** A host function bound to its store. */
    private record HostFunc<T>(Resolved.Func def, Store<T> store) implements RuntimeFunc {
        @Override
        public FuncType type() {
            return def.type();
        }

        @Override
        @SuppressWarnings("unchecked")
        public Val call(ComponentInstanceState caller, Val[] args) {
            Val result =
                    ((HostFunction<T>) def.function())
                            .call(store, def.type(), List.copyOf(Arrays.asList(args)));
            if (def.type().result() != null && result == null) {
                throw new IllegalArgumentException(
                        "host function `"
                                + def.name()
                                + "` returned no value; expected "
                                + def.type().result());
            }
            if (def.type().result() == null && result != null) {
                throw new IllegalArgumentException(
                        "host function `" + def.name() + "` returned a value but has no result");
            }
            return result;
        }
    }

    // ---- unknown imports as traps ---------------------------------------------------------

    static <T> void defineTraps(Linker<T> linker, Component component) {
        component
                .componentType()
                .imports()
                .forEach((name, type) -> defineTrap(linker.root(), name, type));
    }

    private static <T> void defineTrap(LinkerInstance<T> in, String name, ComponentItem type) {
        if (type instanceof ComponentItem.ComponentFunc) {
            in.defineTrap(name);
        } else if (type instanceof ComponentItem.ComponentInstance it) {
            LinkerInstance<T> nested = in.instance(name);
            it.type().exports().forEach((e, t) -> defineTrap(nested, e, t));
        } else if (type instanceof ComponentItem.Resource && in.get(name) == null) {
            in.resource(name, (store, rep) -> {});
        }
    }

    /** A fresh host resource type with no destructor (for trap definitions). */
    static DefinedResourceType freshResource(String name) {
        return new DefinedResourceType(name, null, null);
    }
}
