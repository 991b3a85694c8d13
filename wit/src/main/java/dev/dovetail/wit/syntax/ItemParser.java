package dev.dovetail.wit.syntax;

import dev.dovetail.wit.model.Version;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses a WIT file: the package header, top-level declarations (interfaces, worlds, top-level
 * {@code use}, nested packages), interface members, functions and attributes. Worlds are parsed by
 * {@link WorldParser}, types by {@link TypeParser}.
 */
public final class ItemParser {
    private static final int MAX_PACKAGE_DEPTH = 100;

    private ItemParser() {}

    /** Parses one file into its syntax tree. */
    public static Ast.PackageFile parse(SourceFile source) {
        TokenStream tokens = new TokenStream(new Lexer(source));
        TokenStream peek = tokens.fork();
        Ast.Docs docs = peek.docs();
        Ast.PackageId id = null;
        if (peek.eat(TokenKind.PACKAGE)) {
            Ast.PackageId candidate = packageId(peek, docs);
            if (peek.eat(TokenKind.SEMICOLON)) {
                tokens.join(peek);
                id = candidate;
            }
        }
        return new Ast.PackageFile(id, declarations(tokens, null, 0));
    }

    private static List<Ast.Declaration> declarations(
            TokenStream tokens, TokenKind end, int depth) {
        List<Ast.Declaration> declarations = new ArrayList<>();
        Ast.Docs docs = tokens.docs();
        while (true) {
            if (end != null ? tokens.eat(end) : tokens.atEnd()) {
                break;
            }
            if (end != null && tokens.atEnd()) {
                throw tokens.expected(end.description(), null);
            }
            declarations.add(declaration(tokens, docs, depth));
            docs = tokens.docs();
        }
        return declarations;
    }

    private static Ast.Declaration declaration(TokenStream tokens, Ast.Docs docs, int depth) {
        List<Ast.Attribute> attributes = attributes(tokens);
        TokenKind kind = tokens.peek();
        if (kind == TokenKind.INTERFACE) {
            tokens.expect(TokenKind.INTERFACE);
            Ast.Id name = tokens.id();
            return new Ast.InterfaceDecl(docs, attributes, name, interfaceMembers(tokens));
        }
        if (kind == TokenKind.WORLD) {
            return WorldParser.world(tokens, docs, attributes);
        }
        if (kind == TokenKind.USE) {
            Token use = tokens.expect(TokenKind.USE);
            Ast.UsePath path = usePath(tokens);
            Ast.Id alias = tokens.eat(TokenKind.AS) ? tokens.id() : null;
            tokens.expectSemicolon();
            return new Ast.TopLevelUse(tokens.span(use), attributes, path, alias);
        }
        if (kind == TokenKind.PACKAGE) {
            Token start = tokens.expect(TokenKind.PACKAGE);
            if (!attributes.isEmpty()) {
                throw tokens.span(start).error("cannot place attributes on nested packages");
            }
            if (depth >= MAX_PACKAGE_DEPTH) {
                throw tokens.span(start).error("package nesting too deep");
            }
            Ast.PackageId id = packageId(tokens, docs);
            tokens.expect(TokenKind.LEFT_BRACE);
            List<Ast.Declaration> inner = declarations(tokens, TokenKind.RIGHT_BRACE, depth + 1);
            return new Ast.NestedPackage(new Ast.PackageFile(id, inner));
        }
        throw tokens.expected("`world`, `interface` or `use`", tokens.next());
    }

    static Ast.PackageId packageId(TokenStream tokens, Ast.Docs docs) {
        Ast.Id namespace = tokens.id();
        tokens.expect(TokenKind.COLON);
        Ast.Id name = tokens.id();
        Version version = null;
        int end = name.span().end();
        if (tokens.eat(TokenKind.AT)) {
            VersionSpan parsed = version(tokens);
            version = parsed.version();
            end = parsed.end();
        }
        return new Ast.PackageId(
                tokens.span(namespace.span().start(), end), namespace, name, version, docs);
    }

    /** A version and where it ends. */
    record VersionSpan(Version version, int end) {}

    static VersionSpan version(TokenStream tokens) {
        Token first = tokens.expect(TokenKind.INTEGER);
        tokens.expect(TokenKind.PERIOD);
        tokens.expect(TokenKind.INTEGER);
        tokens.expect(TokenKind.PERIOD);
        int end = tokens.expect(TokenKind.INTEGER).end();
        end = versionSuffix(tokens, TokenKind.MINUS, end);
        end = versionSuffix(tokens, TokenKind.PLUS, end);
        String text = tokens.source().text().substring(first.start(), end);
        Version version = Version.parse(text);
        if (version == null) {
            throw tokens.span(first).error("invalid version `" + text + "`");
        }
        return new VersionSpan(version, end);
    }

    private static int versionSuffix(TokenStream tokens, TokenKind prefix, int end) {
        if (!tokens.eat(prefix)) {
            return end;
        }
        int last = end;
        while (true) {
            TokenStream fork = tokens.fork();
            Token token = fork.next();
            if (token != null && token.kind() == TokenKind.PERIOD) {
                token = fork.next();
            }
            if (token == null
                    || (token.kind() != TokenKind.ID
                            && token.kind() != TokenKind.INTEGER
                            && token.kind() != TokenKind.MINUS)) {
                return Math.max(last, end + 1);
            }
            last = token.end();
            tokens.join(fork);
        }
    }

