package dev.dovetail.format.text.component;

import dev.dovetail.format.model.ComponentType;
import dev.dovetail.format.model.CoreValType;
import dev.dovetail.format.model.DefType;
import dev.dovetail.format.model.DefValType;
import dev.dovetail.format.model.ExternName;
import dev.dovetail.format.model.ExternType;
import dev.dovetail.format.model.FuncType;
import dev.dovetail.format.model.InstanceType;
import dev.dovetail.format.model.LabeledValType;
import dev.dovetail.format.model.PrimValType;
import dev.dovetail.format.model.ResourceType;
import dev.dovetail.format.model.Sort;
import dev.dovetail.format.model.ValType;
import dev.dovetail.format.text.Cursor;
import dev.dovetail.format.text.NumberLiterals;
import dev.dovetail.format.text.SAtom;
import dev.dovetail.format.text.SExpr;
import dev.dovetail.format.text.SList;
import dev.dovetail.format.text.TokenKind;
import dev.dovetail.format.text.WatException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Type definitions: {@code (type ...)}, value types, and component and instance type declarations.
 */
abstract class TypeFieldParser extends CoreFieldParser {
    // Types

    Runnable typeField(SList f, Cursor c, Expander x, boolean allowExports) {
        String id = c.optId();
        Slot slot = new Slot();
        if (allowExports) {
            inlineExports(c, x, Sort.TYPE, slot, f);
        }
        TypeSyntax ts = typeDef(c.next(), x);
        c.expectEnd();
        return typeItem(id, ts, slot, f);
    }

    Runnable typeItem(String id, TypeSyntax ts, Slot slot, SExpr at) {
        return () -> {
            DefType t = ts.resolve(id);
            r.flushAliases();
            slot.index = register(Sort.TYPE, id, at);
            sink().type(t, at);
        };
    }

    TypeSyntax typeDef(SExpr e, Expander x) {
        if (e instanceof SAtom) {
            PrimValType p = primitive(e);
            if (p == null) {
                throw WatException.at(e, "expected a type definition");
            }
            return id -> p;
        }
        SList l = (SList) e;
        String head = l.head();
        Cursor c = l.cursor(1);
        if (head == null) {
            throw WatException.at(e, "expected a type definition");
        }
        switch (head) {
            case "func":
                {
                    TypeSyntax t = funcType(c, x);
                    c.expectEnd();
                    return t;
                }
            case "component":
                return declaredType(c, true);
            case "instance":
                return declaredType(c, false);
            case "resource":
                return resourceType(c);
            default:
                return definedType(l, x);
        }
    }

    TypeSyntax resourceType(Cursor c) {
        Cursor rc = c.expectList("rep").cursor(1);
        SExpr rep = rc.next();
        rc.expectEnd();
        Supplier<Long> dtor = null;
        if (!c.atEnd()) {
            Cursor dc = c.expectList("dtor").cursor(1);
            dtor = corePrefixedRef(dc, "func", Sort.CORE_FUNC, true);
            dc.expectEnd();
        }
        c.expectEnd();
        Supplier<Long> d = dtor;
        return id -> {
            CoreValType rt = CoreTypes.valType(r, rep);
            return new ResourceType(
                    rt, d == null ? OptionalLong.empty() : OptionalLong.of(d.get()));
        };
    }

