package dev.dovetail.format.text.component;

import dev.dovetail.format.model.CoreCompType;
import dev.dovetail.format.model.CoreExternType;
import dev.dovetail.format.model.CoreFieldType;
import dev.dovetail.format.model.CoreHeapType;
import dev.dovetail.format.model.CoreImport;
import dev.dovetail.format.model.CoreStorageType;
import dev.dovetail.format.model.CoreSubType;
import dev.dovetail.format.model.CoreType;
import dev.dovetail.format.model.CoreValType;
import dev.dovetail.format.model.Limits;
import dev.dovetail.format.model.ModuleDecl;
import dev.dovetail.format.model.Sort;
import dev.dovetail.format.text.Cursor;
import dev.dovetail.format.text.NumberLiterals;
import dev.dovetail.format.text.SAtom;
import dev.dovetail.format.text.SExpr;
import dev.dovetail.format.text.SList;
import dev.dovetail.format.text.TokenKind;
import dev.dovetail.format.text.WatException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** Core wasm types as they appear inside components: value, function, GC and module types. */
final class CoreTypes {
    private CoreTypes() {}

    /** A core value type; type indices resolve in the current scope's core type space. */
    static CoreValType valType(Resolver r, SExpr e) {
        if (e instanceof SAtom a && a.kind() == TokenKind.KEYWORD) {
            switch (a.text()) {
                case "i32":
                    return CoreValType.Num.I32;
                case "i64":
                    return CoreValType.Num.I64;
                case "f32":
                    return CoreValType.Num.F32;
                case "f64":
                    return CoreValType.Num.F64;
                case "v128":
                    return CoreValType.Num.V128;
                default:
                    if (a.text().endsWith("ref")) {
                        CoreHeapType.Abstract h =
                                abstractHeap(a.text().substring(0, a.text().length() - 3));
                        if (h != null) {
                            return new CoreValType.Ref(true, h);
                        }
                    }
            }
        } else if (e instanceof SList l && l.isList("ref")) {
            Cursor c = l.cursor(1);
            boolean nullable = c.acceptKeyword("null");
            CoreHeapType heap = heapType(r, c.next());
            c.expectEnd();
            return new CoreValType.Ref(nullable, heap);
        }
        throw WatException.at(e, "expected a core value type");
    }

    private static CoreHeapType.Abstract abstractHeap(String name) {
        return switch (name) {
            case "func" -> CoreHeapType.Abstract.FUNC;
            case "extern" -> CoreHeapType.Abstract.EXTERN;
            case "any" -> CoreHeapType.Abstract.ANY;
            case "eq" -> CoreHeapType.Abstract.EQ;
            case "i31" -> CoreHeapType.Abstract.I31;
            case "struct" -> CoreHeapType.Abstract.STRUCT;
            case "array" -> CoreHeapType.Abstract.ARRAY;
            case "exn" -> CoreHeapType.Abstract.EXN;
            case "cont" -> CoreHeapType.Abstract.CONT;
            case "nofunc", "nullfunc" -> CoreHeapType.Abstract.NOFUNC;
            case "noextern", "nullextern" -> CoreHeapType.Abstract.NOEXTERN;
            case "none", "null" -> CoreHeapType.Abstract.NONE;
            case "noexn", "nullexn" -> CoreHeapType.Abstract.NOEXN;
            case "nocont", "nullcont" -> CoreHeapType.Abstract.NOCONT;
            default -> null;
        };
    }

    private static CoreHeapType heapType(Resolver r, SExpr e) {
        if (e instanceof SAtom a && a.kind() == TokenKind.KEYWORD) {
            CoreHeapType.Abstract h = abstractHeap(a.text());
            if (h != null && !a.text().startsWith("null")) {
                return h;
            }
        }
        if (Resolver.isIndex(e)) {
            return new CoreHeapType.Concrete(r.resolve(Sort.CORE_TYPE, e));
        }
        throw WatException.at(e, "expected a heap type");
    }

    /** {@code (func ...)}, {@code (struct ...)}, {@code (array ...)} or {@code (sub ...)}. */
    static CoreSubType subType(Resolver r, SExpr e) {
        if (e instanceof SList l && l.isList("sub")) {
            Cursor c = l.cursor(1);
            boolean fin = c.acceptKeyword("final");
            List<Long> supers = new ArrayList<>();
            while (Resolver.isIndex(c.peek())) {
                supers.add(r.resolve(Sort.CORE_TYPE, c.next()));
            }
            CoreCompType t = compType(r, c.next());
            c.expectEnd();
            return new CoreSubType(fin, supers, t);
        }
        return CoreSubType.of(compType(r, e));
    }

