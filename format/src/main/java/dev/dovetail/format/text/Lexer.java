package dev.dovetail.format.text;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits WebAssembly text into tokens, dropping white space and comments. Positions are 1-based;
 * columns count UTF-16 chars. Numbers are only checked for shape here: their value depends on where
 * they are used (see {@link NumberLiterals}).
 */
public final class Lexer {
    private final String src;
    private int pos;
    private int line = 1;
    private int lineStart;

    private Lexer(String src) {
        this.src = src;
    }

    /** All tokens of {@code src}, in order. */
    public static List<Token> tokenize(String src) {
        Lexer lx = new Lexer(src);
        List<Token> out = new ArrayList<>();
        for (Token t = lx.next(); t != null; t = lx.next()) {
            out.add(t);
        }
        return out;
    }

    private WatException error(String msg, int l, int c) {
        return new WatException(msg, l, c);
    }

    private int col() {
        return pos - lineStart + 1;
    }

    private Token next() {
        skipTrivia();
        if (pos >= src.length()) {
            return null;
        }
        int l = line;
        int c = col();
        char ch = src.charAt(pos);
        if (ch == '(') {
            pos++;
            char after = peekAt(1);
            if (peekAt(0) == '@' && (after == '"' || isIdChar(after))) {
                int start = ++pos;
                String name;
                if (pos < src.length() && src.charAt(pos) == '"') {
                    name = Token.decodeUtf8(string(l, c), l, c);
                } else {
                    while (pos < src.length() && isIdChar(src.charAt(pos))) {
                        pos++;
                    }
                    name = src.substring(start, pos);
                }
                if (name.isEmpty()) {
                    throw error("empty annotation id", l, c);
                }
                if (pos < src.length() && src.charAt(pos) == '"') {
                    throw error("unknown token (missing separator)", l, c);
                }
                return new Token(TokenKind.ANNOTATION, name, null, l, c);
            }
            return new Token(TokenKind.LPAREN, "(", null, l, c);
        }
        if (ch == ')') {
            pos++;
            return new Token(TokenKind.RPAREN, ")", null, l, c);
        }
        if (!isIdChar(ch) && ch != '"' && !isReservedChar(ch, peekAt(1))) {
            throw error("unexpected character '" + printable(ch) + "'", l, c);
        }
        // A token is a maximal run of identifier characters and strings; only some runs are
        // meaningful (a lone string, $ plus one string, plain idchars), the rest are reserved.
        int start = pos;
        int strings = 0;
        byte[] bytes = null;
        int lastStringStart = -1;
        int lastStringEnd = -1;
        while (pos < src.length()) {
            char d = src.charAt(pos);
            if (d == '"') {
                lastStringStart = pos;
                bytes = string(l, c);
                lastStringEnd = pos;
                strings++;
            } else if (isIdChar(d) || isReservedChar(d, peekAt(1))) {
                pos++;
            } else {
                break;
            }
        }
        String text = src.substring(start, pos);
        boolean endsWithString = lastStringEnd == pos;
        if (strings > 0 || text.chars().anyMatch(x -> ",;[]{}".indexOf(x) >= 0)) {
            if (strings == 1 && lastStringStart == start && endsWithString) {
                return new Token(TokenKind.STRING, text, bytes, l, c);
            }
            if (strings == 1 && lastStringStart == start + 1 && ch == '$' && endsWithString) {
                if (bytes.length == 0) {
                    throw error("empty identifier", l, c);
                }
                return new Token(TokenKind.ID, Token.decodeUtf8(bytes, l, c), null, l, c);
            }
            return new Token(TokenKind.RESERVED, text, null, l, c);
        }
        if (ch == '$') {
            if (text.length() == 1) {
                throw error("empty identifier", l, c);
            }
            return new Token(TokenKind.ID, text.substring(1), null, l, c);
        }
        if (NumberLiterals.isNumber(text)) {
            return new Token(TokenKind.NUMBER, text, null, l, c);
        }
        if (ch >= 'a' && ch <= 'z') {
            return new Token(TokenKind.KEYWORD, text, null, l, c);
        }
        return new Token(TokenKind.RESERVED, text, null, l, c);
    }

    /** Characters that may only occur inside reserved tokens. */
    private static boolean isReservedChar(char ch, char next) {
        return ch == ';'
                ? next != ';'
                : ch == ',' || ch == '[' || ch == ']' || ch == '{' || ch == '}';
    }

