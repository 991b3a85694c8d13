package dev.dovetail.format.validate;

import dev.dovetail.format.model.CoreValType.Num;
import dev.dovetail.format.model.Export;
import dev.dovetail.format.model.ExternName;
import dev.dovetail.format.model.ExternType;
import dev.dovetail.format.model.Import;
import dev.dovetail.format.types.ModuleType;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Imports and exports of a component, component type or instance type, and their types. */
abstract class ImportsAndExports extends ExternalVisibility {
    ImportsAndExports(ScopeState parent, ScopeKind kind) {
        super(parent, kind);
    }

    /** The entity an extern type describes; resources of {@code (sub resource)} are fresh. */
    EntityType externType(ExternType t, boolean isImport) {
        return Dispatch.of(
                () -> {
                    if (t instanceof ExternType.CoreModule m) {
                        Object o = at(coreTypes, m.coreType(), "core type");
                        if (o instanceof ModuleType mt) {
                            return new EntityType.Module(mt);
                        }
                        throw err("core type index " + m.coreType() + " is not a module type");
                    } else if (t instanceof ExternType.Func f) {
                        return new EntityType.Func(funcTypeAt(f.type()));
                    } else if (t instanceof ExternType.Value v) {
                        return ((v.bound() instanceof ExternType.ValueOfType vt)
                                ? (new EntityType.Value(valType(vt.type())))
                                : (v.bound() instanceof ExternType.ValueEq ve)
                                        ? (new EntityType.Value(at(values, ve.value(), "value")))
                                        : Dispatch.unreachable());
                    } else if (t instanceof ExternType.Type ty) {
                        return Dispatch.of(
                                () -> {
                                    if (ty.bound() instanceof ExternType.SubResource sr) {
                                        Resource r = new Resource(null, null, Num.I32);
                                        return new EntityType.Type(new ResourceAlias(r));
                                    } else if (ty.bound() instanceof ExternType.Eq eq) {
                                        return new EntityType.Type(typeAt(eq.type()));
                                    }
                                    return Dispatch.unreachable();
                                });
                    } else if (t instanceof ExternType.Component c) {
                        if (typeAt(c.type()) instanceof ComponentTypeDef ct) {
                            return new EntityType.Component(ct);
                        }
                        throw err("type index " + c.type() + " is not a component type");
                    } else if (t instanceof ExternType.Instance i) {
                        if (typeAt(i.type()) instanceof InstanceTypeDef it) {
                            return new EntityType.Instance(it);
                        }
                        throw err("type index " + i.type() + " is not an instance type");
                    }
                    return Dispatch.unreachable();
                });
    }

    void importDef(Import imp) {
        EntityType referenced = externType(imp.type(), true);
        EntityType created = referenced;
        if (imp.type() instanceof ExternType.Type ty) {
            if (ty.bound() instanceof ExternType.SubResource) {
                importedRes.add(((ResourceAlias) ((EntityType.Type) referenced).t()).res);
            } else {
                created = new EntityType.Type(rename(((EntityType.Type) referenced).t()));
            }
        } else if (referenced instanceof EntityType.Instance ei && !ei.i().defined.isEmpty()) {
            Map<Resource, Resource> fresh = ResourceSubstitution.freshen(ei.i().defined, null);
            importedRes.addAll(fresh.values());
            created = new EntityType.Instance(new ResourceSubstitution(fresh).inst(ei.i()));
        }
        if (created instanceof EntityType.Instance ei2 && !ei2.i().defined.isEmpty()) {
            created = new EntityType.Instance(new InstanceTypeDef(ei2.i().exports, List.of()));
        }
        if (!named(imp.name().name(), referenced, created, true)) {
            throw err(EntityType.describe(created) + " not valid to be used as import");
        }
        checkName(imp.name(), created, importNames, "import");
        imports.put(imp.name().name(), created);
        if (created instanceof EntityType.Value) {
            values.add(((EntityType.Value) created).v());
            valueUsed.add(false);
        } else {
            push(created);
        }
    }

    void exportDef(Export ex) {
        EntityType actual = entity(ex.target());
        EntityType referenced = actual;
        EntityType created;
        if (ex.type().isPresent()) {
            EntityType ascribed = externType(ex.type().get(), false);
            if (ascribed instanceof EntityType.Type et
                    && et.t() instanceof ResourceAlias ra
                    && ex.type().get() instanceof ExternType.Type tt
                    && tt.bound() instanceof ExternType.SubResource) {
                if (!(actual instanceof EntityType.Type at && at.t() instanceof ResourceAlias)) {
                    throw err(
                            "type mismatch in export `"
                                    + ex.name().name()
                                    + "`: expected resource, found defined type");
                }
                definedRes.add(ra.res);
                created = ascribed;
            } else {
                Subtype sub =
                        new Subtype(
                                new IdentityHashMap<>(),
                                Collections.newSetFromMap(new IdentityHashMap<>()));
                String m = sub.entity(actual, ascribed);
                if (m != null) {
                    throw err(
                            "ascribed type of export is not compatible with item's type: type mismatch in export `"
                                    + ex.name().name()
                                    + "`: "
                                    + m);
                }
                referenced = ascribed;
                created =
                        ascribed instanceof EntityType.Type et2
                                ? new EntityType.Type(rename(et2.t()))
                                : ascribed;
            }
        } else {
            created =
                    actual instanceof EntityType.Type et
                            ? new EntityType.Type(rename(et.t()))
                            : actual;
        }
        declareExport(ex.name(), referenced, created);
        push(created);
    }

    /** Records an export of a component, component type or instance type. */
    void declareExport(ExternName name, EntityType referenced, EntityType created) {
        if (created instanceof EntityType.Instance ei && !ei.i().defined.isEmpty()) {
            Map<Resource, Resource> fresh = ResourceSubstitution.freshen(ei.i().defined, null);
            definedRes.addAll(fresh.values());
            InstanceTypeDef ni = new ResourceSubstitution(fresh).inst(ei.i());
            created = new EntityType.Instance(new InstanceTypeDef(ni.exports, List.of()));
            referenced = created;
        }
        if (!named(name.name(), referenced, created, false)) {
            throw err(EntityType.describe(created) + " not valid to be used as export");
        }
        checkName(name, created, exportNames, "export");
        exports.put(name.name(), created);
        if (kind != ScopeKind.COMPONENT) {
            push(created);
        }
    }
}
