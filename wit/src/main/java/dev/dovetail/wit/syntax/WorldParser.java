package dev.dovetail.wit.syntax;

import java.util.ArrayList;
import java.util.List;

/** Parses a world: imports, exports, includes, uses and type declarations. */
final class WorldParser {
    private WorldParser() {}

    static Ast.WorldDecl world(TokenStream tokens, Ast.Docs docs, List<Ast.Attribute> attributes) {
        tokens.expect(TokenKind.WORLD);
        Ast.Id name = tokens.id();
        tokens.expect(TokenKind.LEFT_BRACE);
        List<Ast.WorldMember> members = new ArrayList<>();
        while (true) {
            Ast.Docs memberDocs = tokens.docs();
            if (tokens.eat(TokenKind.RIGHT_BRACE)) {
                break;
            }
            List<Ast.Attribute> memberAttributes = ItemParser.attributes(tokens);
            members.add(member(tokens, memberDocs, memberAttributes));
        }
        return new Ast.WorldDecl(docs, attributes, name, members);
    }

    private static Ast.WorldMember member(
            TokenStream tokens, Ast.Docs docs, List<Ast.Attribute> attributes) {
        TokenKind kind = tokens.peek();
        if (kind == TokenKind.IMPORT) {
            tokens.expect(TokenKind.IMPORT);
            return new Ast.ImportDecl(docs, attributes, extern(tokens));
        }
        if (kind == TokenKind.EXPORT) {
            tokens.expect(TokenKind.EXPORT);
            return new Ast.ExportDecl(docs, attributes, extern(tokens));
        }
        if (kind == TokenKind.USE) {
            return ItemParser.use(tokens, attributes);
        }
        if (kind == TokenKind.INCLUDE) {
            return include(tokens, attributes);
        }
        Ast.TypeDecl type = TypeParser.declaration(tokens, docs, attributes);
        if (type != null) {
            return type;
        }
        throw tokens.expected(
                "`import`, `export`, `include`, `use`, or type definition", tokens.next());
    }

    private static Ast.Extern extern(TokenStream tokens) {
        TokenStream fork = tokens.fork();
        Ast.Id id = fork.id();
        if (fork.eat(TokenKind.COLON)) {
            TokenKind next = fork.peek();
            if (next == TokenKind.FUNC || next == TokenKind.ASYNC) {
                tokens.join(fork);
                Ast.Func func = ItemParser.func(tokens);
                tokens.expectSemicolon();
                return new Ast.FunctionExtern(id, func);
            }
            if (fork.eat(TokenKind.INTERFACE)) {
                tokens.join(fork);
                return new Ast.InlineInterface(id, ItemParser.interfaceMembers(tokens));
            }
            if (!isQualifiedPath(fork.fork())) {
                tokens.join(fork);
                Ast.UsePath path = ItemParser.usePath(tokens);
                tokens.expectSemicolon();
                return new Ast.NamedPathExtern(id, path);
            }
        }
        Ast.UsePath path = ItemParser.usePath(tokens);
        tokens.expectSemicolon();
        return new Ast.PathExtern(path);
    }

    private static boolean isQualifiedPath(TokenStream peek) {
        if (!peek.atId()) {
            return false;
        }
        try {
            peek.id();
        } catch (dev.dovetail.wit.WitException notAnId) {
            return false;
        }
        return peek.eat(TokenKind.SLASH);
    }

    private static Ast.IncludeDecl include(TokenStream tokens, List<Ast.Attribute> attributes) {
        tokens.expect(TokenKind.INCLUDE);
        Ast.UsePath path = ItemParser.usePath(tokens);
        List<Ast.IncludeName> names = new ArrayList<>();
        if (tokens.eat(TokenKind.WITH)) {
            names =
                    TypeParser.list(
                            tokens,
                            TokenKind.LEFT_BRACE,
                            TokenKind.RIGHT_BRACE,
                            (docs) -> {
                                Ast.Id name = tokens.id();
                                tokens.expect(TokenKind.AS);
                                return new Ast.IncludeName(name, tokens.id());
                            });
        } else {
            tokens.expectSemicolon();
        }
        return new Ast.IncludeDecl(attributes, path, names);
    }
}
