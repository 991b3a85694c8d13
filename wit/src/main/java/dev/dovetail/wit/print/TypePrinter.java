package dev.dovetail.wit.print;

import dev.dovetail.wit.model.Function;
import dev.dovetail.wit.model.Primitive;
import dev.dovetail.wit.model.Resolve;
import dev.dovetail.wit.model.Type;
import dev.dovetail.wit.model.TypeDef;
import dev.dovetail.wit.model.TypeDefKind;
import dev.dovetail.wit.model.TypeRef;
import java.util.ArrayList;
import java.util.List;

/** Type expressions and function signatures as WIT text. */
final class TypePrinter {
    private final Resolve resolve;

    TypePrinter(Resolve resolve) {
        this.resolve = resolve;
    }

    /** A type where it is used: named types by name, anonymous ones by structure. */
    String expression(Type type) {
        if (type instanceof Primitive primitive) {
            return primitive.wit();
        }
        TypeDef def = resolve.type((TypeRef) type);
        if (def.name() != null) {
            return Names.id(def.name());
        }
        return definition(def.kind());
    }

    /** The right-hand side of {@code type x = …} or an anonymous type. */
    String definition(TypeDefKind kind) {
        if (kind instanceof TypeDefKind.AliasType alias) {
            return expression(alias.target());
        }
        if (kind instanceof TypeDefKind.HandleType handle) {
            String name = Names.id(resolve.types().get(handle.resource()).name());
            return handle.own() ? name : "borrow<" + name + ">";
        }
        if (kind instanceof TypeDefKind.ListType list) {
            return "list<" + expression(list.element()) + ">";
        }
        if (kind instanceof TypeDefKind.FixedListType list) {
            return "list<" + expression(list.element()) + ", " + list.size() + ">";
        }
        if (kind instanceof TypeDefKind.MapType map) {
            return "map<" + expression(map.key()) + ", " + expression(map.value()) + ">";
        }
        if (kind instanceof TypeDefKind.OptionType option) {
            return "option<" + expression(option.type()) + ">";
        }
        if (kind instanceof TypeDefKind.ResultType result) {
            if (result.ok() == null && result.error() == null) {
                return "result";
            }
            if (result.error() == null) {
                return "result<" + expression(result.ok()) + ">";
            }
            return "result<"
                    + (result.ok() == null ? "_" : expression(result.ok()))
                    + ", "
                    + expression(result.error())
                    + ">";
        }
        if (kind instanceof TypeDefKind.TupleType tuple) {
            List<String> parts = new ArrayList<>();
            tuple.types().forEach((t) -> parts.add(expression(t)));
            return "tuple<" + String.join(", ", parts) + ">";
        }
        if (kind instanceof TypeDefKind.FutureType future) {
            return future.payload() == null
                    ? "future"
                    : "future<" + expression(future.payload()) + ">";
        }
        if (kind instanceof TypeDefKind.StreamType stream) {
            return stream.payload() == null
                    ? "stream"
                    : "stream<" + expression(stream.payload()) + ">";
        }
        throw new IllegalArgumentException("not printable inline: " + kind);
    }

    /** {@code [async] func(params) [-> result]}, without the implicit {@code self}. */
    String signature(Function function) {
        String result = function.result() == null ? "" : " -> " + expression(function.result());
        return (function.kind().isAsync() ? "async " : "")
                + "func"
                + params(function, false)
                + result;
    }

    String params(Function function, boolean constructor) {
        List<String> parts = new ArrayList<>();
        List<Function.Param> params = function.params();
        int first = function.kind().isMethod() ? 1 : 0;
        for (int i = first; i < params.size(); i++) {
            parts.add(Names.id(params.get(i).name()) + ": " + expression(params.get(i).type()));
        }
        return "(" + String.join(", ", parts) + ")";
    }
}