    static List<Ast.InterfaceMember> interfaceMembers(TokenStream tokens) {
        tokens.expect(TokenKind.LEFT_BRACE);
        List<Ast.InterfaceMember> members = new ArrayList<>();
        while (true) {
            Ast.Docs docs = tokens.docs();
            if (tokens.eat(TokenKind.RIGHT_BRACE)) {
                return members;
            }
            List<Ast.Attribute> attributes = attributes(tokens);
            members.add(interfaceMember(tokens, docs, attributes));
        }
    }

    private static Ast.InterfaceMember interfaceMember(
            TokenStream tokens, Ast.Docs docs, List<Ast.Attribute> attributes) {
        Ast.TypeDecl type = TypeParser.declaration(tokens, docs, attributes);
        if (type != null) {
            return type;
        }
        TokenKind kind = tokens.peek();
        if (kind == TokenKind.ID || kind == TokenKind.EXPLICIT_ID) {
            Ast.Id name = tokens.id();
            tokens.expect(TokenKind.COLON);
            Ast.Func func = func(tokens);
            tokens.expectSemicolon();
            return new Ast.FunctionDecl(docs, attributes, name, func);
        }
        if (kind == TokenKind.USE) {
            return use(tokens, attributes);
        }
        throw tokens.expected("`type`, `resource` or `func`", tokens.next());
    }

    static Ast.UseDecl use(TokenStream tokens, List<Ast.Attribute> attributes) {
        tokens.expect(TokenKind.USE);
        Ast.UsePath path = usePath(tokens);
        tokens.expect(TokenKind.PERIOD);
        tokens.expect(TokenKind.LEFT_BRACE);
        List<Ast.UseName> names = new ArrayList<>();
        while (!tokens.eat(TokenKind.RIGHT_BRACE)) {
            Ast.Id name = tokens.id();
            Ast.Id alias = tokens.eat(TokenKind.AS) ? tokens.id() : null;
            names.add(new Ast.UseName(name, alias));
            if (!tokens.eat(TokenKind.COMMA)) {
                tokens.expect(TokenKind.RIGHT_BRACE);
                break;
            }
        }
        tokens.expectSemicolon();
        return new Ast.UseDecl(attributes, path, names);
    }

    static Ast.UsePath usePath(TokenStream tokens) {
        Ast.Id first = tokens.id();
        if (!tokens.eat(TokenKind.COLON)) {
            return new Ast.LocalPath(first);
        }
        Ast.Id packageName = tokens.id();
        tokens.expect(TokenKind.SLASH);
        Ast.Id name = tokens.id();
        Version version = null;
        if (tokens.eat(TokenKind.AT)) {
            version = version(tokens).version();
        }
        Ast.PackageId id =
                new Ast.PackageId(
                        tokens.span(first.span().start(), packageName.span().end()),
                        first,
                        packageName,
                        version,
                        Ast.Docs.NONE);
        return new Ast.QualifiedPath(id, name);
    }

    static Ast.Func func(TokenStream tokens) {
        boolean async = tokens.eat(TokenKind.ASYNC);
        Token keyword = tokens.expect(TokenKind.FUNC);
        tokens.expect(TokenKind.LEFT_PAREN);
        List<Ast.Param> params = params(tokens);
        Ast.TypeExpr result = tokens.eat(TokenKind.ARROW) ? TypeParser.type(tokens) : null;
        return new Ast.Func(tokens.span(keyword), async, params, result);
    }

    /** Parameters after the opening parenthesis, through the closing one. */
    static List<Ast.Param> params(TokenStream tokens) {
        return TypeParser.listTail(
                tokens,
                TokenKind.RIGHT_PAREN,
                (docs) -> {
                    Ast.Id name = tokens.id();
                    tokens.expect(TokenKind.COLON);
                    return new Ast.Param(name, TypeParser.type(tokens));
                });
    }

    static List<Ast.Attribute> attributes(TokenStream tokens) {
        List<Ast.Attribute> attributes = new ArrayList<>();
        while (tokens.eat(TokenKind.AT)) {
            Ast.Id id = tokens.id();
            switch (id.name()) {
                case "since", "deprecated" -> {
                    tokens.expect(TokenKind.LEFT_PAREN);
                    expectWord(tokens, "version");
                    tokens.expect(TokenKind.EQUALS);
                    Version version = version(tokens).version();
                    tokens.expect(TokenKind.RIGHT_PAREN);
                    attributes.add(
                            id.name().equals("since")
                                    ? new Ast.Since(id.span(), version)
                                    : new Ast.Deprecated(id.span(), version));
                }
                case "unstable" -> {
                    tokens.expect(TokenKind.LEFT_PAREN);
                    expectWord(tokens, "feature");
                    tokens.expect(TokenKind.EQUALS);
                    Ast.Id feature = tokens.id();
                    tokens.expect(TokenKind.RIGHT_PAREN);
                    attributes.add(new Ast.Unstable(id.span(), feature));
                }
                case "external-id" -> {
                    tokens.expect(TokenKind.LEFT_PAREN);
                    Token literal = tokens.expect(TokenKind.STRING_LITERAL);
                    tokens.expect(TokenKind.RIGHT_PAREN);
                    String text = tokens.text(literal);
                    attributes.add(
                            new Ast.ExternalId(id.span(), text.substring(1, text.length() - 1)));
                }
                default -> throw id.span().error("unknown attribute `" + id.name() + "`");
            }
        }
        return attributes;
    }

    private static void expectWord(TokenStream tokens, String expected) {
        Ast.Id id = tokens.id();
        if (!id.name().equals(expected)) {
            throw id.span().error("expected `" + expected + "`, found `" + id.name() + "`");
        }
    }
}
