package dev.dovetail.format.text.component;

import dev.dovetail.format.model.Alias;
import dev.dovetail.format.model.Sort;
import dev.dovetail.format.text.NumberLiterals;
import dev.dovetail.format.text.SAtom;
import dev.dovetail.format.text.SExpr;
import dev.dovetail.format.text.TokenKind;
import dev.dovetail.format.text.WatException;
import java.util.ArrayList;
import java.util.List;

/**
 * Name resolution over the stack of enclosing scopes. A name found in an enclosing component or
 * type is brought in by an automatically inserted outer alias (for the sorts an outer alias can
 * refer to), and {@code $i "export"} references become export aliases, both emitted just before the
 * definition being resolved.
 */
final class Resolver {
    private final List<Scope> stack = new ArrayList<>();

    Scope current() {
        return stack.get(stack.size() - 1);
    }

    void push(Scope s) {
        stack.add(s);
    }

    void pop() {
        stack.remove(stack.size() - 1);
    }

    int depth() {
        return stack.size();
    }

    static boolean isIndex(SExpr e) {
        return e instanceof SAtom a && (a.kind() == TokenKind.ID || a.kind() == TokenKind.NUMBER);
    }

    /** Resolves {@code $name} or a number in {@code sort}'s index space. */
    long resolve(Sort sort, SExpr ref) {
        if (!(ref instanceof SAtom a)) {
            throw WatException.at(ref, "expected " + Scope.describe(sort) + " index");
        }
        if (a.kind() == TokenKind.NUMBER) {
            return NumberLiterals.u32(a);
        }
        if (a.kind() != TokenKind.ID) {
            throw WatException.at(ref, "expected " + Scope.describe(sort) + " index");
        }
        String id = a.text();
        for (int depth = 0; depth < stack.size(); depth++) {
            Scope s = stack.get(stack.size() - 1 - depth);
            Long found = s.space(sort).lookup(id);
            if (found == null) {
                continue;
            }
            if (depth == 0) {
                return found;
            }
            switch (sort) {
                case CORE_MODULE, CORE_TYPE, TYPE, COMPONENT -> {}
                default ->
                        throw WatException.at(
                                ref, "outer item `" + id + "` is not a module, type, or component");
            }
            return alias(new Alias(sort, new Alias.Outer(depth, found)), id, ref);
        }
        throw WatException.at(
                ref, "unknown " + Scope.describe(sort) + ": failed to find name `$" + id + "`");
    }

    /**
     * A component-level item reference {@code idx "e1" "e2"...}: with export names, a chain of
     * export aliases out of instance {@code idx}, the last one of {@code sort}.
     */
    long itemRef(Sort sort, SExpr idx, List<String> exportNames) {
        if (exportNames.isEmpty()) {
            return resolve(sort, idx);
        }
        long instance = resolve(Sort.INSTANCE, idx);
        for (int i = 0; i < exportNames.size(); i++) {
            Sort kind = i == exportNames.size() - 1 ? sort : Sort.INSTANCE;
            if (kind.isCore() && kind != Sort.CORE_MODULE) {
                throw WatException.at(idx, "instances cannot export this kind of item");
            }
            instance =
                    alias(
                            new Alias(kind, new Alias.InstanceExport(instance, exportNames.get(i))),
                            null,
                            idx);
        }
        return instance;
    }

    /** A core item reference {@code idx "export"?}: with a name, a core export alias. */
    long coreItemRef(Sort sort, SExpr idx, String exportName) {
        if (exportName == null) {
            return resolve(sort, idx);
        }
        switch (sort) {
            case CORE_FUNC, CORE_TABLE, CORE_MEMORY, CORE_GLOBAL, CORE_TAG -> {}
            default ->
                    throw WatException.at(
                            idx,
                            "core instances cannot export this kind of item, so an export name"
                                    + " cannot be used to resolve this reference");
        }
        long instance = resolve(Sort.CORE_INSTANCE, idx);
        return alias(
                new Alias(sort, new Alias.CoreInstanceExport(instance, exportName)), null, idx);
    }

    /** Registers an alias in the current scope and queues it before the item being resolved. */
    long alias(Alias a, String id, SExpr at) {
        Scope s = current();
        long index = s.register(a.sort(), id, at);
        s.pending.add(a);
        return index;
    }

    /** Emits the queued aliases of the current scope. */
    void flushAliases() {
        Scope s = current();
        for (Alias a : s.pending) {
            s.sink.alias(a);
        }
        s.pending.clear();
    }

    /** Resolves the component or type named {@code id} among the enclosing scopes: its depth. */
    long outerDepth(SExpr ref) {
        if (!(ref instanceof SAtom a)) {
            throw WatException.at(ref, "expected an outer index");
        }
        long depth;
        if (a.kind() == TokenKind.NUMBER) {
            depth = NumberLiterals.u32(a);
        } else if (a.kind() == TokenKind.ID) {
            depth = -1;
            for (int d = 0; d < stack.size(); d++) {
                if (a.text().equals(stack.get(stack.size() - 1 - d).id)) {
                    depth = d;
                    break;
                }
            }
            if (depth < 0) {
                throw WatException.at(ref, "outer component `" + a.text() + "` not found");
            }
        } else {
            throw WatException.at(ref, "expected an outer index");
        }
        if (depth >= stack.size()) {
            throw WatException.at(ref, "outer count of `" + depth + "` is too large");
        }
        return depth;
    }

    /** Resolves {@code ref} inside the scope {@code depth} levels out (no alias insertion). */
    long resolveAt(long depth, Sort sort, SExpr ref) {
        SAtom a = (SAtom) ref;
        if (a.kind() == TokenKind.NUMBER) {
            return NumberLiterals.u32(a);
        }
        if (a.kind() != TokenKind.ID) {
            throw WatException.at(ref, "expected " + Scope.describe(sort) + " index");
        }
        Scope s = stack.get(stack.size() - 1 - (int) depth);
        Long found = s.space(sort).lookup(a.text());
        if (found == null) {
            throw WatException.at(
                    ref,
                    "unknown "
                            + Scope.describe(sort)
                            + ": failed to find name `$"
                            + a.text()
                            + "`");
        }
        return found;
    }
}
