package dev.dovetail.wit.syntax;

import dev.dovetail.wit.model.Primitive;
import dev.dovetail.wit.syntax.Ast.TypeExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Parses types and the type declarations (record, flags, variant, enum, resource, type). */
final class TypeParser {
    private static final int MAX_DEPTH = 100;

    private TypeParser() {}

    static TypeExpr type(TokenStream tokens) {
        return type(tokens, 0);
    }

    private static TypeExpr type(TokenStream tokens, int depth) {
        Token token = tokens.next();
        if (depth >= MAX_DEPTH) {
            throw token == null
                    ? tokens.eofError("type nesting too deep")
                    : tokens.span(token).error("type nesting too deep");
        }
        if (token == null) {
            throw tokens.expected("a type", null);
        }
        Span span = tokens.span(token);
        Primitive primitive = primitive(token.kind());
        if (primitive != null) {
            return new Ast.PrimitiveExpr(span, primitive);
        }
        switch (token.kind()) {
            case TUPLE -> {
                return new Ast.TupleExpr(
                        span,
                        list(
                                tokens,
                                TokenKind.LESS_THAN,
                                TokenKind.GREATER_THAN,
                                (docs) -> type(tokens, depth + 1)));
            }
            case LIST -> {
                tokens.expect(TokenKind.LESS_THAN);
                TypeExpr element = type(tokens, depth + 1);
                Long size = null;
                if (tokens.eat(TokenKind.COMMA)) {
                    Token number = tokens.next();
                    if (number == null || number.kind() != TokenKind.INTEGER) {
                        throw tokens.expected("fixed-length", number);
                    }
                    try {
                        size = Long.parseLong(tokens.text(number));
                        if (size > 0xFFFF_FFFFL) {
                            throw new NumberFormatException();
                        }
                    } catch (NumberFormatException tooLarge) {
                        throw tokens.span(number)
                                .error("invalid list size: number too large to fit in target type");
                    }
                }
                tokens.expect(TokenKind.GREATER_THAN);
                return new Ast.ListExpr(span, element, size);
            }
            case MAP -> {
                tokens.expect(TokenKind.LESS_THAN);
                TypeExpr key = type(tokens, depth + 1);
                tokens.expect(TokenKind.COMMA);
                TypeExpr value = type(tokens, depth + 1);
                tokens.expect(TokenKind.GREATER_THAN);
                return new Ast.MapExpr(span, key, value);
            }
            case OPTION -> {
                tokens.expect(TokenKind.LESS_THAN);
                TypeExpr inner = type(tokens, depth + 1);
                tokens.expect(TokenKind.GREATER_THAN);
                return new Ast.OptionExpr(span, inner);
            }
            case RESULT -> {
                TypeExpr ok = null;
                TypeExpr error = null;
                if (tokens.eat(TokenKind.LESS_THAN)) {
                    if (tokens.eat(TokenKind.UNDERSCORE)) {
                        tokens.expect(TokenKind.COMMA);
                        error = type(tokens, depth + 1);
                    } else {
                        ok = type(tokens, depth + 1);
                        if (tokens.eat(TokenKind.COMMA)) {
                            error = type(tokens, depth + 1);
                        }
                    }
                    tokens.expect(TokenKind.GREATER_THAN);
                }
                return new Ast.ResultExpr(span, ok, error);
            }
            case FUTURE, STREAM -> {
                TypeExpr payload = null;
                if (tokens.eat(TokenKind.LESS_THAN)) {
                    payload = type(tokens, depth + 1);
                    tokens.expect(TokenKind.GREATER_THAN);
                }
                return token.kind() == TokenKind.FUTURE
                        ? new Ast.FutureExpr(span, payload)
                        : new Ast.StreamExpr(span, payload);
            }
            case OWN, BORROW -> {
                tokens.expect(TokenKind.LESS_THAN);
                Ast.Id resource = tokens.id();
                tokens.expect(TokenKind.GREATER_THAN);
                return new Ast.HandleExpr(resource.span(), token.kind() == TokenKind.OWN, resource);
            }
            case ID, EXPLICIT_ID -> {
                String text = tokens.text(token);
                String name = token.kind() == TokenKind.EXPLICIT_ID ? text.substring(1) : text;
                String problem = Lexer.validateId(name);
                if (problem != null) {
                    throw span.error(problem);
                }
                return new Ast.NamedExpr(new Ast.Id(name, span));
            }
            default -> throw tokens.expected("a type", token);
        }
    }

