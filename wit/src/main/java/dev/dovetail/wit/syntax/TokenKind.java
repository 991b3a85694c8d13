package dev.dovetail.wit.syntax;

import java.util.HashMap;
import java.util.Map;

/** The kinds of WIT token; keywords carry their spelling. */
public enum TokenKind {
    WHITESPACE(null, "whitespace"),
    COMMENT(null, "a comment"),
    EQUALS(null, "'='"),
    COMMA(null, "','"),
    COLON(null, "':'"),
    PERIOD(null, "'.'"),
    SEMICOLON(null, "';'"),
    LEFT_PAREN(null, "'('"),
    RIGHT_PAREN(null, "')'"),
    LEFT_BRACE(null, "'{'"),
    RIGHT_BRACE(null, "'}'"),
    LESS_THAN(null, "'<'"),
    GREATER_THAN(null, "'>'"),
    ARROW(null, "`->`"),
    STAR(null, "`*`"),
    AT(null, "`@`"),
    SLASH(null, "`/`"),
    PLUS(null, "`+`"),
    MINUS(null, "`-`"),
    STRING_LITERAL(null, "a string literal"),
    ID(null, "an identifier"),
    EXPLICIT_ID(null, "an '%' identifier"),
    INTEGER(null, "an integer"),
    USE("use"),
    TYPE("type"),
    FUNC("func"),
    U8("u8"),
    U16("u16"),
    U32("u32"),
    U64("u64"),
    S8("s8"),
    S16("s16"),
    S32("s32"),
    S64("s64"),
    F32("f32"),
    F64("f64"),
    CHAR("char"),
    RECORD("record"),
    RESOURCE("resource"),
    OWN("own"),
    BORROW("borrow"),
    FLAGS("flags"),
    VARIANT("variant"),
    ENUM("enum"),
    BOOL("bool"),
    STRING("string"),
    OPTION("option"),
    RESULT("result"),
    FUTURE("future"),
    STREAM("stream"),
    ERROR_CONTEXT("error-context"),
    LIST("list"),
    MAP("map"),
    UNDERSCORE("_"),
    AS("as"),
    FROM("from"),
    STATIC("static"),
    INTERFACE("interface"),
    TUPLE("tuple"),
    IMPORT("import"),
    EXPORT("export"),
    WORLD("world"),
    PACKAGE("package"),
    CONSTRUCTOR("constructor"),
    ASYNC("async"),
    INCLUDE("include"),
    WITH("with");

    private static final Map<String, TokenKind> KEYWORDS = new HashMap<>();

    static {
        for (TokenKind kind : values()) {
            if (kind.keyword != null) {
                KEYWORDS.put(kind.keyword, kind);
            }
        }
    }

    private final String keyword;
    private final String description;

    TokenKind(String keyword, String description) {
        this.keyword = keyword;
        this.description = description;
    }

    TokenKind(String keyword) {
        this(keyword, "keyword `" + keyword + "`");
    }

    /** How error messages name this kind of token. */
    public String description() {
        return description;
    }

    /** The keyword spelled by a word, or {@link #ID} when the word is no keyword. */
    static TokenKind ofWord(String word) {
        return KEYWORDS.getOrDefault(word, ID);
    }
}
