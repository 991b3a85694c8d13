package dev.dovetail.wit.syntax;

import dev.dovetail.wit.WitException;
import java.util.ArrayList;
import java.util.List;

/** The parser's view of the lexer: look-ahead, expectations and doc comments. */
final class TokenStream {
    private Lexer lexer;

    TokenStream(Lexer lexer) {
        this.lexer = lexer;
    }

    SourceFile source() {
        return lexer.source();
    }

    Span span(Token token) {
        return new Span(lexer.source(), token.start(), token.end());
    }

    Span span(int start, int end) {
        return new Span(lexer.source(), start, end);
    }

    String text(Token token) {
        return lexer.text(token);
    }

    /** A copy at the same position, for speculative parsing. */
    TokenStream fork() {
        return new TokenStream(lexer.copy());
    }

    /** Moves this stream to the position of a fork. */
    void join(TokenStream fork) {
        this.lexer = fork.lexer;
    }

    Token next() {
        return lexer.next();
    }

    /** The next token's kind without consuming it, or null at end. */
    TokenKind peek() {
        Token token = lexer.copy().next();
        return token == null ? null : token.kind();
    }

    Token peekToken() {
        return lexer.copy().next();
    }

    boolean atEnd() {
        return peek() == null;
    }

    boolean eat(TokenKind kind) {
        Lexer copy = lexer.copy();
        Token token = copy.next();
        if (token != null && token.kind() == kind) {
            lexer = copy;
            return true;
        }
        return false;
    }

    Token expect(TokenKind kind) {
        Token token = lexer.next();
        if (token == null) {
            throw eofError("expected " + kind.description() + ", found eof");
        }
        if (token.kind() != kind) {
            throw lexer.source()
                    .error(
                            token.start(),
                            "expected "
                                    + kind.description()
                                    + ", found "
                                    + token.kind().description());
        }
        return token;
    }

    void expectSemicolon() {
        expect(TokenKind.SEMICOLON);
    }

    WitException eofError(String message) {
        return lexer.source().error(lexer.source().text().length(), message);
    }

    /** An "expected …, found …" error at a token already taken (null for end of input). */
    WitException expected(String what, Token found) {
        if (found == null) {
            return eofError("expected " + what + ", found eof");
        }
        return lexer.source()
                .error(found.start(), "expected " + what + ", found " + found.kind().description());
    }

    /** An identifier, plain or {@code %}-escaped, checked for kebab-case. */
    Ast.Id id() {
        Token token = lexer.next();
        if (token == null
                || (token.kind() != TokenKind.ID && token.kind() != TokenKind.EXPLICIT_ID)) {
            throw expected("an identifier or string", token);
        }
        String text = lexer.text(token);
        if (token.kind() == TokenKind.EXPLICIT_ID) {
            text = text.substring(1);
        }
        String problem = Lexer.validateId(text);
        if (problem != null) {
            throw lexer.source().error(token.start(), problem);
        }
        return new Ast.Id(text, span(token));
    }

    boolean atId() {
        TokenKind kind = peek();
        return kind == TokenKind.ID || kind == TokenKind.EXPLICIT_ID;
    }

    /**
     * The comments before the next token: as in wit-parser, every comment before an item is its
     * doc.
     */
    Ast.Docs docs() {
        List<String> comments = new ArrayList<>();
        while (true) {
            Lexer copy = lexer.copy();
            Token token = copy.nextRaw();
            if (token == null
                    || (token.kind() != TokenKind.WHITESPACE
                            && token.kind() != TokenKind.COMMENT)) {
                break;
            }
            if (token.kind() == TokenKind.COMMENT) {
                comments.add(copy.text(token));
            }
            lexer = copy;
        }
        return comments.isEmpty() ? Ast.Docs.NONE : new Ast.Docs(List.copyOf(comments));
    }
}
