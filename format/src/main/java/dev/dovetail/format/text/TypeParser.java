package dev.dovetail.format.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Value types, reference types, heap types and type definitions of the core text format. */
final class TypeParser {
    private static final Map<String, Integer> HEAP =
            Map.ofEntries(
                    Map.entry("func", 0x70),
                    Map.entry("extern", 0x6f),
                    Map.entry("any", 0x6e),
                    Map.entry("eq", 0x6d),
                    Map.entry("i31", 0x6c),
                    Map.entry("struct", 0x6b),
                    Map.entry("array", 0x6a),
                    Map.entry("exn", 0x69),
                    Map.entry("none", 0x71),
                    Map.entry("noextern", 0x72),
                    Map.entry("nofunc", 0x73),
                    Map.entry("noexn", 0x74));

    private final ModuleContext ctx;

    TypeParser(ModuleContext ctx) {
        this.ctx = ctx;
    }

    static WatException simd(SExpr at) {
        return WatException.at(at, "SIMD is not supported");
    }

    /**
     * {@code funcref} = {@code (ref null func)}, {@code nullfuncref} = {@code (ref null nofunc)}.
     */
    private static Integer shorthand(String t) {
        if (!t.endsWith("ref")) {
            return null;
        }
        String h = t.substring(0, t.length() - 3);
        return switch (h) {
            case "null" -> HEAP.get("none");
            case "nullfunc" -> HEAP.get("nofunc");
            case "nullextern" -> HEAP.get("noextern");
            case "nullexn" -> HEAP.get("noexn");
            default -> HEAP.get(h);
        };
    }

    boolean isValType(SExpr e) {
        if (e instanceof SAtom a && a.kind() == TokenKind.KEYWORD) {
            String t = a.text();
            return switch (t) {
                case "i32", "i64", "f32", "f64", "v128" -> true;
                default -> shorthand(t) != null;
            };
        }
        return e.isList("ref");
    }

    ValType valType(SExpr e) {
        if (e instanceof SAtom a && a.kind() == TokenKind.KEYWORD) {
            switch (a.text()) {
                case "i32":
                    return ValType.I32;
                case "i64":
                    return ValType.I64;
                case "f32":
                    return ValType.F32;
                case "f64":
                    return ValType.F64;
                case "v128":
                    throw simd(e);
                default:
                    Integer h = shorthand(a.text());
                    if (h != null) {
                        return ValType.ref(true, new byte[] {(byte) (int) h});
                    }
            }
        }
        if (e instanceof SList l && e.isList("ref")) {
            Cursor c = l.cursor(1);
            boolean nullable = c.acceptKeyword("null");
            byte[] heap = heapType(c.next());
            c.expectEnd();
            return ValType.ref(nullable, heap);
        }
        throw WatException.at(e, "expected value type");
    }

    /** Storage types add the packed {@code i8} and {@code i16}. */
    ValType storageType(SExpr e) {
        if (e.isKeyword("i8")) {
            return ValType.I8;
        }
        if (e.isKeyword("i16")) {
            return ValType.I16;
        }
        return valType(e);
    }

    /** A reference type as it appears in tables and elem segments. */
    ValType refType(SExpr e) {
        ValType v = valType(e);
        if (v.equals(ValType.I32)
                || v.equals(ValType.I64)
                || v.equals(ValType.F32)
                || v.equals(ValType.F64)) {
            throw WatException.at(e, "expected reference type");
        }
        return v;
    }

    /** Encoded heap type: an abstract keyword or a type index (s33). */
    byte[] heapType(SExpr e) {
        if (e instanceof SAtom a && a.kind() == TokenKind.KEYWORD && HEAP.containsKey(a.text())) {
            return new byte[] {(byte) (int) HEAP.get(a.text())};
        }
        if (IndexSpace.isIndex(e)) {
            WasmWriter w = new WasmWriter();
            w.s64(ctx.types.resolve(e));
            return w.toByteArray();
        }
        throw WatException.at(e, "expected heap type");
    }

    /**
     * Appends the types of {@code (param ...)} or {@code (result ...)}/{@code (local ...)} to
     * {@code out}; a single named entry {@code (param $x t)} records its name in {@code names}.
     */
    void valTypeList(SList l, List<ValType> out, List<String> names) {
        Cursor c = l.cursor(1);
        String id = c.optId();
        if (id != null) {
            if (names == null) {
                throw WatException.at(l.get(1), "unexpected identifier");
            }
            out.add(valType(c.next()));
            names.add(id);
            c.expectEnd();
            return;
        }
        while (!c.atEnd()) {
            out.add(valType(c.next()));
            if (names != null) {
                names.add(null);
            }
        }
    }

    /**
     * {@code (type $id? def)} contents after the id: {@code (func ...)}, {@code (sub ...)}, etc.
     */
    TypeDef typeDef(SExpr e, int selfIndex) {
        if (e.isList("sub")) {
            Cursor c = ((SList) e).cursor(1);
            boolean fin = c.acceptKeyword("final");
            List<Integer> supers = new ArrayList<>();
            while (IndexSpace.isIndex(c.peek())) {
                supers.add(ctx.types.resolve(c.next()));
            }
            TypeDef.Comp comp = compType(c.next(), selfIndex);
            c.expectEnd();
            return new TypeDef(fin, supers, comp);
        }
        return new TypeDef(true, List.of(), compType(e, selfIndex));
    }

    private TypeDef.Comp compType(SExpr e, int selfIndex) {
        if (e.isList("func")) {
            Cursor c = ((SList) e).cursor(1);
            List<ValType> params = new ArrayList<>();
            List<ValType> results = new ArrayList<>();
            while (c.peekList("param")) {
                valTypeList(c.expectList("param"), params, new ArrayList<>());
            }
            while (c.peekList("result")) {
                valTypeList(c.expectList("result"), results, null);
            }
            c.expectEnd();
            return new TypeDef.Func(params, results);
        }
        if (e.isList("struct")) {
            Cursor c = ((SList) e).cursor(1);
            List<TypeDef.Field> fields = new ArrayList<>();
            IndexSpace names = new IndexSpace("field");
            while (!c.atEnd()) {
                SList f = c.expectList("field");
                Cursor fc = f.cursor(1);
                String id = fc.optId();
                if (id != null) {
                    names.add(id, f);
                    fields.add(fieldType(fc.next()));
                    fc.expectEnd();
                } else {
                    while (!fc.atEnd()) {
                        names.add(null, f);
                        fields.add(fieldType(fc.next()));
                    }
                }
            }
            ctx.fieldNames.put(selfIndex, names);
            return new TypeDef.Struct(fields);
        }
        if (e.isList("array")) {
            Cursor c = ((SList) e).cursor(1);
            TypeDef.Field f = fieldType(c.next());
            c.expectEnd();
            return new TypeDef.Array(f);
        }
        throw WatException.at(e, "expected type definition");
    }

    private TypeDef.Field fieldType(SExpr e) {
        if (e.isList("mut")) {
            Cursor c = ((SList) e).cursor(1);
            ValType t = storageType(c.next());
            c.expectEnd();
            return new TypeDef.Field(t, true);
        }
        return new TypeDef.Field(storageType(e), false);
    }
}
