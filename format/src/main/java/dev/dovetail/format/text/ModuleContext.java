package dev.dovetail.format.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything about a module that instructions and fields refer to: the index spaces with their
 * names, the type definitions (explicit ones first, implicit function types appended as type uses
 * are met) and struct field names.
 */
final class ModuleContext {
    final IndexSpace types = new IndexSpace("type");
    final IndexSpace funcs = new IndexSpace("function");
    final IndexSpace tables = new IndexSpace("table");
    final IndexSpace mems = new IndexSpace("memory");
    final IndexSpace globals = new IndexSpace("global");
    final IndexSpace tags = new IndexSpace("tag");
    final IndexSpace elems = new IndexSpace("elem segment");
    final IndexSpace datas = new IndexSpace("data segment");

    /** Type definitions by index; explicit ones are filled in after all type ids are bound. */
    final List<TypeDef> typeDefs = new ArrayList<>();

    /** Types {@code start .. start+size-1}; explicit groups are written as {@code (rec ...)}. */
    record RecGroup(int start, int size, boolean explicit) {}

    /** Rec groups in type index order; a plain type definition is an implicit group of one. */
    final List<RecGroup> recGroups = new ArrayList<>();

    final Map<Integer, IndexSpace> fieldNames = new HashMap<>();
    final TypeParser typeParser = new TypeParser(this);

    /** Set when code uses data indices, which requires the data count section. */
    boolean usesDataCount;

    /** A resolved type use: the function type index and the parameter names (null if none). */
    record TypeUse(int index, List<String> paramNames) {}

    private record Sig(
            SExpr at,
            Integer index,
            boolean inline,
            List<ValType> params,
            List<ValType> results,
            List<String> names) {}

    private Sig sig(Cursor c, boolean allowNames) {
        SExpr at = c.peek();
        Integer idx = null;
        if (c.peekList("type")) {
            SList t = c.expectList("type");
            Cursor tc = t.cursor(1);
            idx = types.resolve(tc.next());
            tc.expectEnd();
        }
        List<ValType> params = new ArrayList<>();
        List<ValType> results = new ArrayList<>();
        List<String> names = new ArrayList<>();
        boolean inline = false;
        while (c.peekList("param")) {
            inline = true;
            typeParser.valTypeList(c.expectList("param"), params, allowNames ? names : null);
        }
        while (c.peekList("result")) {
            inline = true;
            typeParser.valTypeList(c.expectList("result"), results, null);
        }
        if (!allowNames) {
            names = new ArrayList<>(Collections.nCopies(params.size(), null));
        }
        return new Sig(at, idx, inline, params, results, names);
    }

    /** Parses {@code (type x)? (param ...)* (result ...)*}, creating an implicit type if needed. */
    TypeUse typeUse(Cursor c, boolean allowNames) {
        Sig s = sig(c, allowNames);
        if (s.index() == null) {
            return new TypeUse(findOrAddFunc(s.params(), s.results()), s.names());
        }
        TypeDef.Func f = knownFuncType(s.index());
        if (f == null) {
            if (s.inline()) {
                throw WatException.at(s.at(), "unknown type " + s.index());
            }
            // Out of bounds or not a function type: the validator reports it, not the assembler.
            return new TypeUse(s.index(), s.names());
        }
        if (s.inline()) {
            checkMatch(s, f);
            return new TypeUse(s.index(), s.names());
        }
        return new TypeUse(
                s.index(), new ArrayList<>(Collections.nCopies(f.params().size(), null)));
    }

    private static void checkMatch(Sig s, TypeDef.Func f) {
        if (!f.params().equals(s.params()) || !f.results().equals(s.results())) {
            throw WatException.at(s.at(), "inline function type does not match type use");
        }
    }

    /** A block type: empty, one result type, or a type index (s33). */
    void blockType(Cursor c, WasmWriter w) {
        Sig s = sig(c, false);
        if (s.index() == null && s.params().isEmpty() && s.results().size() <= 1) {
            if (s.results().isEmpty()) {
                w.u8(0x40);
            } else {
                s.results().get(0).write(w);
            }
            return;
        }
        int idx;
        if (s.index() != null) {
            idx = s.index();
            TypeDef.Func f = knownFuncType(idx);
            if (f != null && s.inline()) {
                checkMatch(s, f);
            }
        } else {
            idx = findOrAddFunc(s.params(), s.results());
        }
        w.s64(idx);
    }

    /** The function type at {@code idx}, or null if there is none (left to validation). */
    TypeDef.Func knownFuncType(int idx) {
        if (idx >= 0 && idx < typeDefs.size() && typeDefs.get(idx) != null) {
            return typeDefs.get(idx).comp() instanceof TypeDef.Func f ? f : null;
        }
        return null;
    }

    private boolean inSingletonGroup(int idx) {
        for (RecGroup g : recGroups) {
            if (idx >= g.start() && idx < g.start() + g.size()) {
                return g.size() == 1 && !g.explicit();
            }
        }
        return false;
    }

    int findOrAddFunc(List<ValType> params, List<ValType> results) {
        TypeDef want = TypeDef.func(params, results);
        for (int i = 0; i < typeDefs.size(); i++) {
            if (want.equals(typeDefs.get(i)) && inSingletonGroup(i)) {
                return i;
            }
        }
        int idx = typeDefs.size();
        typeDefs.add(want);
        recGroups.add(new RecGroup(idx, 1, false));
        types.addAnonymous(1);
        return idx;
    }
}
