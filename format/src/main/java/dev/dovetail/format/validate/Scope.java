package dev.dovetail.format.validate;

import dev.dovetail.abi.type.ResourceType;
import dev.dovetail.format.model.ComponentModel;
import dev.dovetail.format.model.Section;
import dev.dovetail.format.types.ComponentItem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Validates one component, component type or instance type, section by section. */
final class Scope extends CanonDefinitions {
    Scope(ScopeState parent, ScopeKind kind) {
        super(parent, kind);
    }

    void component(ComponentModel m) {
        for (Section sec : m.sections()) {
            if (sec instanceof Section.CustomSection c) {
            } else if (sec instanceof Section.CoreModuleSection c) {
                coreModules.add(CoreModules.moduleType(c.bytes()));
            } else if (sec instanceof Section.CoreInstanceSection c) {
                c.instances().forEach(this::coreInstance);
            } else if (sec instanceof Section.CoreTypeSection c) {
                c.types().forEach(this::coreType);
            } else if (sec instanceof Section.ComponentSection c) {
                Scope child = new Scope(this, ScopeKind.COMPONENT);
                child.component(c.component());
                ComponentTypeDef ct = child.finish();
                nested.put(components.size(), child.info(ct));
                components.add(ct);
            } else if (sec instanceof Section.InstanceSection c) {
                c.instances().forEach(this::instance);
            } else if (sec instanceof Section.AliasSection c) {
                c.aliases().forEach(this::alias);
            } else if (sec instanceof Section.TypeSection c) {
                c.types().forEach(t -> types.add(defType(t)));
            } else if (sec instanceof Section.CanonSection c) {
                c.canons().forEach(this::canon);
            } else if (sec instanceof Section.StartSection c) {
                start(c.start());
            } else if (sec instanceof Section.ImportSection c) {
                c.imports().forEach(this::importDef);
            } else if (sec instanceof Section.ExportSection c) {
                c.exports().forEach(this::exportDef);
            } else if (sec instanceof Section.ValueSection c) {
                c.values()
                        .forEach(
                                v -> {
                                    values.add(valType(v.type()));
                                    valueUsed.add(false);
                                });
            }
        }
    }

    ComponentTypeDef finish() {
        if (kind == ScopeKind.COMPONENT) {
            for (int i = 0; i < valueUsed.size(); i++) {
                if (!valueUsed.get(i)) {
                    throw err(
                            "value index "
                                    + i
                                    + " was not used as part of an instantiation, start function, or export");
                }
            }
        }
        List<Resource> defined = new ArrayList<>(definedRes);
        return new ComponentTypeDef(
                new LinkedHashMap<>(imports),
                new LinkedHashMap<>(exports),
                List.copyOf(importedRes),
                defined);
    }

    ComponentTypeInfo info() {
        return info(finish());
    }

    ComponentTypeInfo info(ComponentTypeDef ct) {
        PublicTypes pub = new PublicTypes();
        List<ComponentItem> pf =
                funcs.stream()
                        .map(f -> (ComponentItem) new ComponentItem.ComponentFunc(pub.func(f)))
                        .toList();
        List<ComponentItem> pv =
                values.stream()
                        .map(v -> (ComponentItem) new ComponentItem.Value(pub.val(v)))
                        .toList();
        List<ComponentItem> pt = types.stream().map(pub::typeItem).toList();
        List<ComponentItem> pc =
                components.stream()
                        .map(c -> (ComponentItem) new ComponentItem.Component(pub.comp(c)))
                        .toList();
        List<ComponentItem> pi =
                instances.stream()
                        .map(i -> (ComponentItem) new ComponentItem.ComponentInstance(pub.inst(i)))
                        .toList();
        Set<ResourceType> local = new LinkedHashSet<>();
        localRes.forEach(r -> local.add(r.abi()));
        Set<ResourceType> imported = new LinkedHashSet<>();
        importedRes.forEach(r -> imported.add(r.abi()));
        Set<ResourceType> defined = new LinkedHashSet<>();
        definedRes.forEach(r -> defined.add(r.abi()));
        return new ComponentTypeInfo(
                pub.comp(ct),
                pf,
                pv,
                pt,
                pc,
                pi,
                List.copyOf(coreFuncs),
                List.copyOf(coreTables),
                List.copyOf(coreMemories),
                List.copyOf(coreGlobals),
                List.copyOf(coreTags),
                Collections.unmodifiableList(new ArrayList<>(coreTypes)),
                List.copyOf(coreModules),
                List.copyOf(coreInstances),
                Collections.unmodifiableMap(new LinkedHashMap<>(nested)),
                Collections.unmodifiableSet(local),
                Collections.unmodifiableSet(imported),
                Collections.unmodifiableSet(defined));
    }

    // The start definition.

    void start(dev.dovetail.format.model.Start st) {
        FunctionType f = at(funcs, st.func(), "function");
        if (f.params().size() != st.args().size()) {
            throw err(
                    "component start function requires "
                            + f.params().size()
                            + " arguments but was given "
                            + st.args().size());
        }
        for (int i = 0; i < st.args().size(); i++) {
            ValueType v = at(values, st.args().get(i), "value");
            markValueUsed(st.args().get(i));
            String m = TypeEquality.mismatch(v, f.params().get(i), null);
            if (m != null) {
                throw err("type mismatch in start function argument " + i + ": " + m);
            }
        }
        long want = f.result() == null ? 0 : 1;
        if (st.results() != want) {
            throw err(
                    "component start function has a result count of "
                            + want
                            + " but the function type has a result count of "
                            + st.results());
        }
        if (f.result() != null) {
            values.add(f.result());
            valueUsed.add(false);
        }
    }
}
