package dev.dovetail.wit.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * An index-free rendering of a wit-parser style JSON resolution: one line per package, interface,
 * type, function and world item, with every type reference spelled by its owner's name or its
 * structure. Two resolutions with equal line sets have the same structure, whatever order their
 * arenas were filled in.
 */
final class CanonicalForm {
    private final List<Object> packages;
    private final List<Object> interfaces;
    private final List<Object> worlds;
    private final List<Object> types;
    private final Map<Integer, String> interfaceLabels = new HashMap<>();
    private final TreeSet<String> lines = new TreeSet<>();

    @SuppressWarnings("unchecked")
    private CanonicalForm(Map<String, Object> root) {
        packages = (List<Object>) root.get("packages");
        interfaces = (List<Object>) root.get("interfaces");
        worlds = (List<Object>) root.get("worlds");
        types = (List<Object>) root.get("types");
    }

    static TreeSet<String> of(Map<String, Object> root) {
        CanonicalForm form = new CanonicalForm(root);
        form.render();
        return form.lines;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private static int index(Object value) {
        return ((Long) value).intValue();
    }

    private String packageName(Object index) {
        return (String) map(packages.get(index(index))).get("name");
    }

    private String worldLabel(int index) {
        Map<String, Object> world = map(worlds.get(index));
        return packageName(world.get("package")) + "/" + world.get("name");
    }

    private String interfaceLabel(int index) {
        String label = interfaceLabels.get(index);
        if (label != null) {
            return label;
        }
        Map<String, Object> iface = map(interfaces.get(index));
        if (iface.get("name") == null) {
            return "<anonymous " + index + ">";
        }
        return packageName(iface.get("package")) + "/" + iface.get("name");
    }

    private void render() {
        for (int w = 0; w < worlds.size(); w++) {
            Map<String, Object> world = map(worlds.get(w));
            for (String direction : List.of("imports", "exports")) {
                map(world.get(direction))
                        .forEach(
                                (key, item) -> {
                                    Map<String, Object> value = map(item);
                                    if (value.containsKey("interface")) {
                                        int id = index(map(value.get("interface")).get("id"));
                                        if (map(interfaces.get(id)).get("name") == null) {
                                            interfaceLabels.put(
                                                    id,
                                                    worldLabel(0 + indexOf(world))
                                                            + " "
                                                            + direction
                                                            + " "
                                                            + key);
                                        }
                                    }
                                });
            }
        }
        // Arena sizes of interfaces and worlds are part of the structure: an item resolved twice
        // would otherwise render the same lines.
        lines.add("totals: " + interfaces.size() + " interfaces, " + worlds.size() + " worlds");
        for (Object p : packages) {
            Map<String, Object> pkg = map(p);
            lines.add("package " + pkg.get("name") + docs(pkg));
            map(pkg.get("interfaces"))
                    .keySet()
                    .forEach((n) -> lines.add("package " + pkg.get("name") + " interface " + n));
            map(pkg.get("worlds"))
                    .keySet()
                    .forEach((n) -> lines.add("package " + pkg.get("name") + " world " + n));
        }
        for (int i = 0; i < interfaces.size(); i++) {
            Map<String, Object> iface = map(interfaces.get(i));
            String label = interfaceLabel(i);
            lines.add("interface " + label + gates(iface));
            int owner = i;
            map(iface.get("types"))
                    .forEach(
                            (name, id) ->
                                    lines.add(
                                            "type "
                                                    + label
                                                    + "."
                                                    + name
                                                    + " = "
                                                    + definition(index(id), owner)));
            map(iface.get("functions"))
                    .forEach(
                            (name, f) ->
                                    lines.add(
                                            "func " + label + "." + name + " " + function(map(f))));
        }
        for (int w = 0; w < worlds.size(); w++) {
            Map<String, Object> world = map(worlds.get(w));
            String label = worldLabel(w);
            lines.add("world " + label + gates(world));
            for (String direction : List.of("imports", "exports")) {
                map(world.get(direction))
                        .forEach(
                                (key, item) ->
                                        lines.add(
                                                "world "
                                                        + label
                                                        + " "
                                                        + direction
                                                        + " "
                                                        + key(key)
                                                        + " = "
                                                        + item(map(item))));
            }
        }
    }

    private int indexOf(Map<String, Object> world) {
        for (int w = 0; w < worlds.size(); w++) {
            if (worlds.get(w) == world) {
                return w;
            }
        }
        return -1;
    }

    private String key(String key) {
        if (key.startsWith("interface-")) {
            return "["
                    + interfaceLabel(Integer.parseInt(key.substring("interface-".length())))
                    + "]";
        }
        return key;
    }

    private String item(Map<String, Object> item) {
        if (item.containsKey("interface")) {
            Map<String, Object> inner = map(item.get("interface"));
            return "interface " + interfaceLabel(index(inner.get("id"))) + gates(inner);
        }
        if (item.containsKey("function")) {
            return "func " + function(map(item.get("function")));
        }
        int id = index(item.get("type"));
        return "type " + reference(id) + " = " + definition(id, -1);
    }

    private String function(Map<String, Object> function) {
        StringBuilder out = new StringBuilder();
        Object kind = function.get("kind");
        if (kind instanceof String plain) {
            out.append(plain);
        } else {
            map(kind)
                    .forEach(
                            (name, id) ->
                                    out.append(name)
                                            .append('(')
                                            .append(reference(index(id)))
                                            .append(')'));
        }
        out.append(" (");
        for (Object p : (List<?>) function.get("params")) {
            Map<String, Object> param = map(p);
            out.append(param.get("name")).append(": ").append(type(param.get("type"))).append(", ");
        }
        out.append(")");
        if (function.containsKey("result")) {
            out.append(" -> ").append(type(function.get("result")));
        }
        return out + gates(function);
    }

    private String reference(int id) {
        Map<String, Object> def = map(types.get(id));
        if (def.get("name") == null) {
            return kind(def.get("kind"));
        }
        Object owner = def.get("owner");
        String where = "?";
        if (owner != null) {
            Map<String, Object> o = map(owner);
            where =
                    o.containsKey("interface")
                            ? interfaceLabel(index(o.get("interface")))
                            : worldLabel(index(o.get("world")));
        }
        return "#" + where + "." + def.get("name");
    }

    private String definition(int id, int expectedOwner) {
        Map<String, Object> def = map(types.get(id));
        return reference(id) + " := " + kind(def.get("kind")) + gates(def);
    }

    private String type(Object type) {
        if (type == null) {
            return "_";
        }
        if (type instanceof String primitive) {
            return primitive;
        }
        return reference(index(type));
    }

    private String kind(Object kind) {
        if (kind instanceof String plain) {
            return plain;
        }
        Map<String, Object> k = map(kind);
        String name = k.keySet().iterator().next();
        Object value = k.get(name);
        switch (name) {
            case "type", "option", "list", "future", "stream" -> {
                return name + "<" + type(value) + ">";
            }
            case "handle" -> {
                Map<String, Object> handle = map(value);
                String which = handle.keySet().iterator().next();
                return which + "<" + reference(index(handle.get(which))) + ">";
            }
            case "result" -> {
                Map<String, Object> result = map(value);
                return "result<" + type(result.get("ok")) + ", " + type(result.get("err")) + ">";
            }
            case "map", "fixed-length-list" -> {
                List<?> pair = (List<?>) value;
                Object second = pair.get(1);
                return name
                        + "<"
                        + type(pair.get(0))
                        + ", "
                        + (second instanceof Long n && name.startsWith("fixed")
                                ? n.toString()
                                : type(second))
                        + ">";
            }
            case "tuple" -> {
                List<String> parts = new ArrayList<>();
                ((List<?>) map(value).get("types")).forEach((t) -> parts.add(type(t)));
                return "tuple<" + String.join(", ", parts) + ">";
            }
            default -> {
                List<String> parts = new ArrayList<>();
                Map<String, Object> body = map(value);
                List<?> entries = (List<?>) body.values().iterator().next();
                for (Object entry : entries) {
                    Map<String, Object> e = map(entry);
                    parts.add(
                            e.get("name")
                                    + (e.containsKey("type") ? ": " + type(e.get("type")) : ""));
                }
                return name + "{" + String.join(", ", parts) + "}";
            }
        }
    }

    private static String docs(Map<String, Object> item) {
        Object docs = item.get("docs");
        if (docs == null) {
            return "";
        }
        Object contents = map(docs).get("contents");
        return contents == null ? "" : " docs=" + contents.toString().replace("\n", "\\n");
    }

    private static String gates(Map<String, Object> item) {
        Object stability = item.get("stability");
        String text = stability == null ? "" : " gate=" + stability;
        return text + docs(item);
    }
}