    static CoreCompType compType(Resolver r, SExpr e) {
        if (e instanceof SList l) {
            if (l.isList("func")) {
                Cursor c = l.cursor(1);
                CoreCompType.Func f = funcSig(r, c);
                c.expectEnd();
                return f;
            }
            if (l.isList("struct")) {
                List<CoreFieldType> fields = new ArrayList<>();
                Cursor c = l.cursor(1);
                while (!c.atEnd()) {
                    Cursor fc = c.expectList("field").cursor(1);
                    if (fc.optId() != null) {
                        fields.add(fieldType(r, fc.next()));
                        fc.expectEnd();
                    } else {
                        while (!fc.atEnd()) {
                            fields.add(fieldType(r, fc.next()));
                        }
                    }
                }
                return new CoreCompType.Struct(fields);
            }
            if (l.isList("array")) {
                Cursor c = l.cursor(1);
                CoreFieldType f = fieldType(r, c.next());
                c.expectEnd();
                return new CoreCompType.Array(f);
            }
        }
        throw WatException.at(e, "expected a core type definition");
    }

    private static CoreFieldType fieldType(Resolver r, SExpr e) {
        if (e instanceof SList l && l.isList("mut")) {
            Cursor c = l.cursor(1);
            CoreStorageType t = storageType(r, c.next());
            c.expectEnd();
            return new CoreFieldType(t, true);
        }
        return new CoreFieldType(storageType(r, e), false);
    }

    private static CoreStorageType storageType(Resolver r, SExpr e) {
        if (e.isKeyword("i8")) {
            return CoreStorageType.Packed.I8;
        }
        if (e.isKeyword("i16")) {
            return CoreStorageType.Packed.I16;
        }
        return valType(r, e);
    }

    /** {@code (param ...)* (result ...)*} at the cursor (named params allowed). */
    static CoreCompType.Func funcSig(Resolver r, Cursor c) {
        List<CoreValType> params = new ArrayList<>();
        List<CoreValType> results = new ArrayList<>();
        while (c.peekList("param")) {
            Cursor p = c.expectList("param").cursor(1);
            if (p.optId() != null) {
                params.add(valType(r, p.next()));
                p.expectEnd();
            } else {
                while (!p.atEnd()) {
                    params.add(valType(r, p.next()));
                }
            }
        }
        while (c.peekList("result")) {
            Cursor p = c.expectList("result").cursor(1);
            while (!p.atEnd()) {
                results.add(valType(r, p.next()));
            }
        }
        return new CoreCompType.Func(params, results);
    }

    /** {@code i64? min max? shared?}. */
    static Limits limits(Cursor c) {
        boolean i64 = c.acceptKeyword("i64");
        if (!i64) {
            c.acceptKeyword("i32");
        }
        long min = NumberLiterals.u64((SAtom) c.expectAtom(TokenKind.NUMBER, "limit"));
        OptionalLong max = OptionalLong.empty();
        if (c.peekKind(TokenKind.NUMBER)) {
            max = OptionalLong.of(NumberLiterals.u64((SAtom) c.next()));
        }
        boolean shared = c.acceptKeyword("shared");
        return new Limits(min, max, shared, i64);
    }

