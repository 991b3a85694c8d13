package dev.dovetail.wit.component;

import dev.dovetail.format.types.ComponentItem;
import dev.dovetail.format.types.InstanceType;
import dev.dovetail.wit.model.Function;
import dev.dovetail.wit.model.Interface;
import dev.dovetail.wit.model.PackageName;
import dev.dovetail.wit.model.Stability;
import dev.dovetail.wit.model.TypeDef;
import dev.dovetail.wit.model.TypeDefKind;
import dev.dovetail.wit.model.TypeOwner;
import dev.dovetail.wit.model.World;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The growing model while a component's type is converted, shared by every scope. */
final class Arenas {
    final List<TypeDef> types = new ArrayList<>();
    final List<World> worlds = new ArrayList<>();
    private final List<Interface> interfaces = new ArrayList<>();

    /** Where each named type (nominal value type or resource) was first defined. */
    final Map<Object, Integer> definitions = new HashMap<>();

    final Map<TypeDefKind, Integer> anonymous = new HashMap<>();
    final Map<Integer, Integer> ownHandles = new HashMap<>();

    int addType(TypeDef def) {
        types.add(def);
        return types.size() - 1;
    }

    /** An interface from an instance type; packageIndex -1 for the main package. */
    int anInterface(String name, InstanceType type, int packageIndex) {
        int index = interfaces.size();
        interfaces.add(null);
        Scope scope = new Scope(this, new TypeOwner.OfInterface(index));
        type.exports().forEach(scope::declare);
        Map<String, Function> functions = new LinkedHashMap<>();
        type.exports()
                .forEach(
                        (item, value) -> {
                            if (value instanceof ComponentItem.ComponentFunc function) {
                                functions.put(item, scope.function(item, function.type()));
                            }
                        });
        interfaces.set(
                index,
                new Interface(name, scope.types, functions, null, Stability.UNKNOWN, packageIndex));
        return index;
    }

    /** Interfaces of the main package learn its index once it is known. */
    void setPackages(Map<PackageName, Map<String, Integer>> named, int main) {
        for (int i = 0; i < interfaces.size(); i++) {
            Interface value = interfaces.get(i);
            if (value.packageIndex() < 0) {
                interfaces.set(
                        i,
                        new Interface(
                                value.name(),
                                value.types(),
                                value.functions(),
                                value.docs(),
                                value.stability(),
                                main));
            }
        }
    }

    /**
     * Named interfaces were numbered by the order their packages were first seen; renumbers them
     * for the final package order.
     */
    void renumberPackages(List<PackageName> order, Map<PackageName, Map<String, Integer>> named) {
        for (PackageName name : order) {
            for (int index : named.get(name).values()) {
                Interface value = interfaces.get(index);
                interfaces.set(
                        index,
                        new Interface(
                                value.name(),
                                value.types(),
                                value.functions(),
                                value.docs(),
                                value.stability(),
                                order.indexOf(name)));
            }
        }
    }

    List<Interface> interfaces() {
        return interfaces;
    }
}