    private static String printable(char ch) {
        return ch < 0x20 || ch >= 0x7f ? String.format("\\u%04x", (int) ch) : String.valueOf(ch);
    }

    static boolean isIdChar(char ch) {
        if (ch >= '0' && ch <= '9' || ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z') {
            return true;
        }
        return "!#$%&'*+-./:<=>?@\\^_`|~".indexOf(ch) >= 0;
    }

    private void newline() {
        line++;
        lineStart = pos;
    }

    private void skipTrivia() {
        while (pos < src.length()) {
            char ch = src.charAt(pos);
            if (ch == '\n') {
                pos++;
                newline();
            } else if (ch == '\r') {
                pos++;
                if (peekAt(0) != '\n') {
                    newline(); // a lone CR also ends a line
                }
            } else if (ch == ' ' || ch == '\t') {
                pos++;
            } else if (ch == ';' && peekAt(1) == ';') {
                while (pos < src.length() && src.charAt(pos) != '\n' && src.charAt(pos) != '\r') {
                    pos++;
                }
            } else if (ch == '(' && peekAt(1) == ';') {
                blockComment();
            } else {
                return;
            }
        }
    }

    private char peekAt(int ahead) {
        int p = pos + ahead;
        return p < src.length() ? src.charAt(p) : '\0';
    }

    /** Block comments nest: {@code (; (; ;) ;)} is one comment. */
    private void blockComment() {
        int l = line;
        int c = col();
        pos += 2;
        int depth = 1;
        while (depth > 0) {
            if (pos >= src.length()) {
                throw error("unclosed block comment", l, c);
            }
            char ch = src.charAt(pos);
            if (ch == '(' && peekAt(1) == ';') {
                depth++;
                pos += 2;
            } else if (ch == ';' && peekAt(1) == ')') {
                depth--;
                pos += 2;
            } else {
                pos++;
                if (ch == '\n') {
                    newline();
                }
            }
        }
    }

    /** Reads a quoted string at {@code pos} and returns its bytes (escapes decoded, UTF-8 text). */
    private byte[] string(int l, int c) {
        pos++; // opening quote
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            if (pos >= src.length()) {
                throw error("unclosed string", l, c);
            }
            char ch = src.charAt(pos);
            if (ch == '"') {
                pos++;
                return out.toByteArray();
            }
            if (ch < 0x20 || ch == 0x7f) {
                throw error("illegal control character in string", line, col());
            }
            if (ch != '\\') {
                int cp = src.codePointAt(pos);
                byte[] enc = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                out.write(enc, 0, enc.length);
                pos += Character.charCount(cp);
                continue;
            }
            int el = line;
            int ec = col();
            pos++;
            if (pos >= src.length()) {
                throw error("unclosed string", l, c);
            }
            char e = src.charAt(pos++);
            switch (e) {
                case 't' -> out.write('\t');
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case '"' -> out.write('"');
                case '\'' -> out.write('\'');
                case '\\' -> out.write('\\');
                case 'u' -> unicodeEscape(out, el, ec);
                default -> {
                    int hi = Character.digit(e, 16);
                    int lo = pos < src.length() ? Character.digit(src.charAt(pos), 16) : -1;
                    if (hi < 0 || lo < 0) {
                        throw error("illegal escape", el, ec);
                    }
                    pos++;
                    out.write(hi * 16 + lo);
                }
            }
        }
    }

    /** The escape backslash-u{hex}: a Unicode scalar value, written as UTF-8. */
    private void unicodeEscape(ByteArrayOutputStream out, int el, int ec) {
        if (pos >= src.length() || src.charAt(pos) != '{') {
            throw error("illegal escape", el, ec);
        }
        pos++;
        int start = pos;
        while (pos < src.length() && src.charAt(pos) != '}') {
            pos++;
        }
        if (pos >= src.length()) {
            throw error("illegal escape", el, ec);
        }
        String digits = src.substring(start, pos++);
        long cp;
        if (!digits.matches("[0-9a-fA-F](_?[0-9a-fA-F])*")) {
            throw error("illegal escape", el, ec);
        }
        digits = digits.replace("_", "");
        cp = digits.length() > 8 ? Long.MAX_VALUE : Long.parseLong(digits, 16);
        if (cp >= 0xD800 && cp < 0xE000 || cp > 0x10FFFF) {
            throw error("illegal escape: not a Unicode scalar value", el, ec);
        }
        byte[] enc = new String(Character.toChars((int) cp)).getBytes(StandardCharsets.UTF_8);
        out.write(enc, 0, enc.length);
    }
}