    /** {@code async? (param "n" t)* (result t)?} from the cursor. */
    TypeSyntax funcType(Cursor c, Expander x) {
        boolean async = c.acceptKeyword("async");
        List<String> names = new ArrayList<>();
        List<ValueTypeSyntax> types = new ArrayList<>();
        while (c.peekList("param")) {
            Cursor pc = c.expectList("param").cursor(1);
            names.add(pc.expectName());
            types.add(valType(pc.next(), x));
            pc.expectEnd();
        }
        ValueTypeSyntax result = null;
        if (c.peekList("result")) {
            Cursor rc = c.expectList("result").cursor(1);
            result = valType(rc.next(), x);
            rc.expectEnd();
        }
        ValueTypeSyntax res = result;
        return id -> {
            List<LabeledValType> params = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                params.add(new LabeledValType(names.get(i), types.get(i).resolve()));
            }
            return new FuncType(
                    async, params, res == null ? Optional.empty() : Optional.of(res.resolve()));
        };
    }

    /** A component or instance type body: declarators resolved in a scope named by the type. */
    TypeSyntax declaredType(Cursor c, boolean component) {
        int from = c.position();
        SList body = c.list();
        while (!c.atEnd()) {
            c.next();
        }
        return id -> {
            Sink.Decls sink = new Sink.Decls(component);
            r.push(new Scope(id, sink));
            Cursor dc = body.cursor(from);
            while (!dc.atEnd()) {
                SList d = dc.expectList();
                Expander x = new Expander();
                Runnable item = decl(d, x, component);
                x.types.forEach(Runnable::run);
                item.run();
            }
            r.pop();
            return component
                    ? new ComponentType(sink.decls)
                    : new InstanceType(sink.instanceDecls());
        };
    }

    Runnable decl(SList d, Expander x, boolean component) {
        String head = d.head();
        Cursor c = d.cursor(1);
        if (head == null) {
            throw WatException.at(d, "expected a type declarator");
        }
        switch (head) {
            case "core":
                c.expectKeyword("type");
                return coreType(d, c);
            case "type":
                return typeField(d, c, x, false);
            case "alias":
                return alias(d, c);
            case "import":
                if (!component) {
                    throw WatException.at(d, "expected a type declarator");
                }
                return importField(d, c, x);
            case "export":
                {
                    ExternName name = externName(c);
                    ItemSignature sig = itemSig(c.expectList(), x, true);
                    c.expectEnd();
                    return () -> {
                        ExternType t = sig.type().get();
                        r.flushAliases();
                        register(sig.sort(), sig.id(), sig.at());
                        sink().exportDecl(name, t, d);
                    };
                }
            default:
                throw WatException.at(d, "expected a type declarator");
        }
    }

    static PrimValType primitive(SExpr e) {
        if (!(e instanceof SAtom a) || a.kind() != TokenKind.KEYWORD) {
            return null;
        }
        return switch (a.text()) {
            case "bool" -> PrimValType.BOOL;
            case "s8" -> PrimValType.S8;
            case "u8" -> PrimValType.U8;
            case "s16" -> PrimValType.S16;
            case "u16" -> PrimValType.U16;
            case "s32" -> PrimValType.S32;
            case "u32" -> PrimValType.U32;
            case "s64" -> PrimValType.S64;
            case "u64" -> PrimValType.U64;
            case "f32", "float32" -> PrimValType.F32;
            case "f64", "float64" -> PrimValType.F64;
            case "char" -> PrimValType.CHAR;
            case "string" -> PrimValType.STRING;
            case "error-context" -> PrimValType.ERROR_CONTEXT;
            default -> null;
        };
    }

    /** A value type: primitive, type index, or an inline definition split out before the field. */
    ValueTypeSyntax valType(SExpr e, Expander x) {
        PrimValType p = primitive(e);
        if (p != null) {
            return () -> p;
        }
        if (Resolver.isIndex(e)) {
            return () -> ValType.index(r.resolve(Sort.TYPE, e));
        }
        if (!(e instanceof SList l)) {
            throw WatException.at(e, "expected a value type");
        }
        TypeSyntax ts = definedType(l, x);
        Slot slot = new Slot();
        x.types.add(typeItem(null, ts, slot, e));
        return () -> ValType.index(slot.index);
    }

    Optional<ValType> opt(ValueTypeSyntax t) {
        return t == null ? Optional.empty() : Optional.of(t.resolve());
    }

    TypeSyntax definedType(SList l, Expander x) {
        Cursor c = l.cursor(1);
        String head = l.head();
        if (head == null) {
            throw WatException.at(l, "expected a value type");
        }
        switch (head) {
            case "record":
                {
                    List<String> names = new ArrayList<>();
                    List<ValueTypeSyntax> types = new ArrayList<>();
                    while (!c.atEnd()) {
                        Cursor fc = c.expectList("field").cursor(1);
                        names.add(fc.expectName());
                        types.add(valType(fc.next(), x));
                        fc.expectEnd();
                    }
                    return id -> {
                        List<LabeledValType> fields = new ArrayList<>();
                        for (int i = 0; i < names.size(); i++) {
                            fields.add(new LabeledValType(names.get(i), types.get(i).resolve()));
                        }
                        return new DefValType.Record(fields);
                    };
                }
            case "variant":
                {
                    List<String> names = new ArrayList<>();
                    List<ValueTypeSyntax> types = new ArrayList<>();
                    while (!c.atEnd()) {
                        Cursor cc = c.expectList("case").cursor(1);
                        cc.optId();
                        names.add(cc.expectName());
                        ValueTypeSyntax t = null;
                        if (!cc.atEnd() && !cc.peekList("refines")) {
                            t = valType(cc.next(), x);
                        }
                        cc.expectEnd();
                        types.add(t);
                    }
                    return id -> {
                        List<DefValType.Case> cases = new ArrayList<>();
                        for (int i = 0; i < names.size(); i++) {
                            cases.add(new DefValType.Case(names.get(i), opt(types.get(i))));
                        }
                        return new DefValType.Variant(cases);
                    };
                }
            case "list":
                {
                    ValueTypeSyntax t = valType(c.next(), x);
                    if (c.peekKind(TokenKind.NUMBER)) {
                        long n = NumberLiterals.u32((SAtom) c.next());
                        c.expectEnd();
                        return id -> new DefValType.FixedListType(t.resolve(), n);
                    }
                    c.expectEnd();
                    return id -> new DefValType.ListType(t.resolve());
                }
            case "map":
                {
                    ValueTypeSyntax k = valType(c.next(), x);
                    ValueTypeSyntax v = valType(c.next(), x);
                    c.expectEnd();
                    return id -> new DefValType.MapType(k.resolve(), v.resolve());
                }
            case "tuple":
                {
                    List<ValueTypeSyntax> types = new ArrayList<>();
                    while (!c.atEnd()) {
                        types.add(valType(c.next(), x));
                    }
                    return id -> {
                        List<ValType> out = new ArrayList<>();
                        for (ValueTypeSyntax t : types) {
                            out.add(t.resolve());
                        }
                        return new DefValType.Tuple(out);
                    };
                }
            case "flags":
            case "enum":
                {
                    List<String> names = new ArrayList<>();
                    while (!c.atEnd()) {
                        names.add(c.expectName());
                    }
                    boolean flags = head.equals("flags");
                    return id -> flags ? new DefValType.Flags(names) : new DefValType.Enum(names);
                }
            case "option":
                {
                    ValueTypeSyntax t = valType(c.next(), x);
                    c.expectEnd();
                    return id -> new DefValType.Option(t.resolve());
                }
            case "result":
                {
                    ValueTypeSyntax ok = null;
                    if (!c.atEnd() && !c.peekList("error")) {
                        ok = valType(c.next(), x);
                    }
                    ValueTypeSyntax err = null;
                    if (c.peekList("error")) {
                        Cursor ec = c.expectList("error").cursor(1);
                        err = valType(ec.next(), x);
                        ec.expectEnd();
                    }
                    c.expectEnd();
                    ValueTypeSyntax o = ok;
                    ValueTypeSyntax e = err;
                    return id -> new DefValType.Result(opt(o), opt(e));
                }
            case "own":
            case "borrow":
                {
                    SExpr idx = c.next();
                    c.expectEnd();
                    boolean own = head.equals("own");
                    return id -> {
                        long i = r.resolve(Sort.TYPE, idx);
                        return own ? new DefValType.Own(i) : new DefValType.Borrow(i);
                    };
                }
            case "stream":
            case "future":
                {
                    ValueTypeSyntax t = c.atEnd() ? null : valType(c.next(), x);
                    c.expectEnd();
                    boolean stream = head.equals("stream");
                    return id ->
                            stream ? new DefValType.Stream(opt(t)) : new DefValType.Future(opt(t));
                }
            default:
                throw WatException.at(l, "expected a value type");
        }
    }
}
