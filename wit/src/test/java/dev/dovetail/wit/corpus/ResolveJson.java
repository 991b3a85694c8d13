package dev.dovetail.wit.corpus;

import dev.dovetail.wit.model.Function;
import dev.dovetail.wit.model.Interface;
import dev.dovetail.wit.model.Package;
import dev.dovetail.wit.model.Primitive;
import dev.dovetail.wit.model.Resolve;
import dev.dovetail.wit.model.Stability;
import dev.dovetail.wit.model.Type;
import dev.dovetail.wit.model.TypeDef;
import dev.dovetail.wit.model.TypeDefKind;
import dev.dovetail.wit.model.TypeOwner;
import dev.dovetail.wit.model.TypeRef;
import dev.dovetail.wit.model.World;
import dev.dovetail.wit.model.WorldItem;
import dev.dovetail.wit.model.WorldKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Our resolution as the JSON tree wit-parser serializes, so one comparer reads both. */
final class ResolveJson {
    private ResolveJson() {}

    static Map<String, Object> of(Resolve resolve) {
        Map<String, Object> root = new LinkedHashMap<>();
        List<Object> worlds = new ArrayList<>();
        for (World world : resolve.worlds()) {
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("name", world.name());
            w.put("imports", items(world.imports()));
            w.put("exports", items(world.exports()));
            w.put("package", (long) world.packageIndex());
            gates(w, world.stability(), world.docs());
            worlds.add(w);
        }
        List<Object> interfaces = new ArrayList<>();
        for (Interface iface : resolve.interfaces()) {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("name", iface.name());
            Map<String, Object> types = new LinkedHashMap<>();
            iface.types().forEach((name, index) -> types.put(name, (long) index));
            i.put("types", types);
            Map<String, Object> functions = new LinkedHashMap<>();
            iface.functions().forEach((name, function) -> functions.put(name, function(function)));
            i.put("functions", functions);
            gates(i, iface.stability(), iface.docs());
            i.put("package", (long) iface.packageIndex());
            interfaces.add(i);
        }
        List<Object> types = new ArrayList<>();
        for (TypeDef def : resolve.types()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("name", def.name());
            t.put("kind", kind(def.kind()));
            t.put("owner", owner(def.owner()));
            gates(t, def.stability(), def.docs());
            types.add(t);
        }
        List<Object> packages = new ArrayList<>();
        for (Package pkg : resolve.packages()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", pkg.name().toString());
            if (pkg.docs() != null) {
                p.put("docs", Map.of("contents", pkg.docs()));
            }
            Map<String, Object> ifaces = new LinkedHashMap<>();
            pkg.interfaces().forEach((name, index) -> ifaces.put(name, (long) index));
            p.put("interfaces", ifaces);
            Map<String, Object> ws = new LinkedHashMap<>();
            pkg.worlds().forEach((name, index) -> ws.put(name, (long) index));
            p.put("worlds", ws);
            packages.add(p);
        }
        root.put("worlds", worlds);
        root.put("interfaces", interfaces);
        root.put("types", types);
        root.put("packages", packages);
        return root;
    }

    private static Map<String, Object> items(Map<WorldKey, WorldItem> items) {
        Map<String, Object> out = new LinkedHashMap<>();
        items.forEach(
                (key, item) -> {
                    String name =
                            key instanceof WorldKey.Name n
                                    ? n.name()
                                    : "interface-" + ((WorldKey.OfInterface) key).index();
                    Object value;
                    if (item instanceof WorldItem.InterfaceItem iface) {
                        Map<String, Object> inner = new LinkedHashMap<>();
                        inner.put("id", (long) iface.index());
                        gates(inner, iface.stability(), null);
                        value = Map.of("interface", inner);
                    } else if (item instanceof WorldItem.FunctionItem function) {
                        value = Map.of("function", function(function.function()));
                    } else {
                        value = Map.of("type", (long) ((WorldItem.TypeItem) item).index());
                    }
                    out.put(name, value);
                });
        return out;
    }