    /**
     * The body of {@code (core type $id (module ...))}: declarators resolved in a fresh scope named
     * {@code id}, inline function signatures becoming (shared) type declarators.
     */
    static CoreType.ModuleType moduleType(Resolver r, String id, Cursor c) {
        Scope scope = new Scope(id, null);
        r.push(scope);
        try {
            List<ModuleDecl> decls = new ArrayList<>();
            List<CoreCompType.Func> funcTypes = new ArrayList<>();
            List<Long> funcTypeIndex = new ArrayList<>();
            while (!c.atEnd()) {
                SList d = c.expectList();
                String head = d.head();
                Cursor dc = d.cursor(1);
                if (head == null) {
                    throw WatException.at(d, "expected a module type declarator");
                }
                switch (head) {
                    case "type" -> {
                        String tid = dc.optId();
                        long idx = scope.register(Sort.CORE_TYPE, tid, d);
                        CoreSubType st = subType(r, dc.next());
                        dc.expectEnd();
                        decls.add(new ModuleDecl.Type(new CoreType.RecGroup(List.of(st))));
                        if (st.isFinal()
                                && st.supertypes().isEmpty()
                                && st.type() instanceof CoreCompType.Func f) {
                            funcTypes.add(f);
                            funcTypeIndex.add(idx);
                        }
                    }
                    case "rec" -> {
                        List<SList> members = new ArrayList<>();
                        while (!dc.atEnd()) {
                            SList t = dc.expectList("type");
                            members.add(t);
                            Cursor tc = t.cursor(1);
                            scope.register(Sort.CORE_TYPE, tc.optId(), t);
                        }
                        List<CoreSubType> subs = new ArrayList<>();
                        for (SList t : members) {
                            Cursor tc = t.cursor(1);
                            tc.optId();
                            subs.add(subType(r, tc.next()));
                            tc.expectEnd();
                        }
                        decls.add(new ModuleDecl.Type(new CoreType.RecGroup(subs)));
                    }
                    case "alias" -> {
                        dc.expectKeyword("outer");
                        SExpr outer = dc.next();
                        SExpr index = dc.next();
                        SList kind = dc.expectList("type");
                        Cursor kc = kind.cursor(1);
                        String aid = kc.optId();
                        kc.expectEnd();
                        dc.expectEnd();
                        long depth;
                        long target;
                        if (outer instanceof SAtom oa
                                && oa.kind() == TokenKind.NUMBER
                                && index instanceof SAtom ia
                                && ia.kind() == TokenKind.NUMBER) {
                            depth = NumberLiterals.u32(oa);
                            target = NumberLiterals.u32(ia);
                        } else {
                            depth = r.outerDepth(outer);
                            target = r.resolveAt(depth, Sort.CORE_TYPE, index);
                        }
                        scope.register(Sort.CORE_TYPE, aid, d);
                        decls.add(new ModuleDecl.OuterAlias(depth, target));
                    }
                    case "import" -> {
                        String module = dc.expectName();
                        String name = dc.expectName();
                        CoreExternType t =
                                externDesc(
                                        r, scope, dc.expectList(), decls, funcTypes, funcTypeIndex);
                        dc.expectEnd();
                        decls.add(new ModuleDecl.Import(new CoreImport(module, name, t)));
                    }
                    case "export" -> {
                        String name = dc.expectName();
                        CoreExternType t =
                                externDesc(
                                        r, scope, dc.expectList(), decls, funcTypes, funcTypeIndex);
                        dc.expectEnd();
                        decls.add(new ModuleDecl.Export(name, t));
                    }
                    default -> throw WatException.at(d, "expected a module type declarator");
                }
            }
            return new CoreType.ModuleType(decls);
        } finally {
            r.pop();
        }
    }

    private static CoreExternType externDesc(
            Resolver r,
            Scope scope,
            SList d,
            List<ModuleDecl> decls,
            List<CoreCompType.Func> funcTypes,
            List<Long> funcTypeIndex) {
        String head = d.head();
        Cursor c = d.cursor(1);
        if (head == null) {
            throw WatException.at(d, "expected an import or export description");
        }
        c.optId();
        switch (head) {
            case "func", "tag" -> {
                long type;
                if (c.peekList("type")) {
                    Cursor tc = c.expectList("type").cursor(1);
                    type = r.resolve(Sort.CORE_TYPE, tc.next());
                    tc.expectEnd();
                    // an explicit signature after a type use must agree; not checked here
                    funcSig(r, c);
                } else {
                    CoreCompType.Func sig = funcSig(r, c);
                    int found = funcTypes.indexOf(sig);
                    if (found >= 0) {
                        type = funcTypeIndex.get(found);
                    } else {
                        type = scope.register(Sort.CORE_TYPE, null, d);
                        decls.add(new ModuleDecl.Type(CoreType.RecGroup.of(sig)));
                    }
                }
                c.expectEnd();
                return head.equals("func")
                        ? new CoreExternType.Func(type)
                        : new CoreExternType.Tag(type);
            }
            case "memory" -> {
                Limits l = limits(c);
                c.expectEnd();
                return new CoreExternType.Memory(l);
            }
            case "table" -> {
                Limits l = limits(c);
                CoreValType t = valType(r, c.next());
                c.expectEnd();
                if (!(t instanceof CoreValType.Ref ref)) {
                    throw WatException.at(d, "expected a reference type");
                }
                return new CoreExternType.Table(ref, l);
            }
            case "global" -> {
                SExpr t = c.next();
                c.expectEnd();
                if (t instanceof SList l && l.isList("mut")) {
                    Cursor mc = l.cursor(1);
                    CoreValType vt = valType(r, mc.next());
                    mc.expectEnd();
                    return new CoreExternType.Global(vt, true);
                }
                return new CoreExternType.Global(valType(r, t), false);
            }
            default -> throw WatException.at(d, "expected an import or export description");
        }
    }
}