    private static Primitive primitive(TokenKind kind) {
        return switch (kind) {
            case BOOL -> Primitive.BOOL;
            case U8 -> Primitive.U8;
            case U16 -> Primitive.U16;
            case U32 -> Primitive.U32;
            case U64 -> Primitive.U64;
            case S8 -> Primitive.S8;
            case S16 -> Primitive.S16;
            case S32 -> Primitive.S32;
            case S64 -> Primitive.S64;
            case F32 -> Primitive.F32;
            case F64 -> Primitive.F64;
            case CHAR -> Primitive.CHAR;
            case STRING -> Primitive.STRING;
            case ERROR_CONTEXT -> Primitive.ERROR_CONTEXT;
            default -> null;
        };
    }

    /** A type declaration if the next token starts one, else null. */
    static Ast.TypeDecl declaration(
            TokenStream tokens, Ast.Docs docs, List<Ast.Attribute> attributes) {
        TokenKind kind = tokens.peek();
        if (kind == null) {
            return null;
        }
        switch (kind) {
            case TYPE -> {
                tokens.expect(TokenKind.TYPE);
                Ast.Id name = tokens.id();
                tokens.expect(TokenKind.EQUALS);
                TypeExpr type = type(tokens);
                tokens.expectSemicolon();
                return new Ast.TypeDecl(docs, attributes, name, type);
            }
            case FLAGS -> {
                tokens.expect(TokenKind.FLAGS);
                Ast.Id name = tokens.id();
                List<Ast.CaseName> flags = caseNames(tokens);
                return new Ast.TypeDecl(
                        docs, attributes, name, new Ast.FlagsExpr(name.span(), flags));
            }
            case ENUM -> {
                tokens.expect(TokenKind.ENUM);
                Ast.Id name = tokens.id();
                List<Ast.CaseName> cases = caseNames(tokens);
                return new Ast.TypeDecl(
                        docs, attributes, name, new Ast.EnumExpr(name.span(), cases));
            }
            case RECORD -> {
                tokens.expect(TokenKind.RECORD);
                Ast.Id name = tokens.id();
                List<Ast.FieldDecl> fields =
                        list(
                                tokens,
                                TokenKind.LEFT_BRACE,
                                TokenKind.RIGHT_BRACE,
                                (fieldDocs) -> {
                                    Ast.Id field = tokens.id();
                                    tokens.expect(TokenKind.COLON);
                                    return new Ast.FieldDecl(fieldDocs, field, type(tokens));
                                });
                return new Ast.TypeDecl(
                        docs, attributes, name, new Ast.RecordExpr(name.span(), fields));
            }
            case VARIANT -> {
                tokens.expect(TokenKind.VARIANT);
                Ast.Id name = tokens.id();
                List<Ast.CaseDecl> cases =
                        list(
                                tokens,
                                TokenKind.LEFT_BRACE,
                                TokenKind.RIGHT_BRACE,
                                (caseDocs) -> {
                                    Ast.Id label = tokens.id();
                                    TypeExpr payload = null;
                                    if (tokens.eat(TokenKind.LEFT_PAREN)) {
                                        payload = type(tokens);
                                        tokens.expect(TokenKind.RIGHT_PAREN);
                                    }
                                    return new Ast.CaseDecl(caseDocs, label, payload);
                                });
                return new Ast.TypeDecl(
                        docs, attributes, name, new Ast.VariantExpr(name.span(), cases));
            }
            case RESOURCE -> {
                return resource(tokens, docs, attributes);
            }
            default -> {
                return null;
            }
        }
    }

