package dev.dovetail.format.text.component;

import dev.dovetail.format.model.Alias;
import dev.dovetail.format.model.Sort;
import dev.dovetail.format.text.SExpr;
import dev.dovetail.format.text.WatException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One level of name resolution: a component, a component or instance type, or a core module type.
 * It owns the index spaces of that level and the sink its definitions are written to.
 */
final class Scope {
    /** One index space: how many entries it has and which of them carry a {@code $name}. */
    static final class Space {
        private final Map<String, Long> names = new HashMap<>();
        private long count;

        long count() {
            return count;
        }

        Long lookup(String id) {
            return names.get(id);
        }
    }

    final String id;
    final Sink sink;
    private final EnumMap<Sort, Space> spaces = new EnumMap<>(Sort.class);

    /** Aliases created while resolving the item in progress, emitted just before it. */
    final List<Alias> pending = new ArrayList<>();

    Scope(String id, Sink sink) {
        this.id = id;
        this.sink = sink;
        for (Sort s : Sort.values()) {
            spaces.put(s, new Space());
        }
    }

    Space space(Sort sort) {
        return spaces.get(sort);
    }

    /** Appends one entry to {@code sort}'s index space, naming it {@code id} when not null. */
    long register(Sort sort, String id, SExpr at) {
        Space s = spaces.get(sort);
        long index = s.count++;
        if (id != null) {
            if (s.names.putIfAbsent(id, index) != null) {
                throw WatException.at(at, "duplicate " + describe(sort) + " identifier $" + id);
            }
        }
        return index;
    }

    /** The wording wasm-tools uses for each index space. */
    static String describe(Sort sort) {
        return sort.toString();
    }
}
