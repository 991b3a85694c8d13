package dev.dovetail.format.validate;

import dev.dovetail.format.InvalidComponentException;
import dev.dovetail.format.model.ExternName;
import dev.dovetail.format.model.NameAttribute;
import dev.dovetail.format.validate.DefinedType.Kind;

/**
 * Import and export names: their grammar, uniqueness within a scope and the rules of annotated
 * names ({@code [constructor]}, {@code [method]}, {@code [static]}, {@code implements}, versions).
 */
abstract class NameRules extends TypeDefinitions {
    NameRules(ScopeState parent, ScopeKind kind) {
        super(parent, kind);
    }

    void checkName(ExternName name, EntityType ty, NameContext cx, String what) {
        String raw = name.name();
        Names.ExternName parsed;
        try {
            parsed = Names.parse(raw);
        } catch (InvalidComponentException e) {
            throw err(what + " name `" + raw + "` is not a valid extern name: " + e.getMessage());
        }
        String implementsName = null;
        String suffix = null;
        boolean externalId = false;
        for (NameAttribute a : name.attributes()) {
            if (a instanceof NameAttribute.Implements im) {
                if (implementsName != null) {
                    throw err("duplicate 'implements' option in name");
                }
                implementsName = im.interfaceName();
            } else if (a instanceof NameAttribute.VersionSuffix vs) {
                if (suffix != null) {
                    throw err("duplicate 'versionsuffix' option in name");
                }
                suffix = vs.suffix();
            } else if (a instanceof NameAttribute.ExternalId id) {
                if (externalId) {
                    throw err("duplicate 'external-id' option in name");
                }
                externalId = true;
            }
        }
        if (implementsName != null) {
            if (parsed.kind() != Names.Kind.LABEL) {
                throw err("name `" + raw + "` is not valid with `implements`");
            }
            if (!(ty instanceof EntityType.Instance)) {
                throw err("only instances can have an `implements`");
            }
            Names.ExternName in;
            try {
                in = Names.parse(implementsName);
            } catch (InvalidComponentException e) {
                throw err("`" + implementsName + "` is not a valid name: " + e.getMessage());
            }
            if (in.kind() != Names.Kind.INTERFACE) {
                throw err("name `" + implementsName + "` must be an interface");
            }
        }
        if (suffix != null && !(ty instanceof EntityType.Instance)) {
            throw err("only instances can have an `versionsuffix`");
        }
        try {
            checkAnnotated(parsed, suffix, ty, cx);
        } catch (InvalidComponentException e) {
            throw err(what + " name `" + raw + "` is not valid: " + e.getMessage());
        }
        String canonical = parsed.canonical();
        String prev = cx.canonical.putIfAbsent(canonical, raw);
        if (prev != null) {
            throw err(what + " name `" + raw + "` conflicts with previous name `" + prev + "`");
        }
    }

    static void checkAnnotated(Names.ExternName n, String suffix, EntityType ty, NameContext cx) {
        switch (n.kind()) {
            case LABEL -> {}
            case INTERFACE -> {
                if (n.version() != null) {
                    Names.checkVersion(n.version(), suffix);
                } else if (suffix != null) {
                    throw err("invalid interface version: `versionsuffix` without a version");
                }
            }
            case CONSTRUCTOR -> {
                FunctionType f = funcOfName(ty);
                if (f.async()) {
                    throw err("constructor function cannot be async");
                }
                if (f.result() == null) {
                    throw err("function should return one value");
                }
                ResourceAlias r = null;
                if (f.result() instanceof DefinedType d) {
                    if (d.kind == Kind.OWN) {
                        r = d.res;
                    } else if (d.kind == Kind.RESULT
                            && d.kids.get(0) instanceof DefinedType ok
                            && ok.kind == Kind.OWN) {
                        r = ok.res;
                    }
                }
                if (r == null) {
                    throw err("function should return `(own $T)` or `(result (own $T))`");
                }
                resourceName(cx, r, n.resource());
            }
            case METHOD -> {
                FunctionType f = funcOfName(ty);
                if (f.params().isEmpty()) {
                    throw err("function should have at least one argument");
                }
                if (!f.names().get(0).equals("self")) {
                    throw err("function should have a first argument called `self`");
                }
                if (!(f.params().get(0) instanceof DefinedType d && d.kind == Kind.BORROW)) {
                    throw err("function should take a first argument of `(borrow $T)`");
                }
                resourceName(cx, ((DefinedType) f.params().get(0)).res, n.resource());
            }
            case STATIC -> {
                funcOfName(ty);
                if (!cx.allResourceNames.contains(n.resource())) {
                    throw err("static resource name is not known in this context");
                }
            }
        }
    }

    static FunctionType funcOfName(EntityType ty) {
        if (ty instanceof EntityType.Func f) {
            return f.f();
        }
        throw err("item is not a func");
    }

    static void resourceName(NameContext cx, ResourceAlias r, String name) {
        String expected = cx.resourceNames.get(r);
        if (expected == null) {
            throw err("resource used in function does not have a name in this context");
        }
        if (!expected.equals(name)) {
            throw err("function does not match expected resource name `" + expected + "`");
        }
    }
}