    private static Ast.TypeDecl resource(
            TokenStream tokens, Ast.Docs docs, List<Ast.Attribute> attributes) {
        tokens.expect(TokenKind.RESOURCE);
        Ast.Id name = tokens.id();
        List<Ast.ResourceFunc> functions = new ArrayList<>();
        if (tokens.eat(TokenKind.LEFT_BRACE)) {
            while (true) {
                Ast.Docs functionDocs = tokens.docs();
                if (tokens.eat(TokenKind.RIGHT_BRACE)) {
                    break;
                }
                List<Ast.Attribute> functionAttributes = ItemParser.attributes(tokens);
                functions.add(resourceFunction(tokens, functionDocs, functionAttributes));
            }
        } else {
            tokens.expectSemicolon();
        }
        return new Ast.TypeDecl(
                docs, attributes, name, new Ast.ResourceExpr(name.span(), functions));
    }

    private static Ast.ResourceFunc resourceFunction(
            TokenStream tokens, Ast.Docs docs, List<Ast.Attribute> attributes) {
        Token first = tokens.peekToken();
        if (first != null && first.kind() == TokenKind.CONSTRUCTOR) {
            tokens.expect(TokenKind.CONSTRUCTOR);
            Span span = tokens.span(first);
            tokens.expect(TokenKind.LEFT_PAREN);
            List<Ast.Param> params = ItemParser.params(tokens);
            TypeExpr result = tokens.eat(TokenKind.ARROW) ? type(tokens) : null;
            tokens.expectSemicolon();
            Ast.Func func = new Ast.Func(span, false, params, result);
            return new Ast.ResourceFunc(
                    Ast.ResourceFuncKind.CONSTRUCTOR,
                    new Ast.FunctionDecl(docs, attributes, new Ast.Id("constructor", span), func));
        }
        if (first != null
                && (first.kind() == TokenKind.ID || first.kind() == TokenKind.EXPLICIT_ID)) {
            Ast.Id name = tokens.id();
            tokens.expect(TokenKind.COLON);
            Ast.ResourceFuncKind kind =
                    tokens.eat(TokenKind.STATIC)
                            ? Ast.ResourceFuncKind.STATIC
                            : Ast.ResourceFuncKind.METHOD;
            Ast.Func func = ItemParser.func(tokens);
            tokens.expectSemicolon();
            return new Ast.ResourceFunc(kind, new Ast.FunctionDecl(docs, attributes, name, func));
        }
        tokens.next();
        throw tokens.expected("`constructor` or identifier", first);
    }

    /** A delimited, comma-separated list allowing a trailing comma; each item gets its docs. */
    static <T> List<T> list(
            TokenStream tokens, TokenKind start, TokenKind end, Function<Ast.Docs, T> item) {
        tokens.expect(start);
        return listTail(tokens, end, item);
    }

    static <T> List<T> listTail(TokenStream tokens, TokenKind end, Function<Ast.Docs, T> item) {
        List<T> items = new ArrayList<>();
        while (true) {
            Ast.Docs docs = tokens.docs();
            if (tokens.eat(end)) {
                break;
            }
            items.add(item.apply(docs));
            if (!tokens.eat(TokenKind.COMMA)) {
                tokens.expect(end);
                break;
            }
        }
        return items;
    }

    /** The braced, comma-separated case names of a {@code flags} or {@code enum}. */
    private static List<Ast.CaseName> caseNames(TokenStream tokens) {
        return list(
                tokens,
                TokenKind.LEFT_BRACE,
                TokenKind.RIGHT_BRACE,
                (caseDocs) -> new Ast.CaseName(caseDocs, tokens.id()));
    }
}
