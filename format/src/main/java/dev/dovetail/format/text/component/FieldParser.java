package dev.dovetail.format.text.component;

import dev.dovetail.format.model.Canon;
import dev.dovetail.format.model.ComponentModel;
import dev.dovetail.format.model.DefType;
import dev.dovetail.format.model.Export;
import dev.dovetail.format.model.ExternName;
import dev.dovetail.format.model.ExternType;
import dev.dovetail.format.model.NameAttribute;
import dev.dovetail.format.model.Sort;
import dev.dovetail.format.model.SortIdx;
import dev.dovetail.format.model.ValType;
import dev.dovetail.format.text.Cursor;
import dev.dovetail.format.text.SAtom;
import dev.dovetail.format.text.SExpr;
import dev.dovetail.format.text.SList;
import dev.dovetail.format.text.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The state shared by the component text parser's sections: name resolution, the definitions split
 * out of the field being parsed, and the helpers for names and inline exports.
 */
abstract class FieldParser {
    final Resolver r = new Resolver();

    /** A resolved-later position in an index space: set when the definition is registered. */
    static final class Slot {
        long index = -1;
    }

    /** Definitions split out of the field being parsed. */
    static final class Expander {
        final List<Runnable> types = new ArrayList<>();
        final List<Runnable> fields = new ArrayList<>();
        final List<Runnable> append = new ArrayList<>();
    }

    /** A type definition whose references are resolved once its scope is known. */
    interface TypeSyntax {
        DefType resolve(String scopeId);
    }

    /** A value type whose references are resolved later. */
    interface ValueTypeSyntax {
        ValType resolve();
    }

    /** An import/export description: sort, optional $id and its type (resolved later). */
    record ItemSignature(Sort sort, String id, Supplier<ExternType> type, SExpr at) {}

    Sink sink() {
        return r.current().sink;
    }

    long register(Sort sort, String id, SExpr at) {
        return r.current().register(sort, id, at);
    }

    /** {@code (export "name")*} sugar: each becomes an export of {@code slot}, appended. */
    void inlineExports(Cursor c, Expander x, Sort sort, Slot slot, SExpr at) {
        while (isInlineExport(c.peek())) {
            Cursor ec = ((SList) c.next()).cursor(1);
            ExternName name = externName(ec);
            x.append.add(
                    () -> {
                        r.flushAliases();
                        register(sort, null, at);
                        sink().export(
                                        new Export(
                                                name,
                                                new SortIdx(sort, slot.index),
                                                Optional.empty()),
                                        at);
                    });
        }
    }

    static boolean isInlineExport(SExpr e) {
        return isInlineName(e, "export");
    }

    static boolean isInlineImport(SExpr e) {
        return isInlineName(e, "import");
    }

    /** {@code (kw "name")} or {@code (kw (interface "name"))} and nothing else. */
    static boolean isInlineName(SExpr e, String kw) {
        if (!(e instanceof SList l) || !l.isList(kw) || l.size() != 2) {
            return false;
        }
        SExpr n = l.get(1);
        if (n instanceof SAtom a) {
            return a.kind() == TokenKind.STRING;
        }
        return n instanceof SList il
                && il.isList("interface")
                && il.size() == 2
                && il.get(1) instanceof SAtom s
                && s.kind() == TokenKind.STRING;
    }

    ExternName inlineImportName(Cursor c) {
        Cursor ic = ((SList) c.next()).cursor(1);
        return externName(ic);
    }

    /** {@code "name"} or {@code (interface "name")} then the optional attributes, in order. */
    static ExternName externName(Cursor c) {
        String name;
        if (c.peekList("interface")) {
            Cursor ic = c.expectList("interface").cursor(1);
            name = ic.expectName();
            ic.expectEnd();
        } else {
            name = c.expectName();
        }
        List<NameAttribute> attrs = new ArrayList<>();
        if (c.peekList("implements")) {
            attrs.add(new NameAttribute.Implements(attribute(c, "implements")));
        }
        if (c.peekList("versionsuffix")) {
            attrs.add(new NameAttribute.VersionSuffix(attribute(c, "versionsuffix")));
        }
        if (c.peekList("external-id")) {
            attrs.add(new NameAttribute.ExternalId(attribute(c, "external-id")));
        }
        if (attrs.isEmpty()) {
            return ExternName.plain(name);
        }
        return new ExternName(ExternName.Form.ATTRIBUTED, name, attrs);
    }

    static String attribute(Cursor c, String kw) {
        Cursor ac = c.expectList(kw).cursor(1);
        String v = ac.expectName();
        ac.expectEnd();
        return v;
    }

    // Productions of later sections that earlier ones refer to (the grammar is recursive).

    abstract ComponentModel component(String id, Cursor c);

    abstract Runnable alias(SList f, Cursor c);

    abstract Runnable importField(SList f, Cursor c, Expander x);

    abstract Runnable importItem(ExternName name, ItemSignature sig, Slot slot);

    abstract ItemSignature itemSig(SList l, Expander x, boolean allowId);

    abstract Supplier<SortIdx> exportKind(SList l);

    abstract Supplier<Long> indexOrRef(Cursor c, String kw, Sort sort);

    abstract Supplier<ExternType> coreModuleTypeUse(Cursor c, Expander x);

    abstract Supplier<Long> corePrefixedRef(Cursor c, String kw, Sort sort, boolean legacy);

    abstract Supplier<Canon> coreBuiltin(String kw, Cursor c, Expander x, SExpr at);
}
