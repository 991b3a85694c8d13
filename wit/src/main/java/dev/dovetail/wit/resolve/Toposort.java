package dev.dovetail.wit.resolve;

import dev.dovetail.wit.syntax.Ast;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Orders named items after their dependencies, earlier declarations first among the ready ones (as
 * wit-parser orders them, so that errors name the same item). A dependency on an unknown name, or a
 * cycle, is an error at the offending reference.
 */
final class Toposort {
    private Toposort() {}

    static List<String> sort(String kind, Map<String, List<Ast.Id>> dependencies) {
        List<String> names = new ArrayList<>(dependencies.keySet());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        int[] remaining = new int[names.size()];
        List<List<Integer>> dependents = new ArrayList<>();
        names.forEach((name) -> dependents.add(new ArrayList<>()));
        for (int i = 0; i < names.size(); i++) {
            List<Ast.Id> edges = dependencies.get(names.get(i));
            remaining[i] = edges.size();
            for (Ast.Id edge : edges) {
                Integer target = index.get(edge.name());
                if (target == null) {
                    throw edge.span().error(kind + " `" + edge.name() + "` does not exist");
                }
                dependents.get(target).add(i);
            }
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int i = 0; i < names.size(); i++) {
            if (remaining[i] == 0) {
                ready.add(i);
            }
        }
        List<String> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            int next = ready.poll();
            order.add(names.get(next));
            for (int dependent : dependents.get(next)) {
                if (--remaining[dependent] == 0) {
                    ready.add(dependent);
                }
            }
        }
        if (order.size() == names.size()) {
            return order;
        }
        for (int i = 0; i < names.size(); i++) {
            if (remaining[i] == 0) {
                continue;
            }
            for (Ast.Id edge : dependencies.get(names.get(i))) {
                if (remaining[index.get(edge.name())] != 0) {
                    throw edge.span().error(kind + " `" + edge.name() + "` depends on itself");
                }
            }
        }
        throw new IllegalStateException("cycle without an edge");
    }
}
