package dev.dovetail.format.validate;

import dev.dovetail.format.model.Alias;
import dev.dovetail.format.model.Instance;
import dev.dovetail.format.model.Sort;
import dev.dovetail.format.types.CoreExtern;
import dev.dovetail.format.types.CoreInstanceType;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Aliases (of instance exports and outer definitions) and component instances. */
abstract class AliasesAndInstances extends ImportsAndExports {
    AliasesAndInstances(ScopeState parent, ScopeKind kind) {
        super(parent, kind);
    }

    void alias(Alias a) {
        if (a.target() instanceof Alias.CoreInstanceExport ce) {
            CoreInstanceType it = at(coreInstances, ce.instance(), "core instance");
            CoreExtern e = it.exports().get(ce.name());
            if (e == null) {
                throw err(
                        "core instance "
                                + ce.instance()
                                + " has no export named `"
                                + ce.name()
                                + "`");
            }
            String want =
                    a.sort().coreSort() == null
                            ? a.sort().toString()
                            : a.sort().coreSort().toString();
            String bad =
                    "export `"
                            + ce.name()
                            + "` for core instance "
                            + ce.instance()
                            + " is not a "
                            + want;
            switch (a.sort()) {
                case CORE_FUNC ->
                        coreFuncs.add(e instanceof CoreExtern.Func f ? f.type() : fail(bad));
                case CORE_TABLE -> coreTables.add(e instanceof CoreExtern.Table t ? t : fail(bad));
                case CORE_MEMORY ->
                        coreMemories.add(e instanceof CoreExtern.Memory t ? t : fail(bad));
                case CORE_GLOBAL ->
                        coreGlobals.add(e instanceof CoreExtern.Global t ? t : fail(bad));
                case CORE_TAG -> coreTags.add(e instanceof CoreExtern.Tag t ? t : fail(bad));
                default ->
                        throw err(
                                "invalid alias of a core instance export of sort `"
                                        + a.sort()
                                        + "`");
            }
        } else if (a.target() instanceof Alias.InstanceExport ie) {
            InstanceTypeDef it = at(instances, ie.instance(), "instance");
            EntityType e = it.exports.get(ie.name());
            if (e == null) {
                throw err("instance " + ie.instance() + " has no export named `" + ie.name() + "`");
            }
            String have = EntityType.describe(e);
            String want = sortName(a.sort());
            if (!have.equals(want)) {
                throw err(
                        "export `"
                                + ie.name()
                                + "` for instance "
                                + ie.instance()
                                + " is not a "
                                + want);
            }
            push(e);
        } else if (a.target() instanceof Alias.Outer o) {
            ScopeState target = outer(o.count());
            long i = o.index();
            switch (a.sort()) {
                case CORE_MODULE -> coreModules.add(at(target.coreModules, i, "module"));
                case CORE_TYPE -> coreTypes.add(at(target.coreTypes, i, "core type"));
                case COMPONENT -> components.add(at(target.components, i, "component"));
                case TYPE -> {
                    TypeDef t = target.typeAt(i);
                    boolean crossesComponent = false;
                    for (ScopeState s = this; s != target; s = s.parent) {
                        crossesComponent |= s.kind == ScopeKind.COMPONENT;
                    }
                    if (crossesComponent
                            && TypeProperties.mentionsResource(t, new IdentityHashMap<>())) {
                        throw err(
                                "cannot alias outer type which transitively refers to resources not defined in the current component");
                    }
                    types.add(t);
                }
                default ->
                        throw err(
                                "outer aliases may only refer to core modules, core types, types and components, not `"
                                        + a.sort()
                                        + "`");
            }
        }
    }

    static String sortName(Sort s) {
        return s == Sort.CORE_MODULE ? "module" : s.toString();
    }

    static <T> T fail(String msg) {
        throw err(msg);
    }

    void instance(Instance in) {
        if (in instanceof Instance.Instantiate i) {
            ComponentTypeDef c = at(components, i.component(), "component");
            Map<String, EntityType> args = new LinkedHashMap<>();
            Map<String, String> canon = new HashMap<>();
            for (Instance.Arg a : i.args()) {
                String key = a.name().toLowerCase(Locale.ROOT);
                String prev = canon.putIfAbsent(key, a.name());
                if (prev != null) {
                    throw err(
                            "instantiation argument `"
                                    + a.name()
                                    + "` conflicts with previous argument `"
                                    + prev
                                    + "`");
                }
                args.put(a.name(), entity(a.target()));
            }
            instances.add(instantiate(c, args));
        } else if (in instanceof Instance.FromExports fe) {
            LinkedHashMap<String, EntityType> ex = new LinkedHashMap<>();
            NameContext names = new NameContext();
            for (Instance.Export e : fe.exports()) {
                EntityType ent = entity(e.target());
                checkName(e.name(), ent, names, "export");
                ex.put(e.name().name(), ent);
            }
            instances.add(new InstanceTypeDef(ex, List.of()));
        }
    }

    InstanceTypeDef instantiate(ComponentTypeDef c, Map<String, EntityType> args) {
        Map<Resource, Resource> bind = new IdentityHashMap<>();
        Set<Resource> bindable = Collections.newSetFromMap(new IdentityHashMap<>());
        bindable.addAll(c.imported);
        Subtype sub = new Subtype(bind, bindable);
        Map<TypeDef, TypeDef> typeArgs = new IdentityHashMap<>();
        for (Map.Entry<String, EntityType> imp : c.imports.entrySet()) {
            EntityType actual = args.get(imp.getKey());
            if (actual == null) {
                throw err("missing import named `" + imp.getKey() + "`");
            }
            if (imp.getValue() instanceof EntityType.Type et
                    && et.t() instanceof DefinedType d
                    && actual instanceof EntityType.Type at
                    && at.t() instanceof ValueType v) {
                typeArgs.put(d, v);
            }
            if (imp.getValue() instanceof EntityType.Type et
                    && et.t() instanceof ResourceAlias alias
                    && actual instanceof EntityType.Type at
                    && at.t() instanceof ResourceAlias actualAlias) {
                // the imported resource is the argument's, under the argument's name (so a
                // re-export of it stays named, as wasmparser keeps the argument's type id)
                typeArgs.put(alias, actualAlias);
            }
            String m = sub.entity(actual, imp.getValue());
            if (m != null) {
                throw err("type mismatch in import `" + imp.getKey() + "`: " + m);
            }
        }
        Map<Resource, Resource> fresh = ResourceSubstitution.freshen(c.defined, null);
        definedRes.addAll(fresh.values());
        bind.putAll(fresh);
        ResourceSubstitution s = new ResourceSubstitution(bind, typeArgs);
        LinkedHashMap<String, EntityType> ex = new LinkedHashMap<>();
        c.exports.forEach((n, e) -> ex.put(n, s.e(e)));
        return new InstanceTypeDef(ex, List.of());
    }
}
