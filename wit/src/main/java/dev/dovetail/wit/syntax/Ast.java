package dev.dovetail.wit.syntax;

import dev.dovetail.wit.model.Primitive;
import dev.dovetail.wit.model.Version;
import java.util.List;

/** The syntax tree of WIT files, as written, with source spans; names are not yet resolved. */
public final class Ast {
    private Ast() {}

    /** An identifier (already stripped of a leading {@code %}). */
    public record Id(String name, Span span) {}

    /** The raw doc comments ({@code ///} or {@code /** … *}{@code /}) before an item. */
    public record Docs(List<String> comments) {
        public static final Docs NONE = new Docs(List.of());
    }

    /** {@code namespace:name@version}; version may be null. */
    public record PackageId(Span span, Id namespace, Id name, Version version, Docs docs) {}

    /** One package's worth of declarations: a file, or a nested {@code package a:b { … }}. */
    public record PackageFile(PackageId id, List<Declaration> declarations) {}

    /** A top-level declaration. */
    public sealed interface Declaration {}

    public record InterfaceDecl(
            Docs docs, List<Attribute> attributes, Id name, List<InterfaceMember> members)
            implements Declaration {}

    public record WorldDecl(
            Docs docs, List<Attribute> attributes, Id name, List<WorldMember> members)
            implements Declaration {}

    /** {@code use a:b/c as d;} at the top of a file; alias may be null. */
    public record TopLevelUse(Span span, List<Attribute> attributes, UsePath path, Id alias)
            implements Declaration {}

    public record NestedPackage(PackageFile file) implements Declaration {}

    /** A member of an interface. */
    public sealed interface InterfaceMember {}

    /** A member of a world. */
    public sealed interface WorldMember {}

    public record TypeDecl(Docs docs, List<Attribute> attributes, Id name, TypeExpr type)
            implements InterfaceMember, WorldMember {}

    public record FunctionDecl(Docs docs, List<Attribute> attributes, Id name, Func func)
            implements InterfaceMember {}

    /** {@code use path.{a, b as c};} */
    public record UseDecl(List<Attribute> attributes, UsePath path, List<UseName> names)
            implements InterfaceMember, WorldMember {}

    /** alias may be null. */
    public record UseName(Id name, Id alias) {}

    public record ImportDecl(Docs docs, List<Attribute> attributes, Extern extern)
            implements WorldMember {}

    public record ExportDecl(Docs docs, List<Attribute> attributes, Extern extern)
            implements WorldMember {}

    public record IncludeDecl(List<Attribute> attributes, UsePath path, List<IncludeName> names)
            implements WorldMember {}

    public record IncludeName(Id name, Id alias) {}

    /** What a world imports or exports. */
    public sealed interface Extern {
        Span span();
    }

    /** {@code import name: interface { … }} */
    public record InlineInterface(Id name, List<InterfaceMember> members) implements Extern {
        public Span span() {
            return name.span();
        }
    }

    /** {@code import iface;} or {@code import ns:pkg/iface;} */
    public record PathExtern(UsePath path) implements Extern {
        public Span span() {
            return path.name().span();
        }
    }

    /** {@code import name: func(…);} */
    public record FunctionExtern(Id name, Func func) implements Extern {
        public Span span() {
            return name.span();
        }
    }

    /** {@code import name: iface;} */
    public record NamedPathExtern(Id name, UsePath path) implements Extern {
        public Span span() {
            return name.span();
        }
    }

    /** A reference to an interface or world. */
    public sealed interface UsePath {
        Id name();
    }

    /** An item of the current package. */
    public record LocalPath(Id name) implements UsePath {}

    /** An item of another package. */
    public record QualifiedPath(PackageId packageId, Id name) implements UsePath {}

    /** A function signature; result may be null. */
    public record Func(Span span, boolean async, List<Param> params, TypeExpr result) {}

    public record Param(Id name, TypeExpr type) {}

    /** A type as written. */
    public sealed interface TypeExpr {
        Span span();
    }

    public record PrimitiveExpr(Span span, Primitive primitive) implements TypeExpr {}

    public record NamedExpr(Id name) implements TypeExpr {
        public Span span() {
            return name.span();
        }
    }

    /** {@code list<T>}, or {@code list<T, N>} when size is not null. */
    public record ListExpr(Span span, TypeExpr element, Long size) implements TypeExpr {}

    public record MapExpr(Span span, TypeExpr key, TypeExpr value) implements TypeExpr {}

    public record HandleExpr(Span span, boolean own, Id resource) implements TypeExpr {}

    public record TupleExpr(Span span, List<TypeExpr> types) implements TypeExpr {}

    public record OptionExpr(Span span, TypeExpr type) implements TypeExpr {}

    /** ok and error may be null. */
    public record ResultExpr(Span span, TypeExpr ok, TypeExpr error) implements TypeExpr {}

    /** payload may be null. */
    public record FutureExpr(Span span, TypeExpr payload) implements TypeExpr {}

    /** payload may be null. */
    public record StreamExpr(Span span, TypeExpr payload) implements TypeExpr {}

    public record ResourceExpr(Span span, List<ResourceFunc> functions) implements TypeExpr {}

    public record RecordExpr(Span span, List<FieldDecl> fields) implements TypeExpr {}

    public record FlagsExpr(Span span, List<CaseName> flags) implements TypeExpr {}

    public record VariantExpr(Span span, List<CaseDecl> cases) implements TypeExpr {}

    public record EnumExpr(Span span, List<CaseName> cases) implements TypeExpr {}

    public record FieldDecl(Docs docs, Id name, TypeExpr type) {}

    /** type may be null. */
    public record CaseDecl(Docs docs, Id name, TypeExpr type) {}

    public record CaseName(Docs docs, Id name) {}

    /** A constructor, method or static function of a resource. */
    public record ResourceFunc(ResourceFuncKind kind, FunctionDecl function) {}

    public enum ResourceFuncKind {
        CONSTRUCTOR,
        METHOD,
        STATIC
    }

    /** {@code @since}, {@code @unstable}, {@code @deprecated} or {@code @external-id}. */
    public sealed interface Attribute {
        Span span();
    }

    public record Since(Span span, Version version) implements Attribute {}

    public record Unstable(Span span, Id feature) implements Attribute {}

    public record Deprecated(Span span, Version version) implements Attribute {}

    public record ExternalId(Span span, String id) implements Attribute {}
}
