package dev.dovetail.wit.syntax;

/**
 * Splits WIT text into tokens. Whitespace and comments are tokens too (the parser skips them,
 * except where doc comments are collected). Rejects control and bidirectional-override code points
 * up front, so that a file cannot look different from what it means.
 */
public final class Lexer {
    private final SourceFile source;
    private final String text;
    private int position;

    public Lexer(SourceFile source) {
        this.source = source;
        this.text = source.text();
        checkCodePoints();
    }

    private Lexer(Lexer other) {
        this.source = other.source;
        this.text = other.text;
        this.position = other.position;
    }

    /** An independent copy at the same position, for look-ahead. */
    public Lexer copy() {
        return new Lexer(this);
    }

    public SourceFile source() {
        return source;
    }

    public int position() {
        return position;
    }

    public String text(Token token) {
        return text.substring(token.start(), token.end());
    }

    /** The next token that is no whitespace or comment, or null at end of input. */
    public Token next() {
        while (true) {
            Token token = nextRaw();
            if (token == null
                    || (token.kind() != TokenKind.WHITESPACE
                            && token.kind() != TokenKind.COMMENT)) {
                return token;
            }
        }
    }

    /** The next token including whitespace and comments, or null at end of input. */
    public Token nextRaw() {
        if (position >= text.length()) {
            return null;
        }
        int start = position;
        char ch = text.charAt(position++);
        TokenKind kind;
        switch (ch) {
            case '\n', '\t', ' ', '\r' -> {
                while (position < text.length() && " \t\n\r".indexOf(text.charAt(position)) >= 0) {
                    position++;
                }
                kind = TokenKind.WHITESPACE;
            }
            case '/' -> kind = slashOrComment(start);
            case '=' -> kind = TokenKind.EQUALS;
            case ',' -> kind = TokenKind.COMMA;
            case ':' -> kind = TokenKind.COLON;
            case '.' -> kind = TokenKind.PERIOD;
            case ';' -> kind = TokenKind.SEMICOLON;
            case '(' -> kind = TokenKind.LEFT_PAREN;
            case ')' -> kind = TokenKind.RIGHT_PAREN;
            case '{' -> kind = TokenKind.LEFT_BRACE;
            case '}' -> kind = TokenKind.RIGHT_BRACE;
            case '<' -> kind = TokenKind.LESS_THAN;
            case '>' -> kind = TokenKind.GREATER_THAN;
            case '*' -> kind = TokenKind.STAR;
            case '@' -> kind = TokenKind.AT;
            case '+' -> kind = TokenKind.PLUS;
            case '-' -> {
                kind = eat('>') ? TokenKind.ARROW : TokenKind.MINUS;
            }
            case '%' -> {
                if (position < text.length() && isWordStart(text.charAt(position))) {
                    while (position < text.length() && isWordPart(text.charAt(position))) {
                        position++;
                    }
                }
                kind = TokenKind.EXPLICIT_ID;
            }
            case '"' -> {
                stringLiteral(start);
                kind = TokenKind.STRING_LITERAL;
            }
            default -> {
                if (isWordStart(ch)) {
                    position = start;
                    kind = word(start);
                } else if (ch >= '0' && ch <= '9') {
                    while (position < text.length() && Character.isDigit(text.charAt(position))) {
                        position++;
                    }
                    kind = TokenKind.INTEGER;
                } else {
                    throw source.error(start, "unexpected character " + describe(ch));
                }
            }
        }
        return new Token(kind, start, position);
    }

    private TokenKind word(int start) {
        position = start + 1;
        while (position < text.length() && isWordPart(text.charAt(position))) {
            position++;
        }
        return TokenKind.ofWord(text.substring(start, position));
    }

    private TokenKind slashOrComment(int start) {
        if (eat('/')) {
            while (position < text.length() && text.charAt(position) != '\n') {
                position++;
            }
            return TokenKind.COMMENT;
        }
        if (eat('*')) {
            int depth = 1;
            while (depth > 0) {
                if (position >= text.length()) {
                    throw source.error(start, "unterminated block comment");
                }
                char c = text.charAt(position++);
                if (c == '/' && eat('*')) {
                    depth++;
                } else if (c == '*' && eat('/')) {
                    depth--;
                }
            }
            return TokenKind.COMMENT;
        }
        return TokenKind.SLASH;
    }

    private void stringLiteral(int start) {
        while (true) {
            if (position >= text.length()) {
                throw source.error(start, "unterminated string literal");
            }
            char c = text.charAt(position++);
            if (c == '"') {
                return;
            }
            if (c == '\\') {
                if (position >= text.length()) {
                    throw source.error(start, "unterminated string literal");
                }
                position++;
            }
        }
    }

    private boolean eat(char expected) {
        if (position < text.length() && text.charAt(position) == expected) {
            position++;
            return true;
        }
        return false;
    }

    private void checkCodePoints() {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\n' || ch == '\r' || ch == '\t') {
                continue;
            }
            if ((ch >= '\u202a' && ch <= '\u202e') || (ch >= '\u2066' && ch <= '\u2069')) {
                throw source.error(i, "input contains bidirectional override codepoint " + hex(ch));
            }
            if (ch == '\u0149'
                    || ch == '\u0673'
                    || ch == '\u0f77'
                    || ch == '\u0f79'
                    || (ch >= '\u17a3' && ch <= '\u17a5')
                    || ch == '\u17b4'
                    || ch == '\u17b5') {
                throw source.error(i, "codepoint " + hex(ch) + " is discouraged by Unicode");
            }
            if (Character.isISOControl(ch)) {
                throw source.error(i, "control character " + hex(ch) + " is not valid in WIT");
            }
        }
    }

    private static String hex(char ch) {
        return String.format("U+%04X", (int) ch);
    }

    private static String describe(char ch) {
        return "'" + ch + "' (" + hex(ch) + ")";
    }

    static boolean isWordStart(char ch) {
        return Character.isUnicodeIdentifierStart(ch) || ch == '_' || ch == '-';
    }

    static boolean isWordPart(char ch) {
        return (Character.isUnicodeIdentifierPart(ch) && !Character.isIdentifierIgnorable(ch))
                || ch == '-';
    }

    /**
     * Checks a kebab-case identifier: parts separated by '-', each all lowercase or all uppercase
     * ASCII letters and digits, the first part starting with a letter. Returns an error message or
     * null.
     */
    public static String validateId(String id) {
        if (id.isEmpty()) {
            return "identifiers must have characters between '-'s";
        }
        String[] parts = id.split("-", -1);
        for (int index = 0; index < parts.length; index++) {
            String part = parts[index];
            if (part.isEmpty()) {
                return "identifiers must have characters between '-'s";
            }
            char first = part.charAt(0);
            if (index == 0 && !isAsciiLetter(first)) {
                return "invalid character in identifier " + describe(first);
            }
            Boolean upper = null;
            for (char ch : part.toCharArray()) {
                if (ch >= '0' && ch <= '9') {
                    continue;
                }
                boolean isUpper = ch >= 'A' && ch <= 'Z';
                boolean isLower = ch >= 'a' && ch <= 'z';
                if (!isUpper && !isLower) {
                    return "invalid character in identifier " + describe(ch);
                }
                if (upper == null) {
                    upper = isUpper;
                } else if (upper != isUpper) {
                    return "invalid character in identifier " + describe(ch);
                }
            }
        }
        return null;
    }

    private static boolean isAsciiLetter(char ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
    }
}