    private static Map<String, Object> function(Function function) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", function.name());
        String kind = function.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        f.put("kind", function.resource() < 0 ? kind : Map.of(kind, (long) function.resource()));
        List<Object> params = new ArrayList<>();
        for (Function.Param param : function.params()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", param.name());
            p.put("type", type(param.type()));
            params.add(p);
        }
        f.put("params", params);
        if (function.result() != null) {
            f.put("result", type(function.result()));
        }
        gates(f, function.stability(), function.docs());
        return f;
    }

    private static void gates(Map<String, Object> target, Stability stability, String docs) {
        if (docs != null) {
            target.put("docs", Map.of("contents", docs));
        }
        if (stability instanceof Stability.Stable stable) {
            Map<String, Object> inner = new LinkedHashMap<>();
            inner.put("since", stable.since().toString());
            if (stable.deprecated() != null) {
                inner.put("deprecated", stable.deprecated().toString());
            }
            target.put("stability", Map.of("stable", inner));
        } else if (stability instanceof Stability.Unstable unstable) {
            Map<String, Object> inner = new LinkedHashMap<>();
            inner.put("feature", unstable.feature());
            if (unstable.deprecated() != null) {
                inner.put("deprecated", unstable.deprecated().toString());
            }
            target.put("stability", Map.of("unstable", inner));
        }
    }

    private static Object owner(TypeOwner owner) {
        if (owner instanceof TypeOwner.OfInterface iface) {
            return Map.of("interface", (long) iface.index());
        }
        if (owner instanceof TypeOwner.OfWorld world) {
            return Map.of("world", (long) world.index());
        }
        return null;
    }

    static Object type(Type type) {
        if (type == null) {
            return null;
        }
        return type instanceof Primitive primitive
                ? primitive.wit()
                : (Object) (long) ((TypeRef) type).index();
    }

    private static Object kind(TypeDefKind kind) {
        if (kind instanceof TypeDefKind.ResourceType) {
            return "resource";
        }
        if (kind instanceof TypeDefKind.AliasType alias) {
            return Map.of("type", type(alias.target()));
        }
        if (kind instanceof TypeDefKind.HandleType handle) {
            return Map.of(
                    "handle", Map.of(handle.own() ? "own" : "borrow", (long) handle.resource()));
        }
        if (kind instanceof TypeDefKind.RecordType record) {
            List<Object> fields = new ArrayList<>();
            record.fields().forEach((f) -> fields.add(named(f.name(), type(f.type()))));
            return Map.of("record", Map.of("fields", fields));
        }
        if (kind instanceof TypeDefKind.VariantType variant) {
            List<Object> cases = new ArrayList<>();
            variant.cases().forEach((c) -> cases.add(named(c.name(), type(c.type()))));
            return Map.of("variant", Map.of("cases", cases));
        }
        if (kind instanceof TypeDefKind.FlagsType flags) {
            List<Object> cases = new ArrayList<>();
            flags.flags().forEach((c) -> cases.add(Map.of("name", c.name())));
            return Map.of("flags", Map.of("flags", cases));
        }
        if (kind instanceof TypeDefKind.EnumType enumeration) {
            List<Object> cases = new ArrayList<>();
            enumeration.cases().forEach((c) -> cases.add(Map.of("name", c.name())));
            return Map.of("enum", Map.of("cases", cases));
        }
        if (kind instanceof TypeDefKind.TupleType tuple) {
            List<Object> types = new ArrayList<>();
            tuple.types().forEach((t) -> types.add(type(t)));
            return Map.of("tuple", Map.of("types", types));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        if (kind instanceof TypeDefKind.OptionType option) {
            out.put("option", type(option.type()));
        } else if (kind instanceof TypeDefKind.ResultType result) {
            Map<String, Object> inner = new LinkedHashMap<>();
            inner.put("ok", type(result.ok()));
            inner.put("err", type(result.error()));
            out.put("result", inner);
        } else if (kind instanceof TypeDefKind.ListType list) {
            out.put("list", type(list.element()));
        } else if (kind instanceof TypeDefKind.FixedListType list) {
            out.put("fixed-length-list", List.of(type(list.element()), list.size()));
        } else if (kind instanceof TypeDefKind.MapType map) {
            out.put("map", List.of(type(map.key()), type(map.value())));
        } else if (kind instanceof TypeDefKind.FutureType future) {
            out.put("future", type(future.payload()));
        } else if (kind instanceof TypeDefKind.StreamType stream) {
            out.put("stream", type(stream.payload()));
        }
        return out;
    }

    private static Map<String, Object> named(String name, Object type) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", name);
        out.put("type", type);
        return out;
    }
}
