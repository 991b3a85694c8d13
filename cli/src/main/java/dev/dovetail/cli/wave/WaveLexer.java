package dev.dovetail.cli.wave;

import dev.dovetail.abi.Val;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits WAVE text into {@link Token}s. Whitespace ({@code space}, tab, CR, LF) and {@code //}
 * comments separate tokens. Numbers are decimal ({@code
 * -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?} or {@code -inf}); labels are kebab-case words,
 * each all lower or all upper case, optionally prefixed with {@code %}; chars and strings take the
 * escapes {@code \' \" \\ \t \n \r \}{@code u{hex}}; a string opened by {@code """} and a line
 * break is a multi-line string, dedented by the indentation of its closing {@code """}.
 */
final class WaveLexer {
    private final String src;
    private final int end;
    private int pos;

    private WaveLexer(String src, int start, int end) {
        this.src = src;
        this.pos = start;
        this.end = end;
    }

    /** The tokens of {@code src[start, end)}, ending with an {@link Token.Kind#EOF} token. */
    static List<Token> tokenize(String src, int start, int end) {
        WaveLexer lx = new WaveLexer(src, start, end);
        List<Token> out = new ArrayList<>();
        Token t;
        do {
            t = lx.next();
            out.add(t);
        } while (t.kind() != Token.Kind.EOF);
        return out;
    }

    static List<Token> tokenize(String src) {
        return tokenize(src, 0, src.length());
    }

    private WaveException error(String reason, int at) {
        return new WaveException(WaveException.Kind.SYNTAX, reason, null, src, at);
    }

    private void skipSpace() {
        while (pos < end) {
            char c = src.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pos++;
            } else if (c == '/' && pos + 1 < end && src.charAt(pos + 1) == '/') {
                while (pos < end && src.charAt(pos) != '\n') {
                    pos++;
                }
            } else {
                return;
            }
        }
    }

    private Token simple(Token.Kind kind) {
        pos++;
        return new Token(kind, pos - 1, pos, null, false);
    }

    private Token next() {
        skipSpace();
        if (pos >= end) {
            return new Token(Token.Kind.EOF, end, end, null, false);
        }
        char c = src.charAt(pos);
        return switch (c) {
            case '{' -> simple(Token.Kind.LBRACE);
            case '}' -> simple(Token.Kind.RBRACE);
            case '(' -> simple(Token.Kind.LPAREN);
            case ')' -> simple(Token.Kind.RPAREN);
            case '[' -> simple(Token.Kind.LBRACKET);
            case ']' -> simple(Token.Kind.RBRACKET);
            case ':' -> simple(Token.Kind.COLON);
            case ',' -> simple(Token.Kind.COMMA);
            case '\'' -> charLiteral();
            case '"' -> src.startsWith("\"\"\"", pos) ? multilineString() : string();
            default -> {
                if (c == '-' || isDigit(c)) {
                    yield number();
                }
                if (c == '%' || isLetter(c)) {
                    yield label();
                }
                int cp = src.codePointAt(pos);
                throw error("unexpected character " + quoteChar(cp), pos);
            }
        };
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static String quoteChar(int cp) {
        if (cp < 0x20 || cp == 0x7f) {
            return String.format("U+%04X", cp);
        }
        return "`" + new String(Character.toChars(cp)) + "`";
    }

    private Token number() {
        int start = pos;
        if (src.startsWith("-inf", pos) && !labelCharAt(pos + 4)) {
            pos += 4;
            return new Token(Token.Kind.NUMBER, start, pos, "-inf", false);
        }
        if (src.charAt(pos) == '-') {
            pos++;
        }
        int digits = pos;
        while (pos < end && isDigit(src.charAt(pos))) {
            pos++;
        }
        boolean ok = pos > digits && !(src.charAt(digits) == '0' && pos - digits > 1);
        if (ok && pos < end && src.charAt(pos) == '.') {
            pos++;
            int frac = pos;
            while (pos < end && isDigit(src.charAt(pos))) {
                pos++;
            }
            ok = pos > frac;
        }
        if (ok && pos < end && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
            pos++;
            if (pos < end && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) {
                pos++;
            }
            int exp = pos;
            while (pos < end && isDigit(src.charAt(pos))) {
                pos++;
            }
            ok = pos > exp;
        }
        // A number must not run into letters, digits or dots: `1x`, `01`, `1.` are invalid.
        while (pos < end && (labelCharAt(pos) || src.charAt(pos) == '.')) {
            pos++;
            ok = false;
        }
        String text = src.substring(start, pos);
        if (!ok) {
            throw error("invalid number `" + text + "`", start);
        }
        return new Token(Token.Kind.NUMBER, start, pos, text, false);
    }

    private boolean labelCharAt(int i) {
        if (i >= end) {
            return false;
        }
        char c = src.charAt(i);
        return isLetter(c) || isDigit(c) || c == '-';
    }

    private Token label() {
        int start = pos;
        boolean escaped = src.charAt(pos) == '%';
        if (escaped) {
            pos++;
        }
        int body = pos;
        while (labelCharAt(pos)) {
            pos++;
        }
        String text = src.substring(body, pos);
        if (!isValidLabel(text)) {
            throw error("invalid label `" + src.substring(start, pos) + "`", start);
        }
        return new Token(Token.Kind.LABEL, start, pos, text, escaped);
    }

    /**
     * Whether {@code s} is a WAVE label: hyphen-separated words, the first starting with a letter,
     * each word all lower case or all upper case (digits allowed).
     */
    static boolean isValidLabel(String s) {
        if (s.isEmpty() || !isLetter(s.charAt(0))) {
            return false;
        }
        for (String word : s.split("-", -1)) {
            if (word.isEmpty()) {
                return false;
            }
            boolean lower = false;
            boolean upper = false;
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (c >= 'a' && c <= 'z') {
                    lower = true;
                } else if (c >= 'A' && c <= 'Z') {
                    upper = true;
                } else if (!isDigit(c)) {
                    return false;
                }
            }
            if (lower && upper) {
                return false;
            }
        }
        return true;
    }

    private Token charLiteral() {
        int start = pos;
        pos++; // '
        if (pos >= end || src.charAt(pos) == '\n') {
            throw error("unterminated char literal", start);
        }
        if (src.charAt(pos) == '\'') {
            throw error("empty char literal; write '\\'' for a quote", start);
        }
        int cp = readChar('\'', start);
        if (pos >= end || src.charAt(pos) != '\'') {
            // Find the closing quote on this line to say what is wrong.
            int close = pos;
            while (close < end && src.charAt(close) != '\'' && src.charAt(close) != '\n') {
                close++;
            }
            if (close < end && src.charAt(close) == '\'') {
                throw error("char literal holds more than one character", start);
            }
            throw error("unterminated char literal", start);
        }
        pos++;
        return new Token(Token.Kind.CHAR, start, pos, new String(Character.toChars(cp)), false);
    }

    /**
     * Reads one possibly escaped character of a char or single-line string literal delimited by
     * {@code quote}; the caller has checked that one is there.
     */
    private int readChar(char quote, int literalStart) {
        char c = src.charAt(pos);
        if (c == '\\') {
            return escape();
        }
        if (c == '\n') {
            throw error(
                    (quote == '"' ? "string" : "char")
                            + " literal contains a line break; write \\n",
                    pos);
        }
        int cp = src.codePointAt(pos);
        if ((cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)) {
            throw error("unpaired surrogate in text", pos);
        }
        pos += Character.charCount(cp);
        return cp;
    }

    private int escape() {
        int start = pos;
        pos++; // backslash
        if (pos >= end) {
            throw error("incomplete escape", start);
        }
        char c = src.charAt(pos++);
        switch (c) {
            case '\'':
                return '\'';
            case '"':
                return '"';
            case '\\':
                return '\\';
            case 't':
                return '\t';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 'u':
                break;
            default:
                throw error("invalid escape `\\" + (char) c + "`", start);
        }
        if (pos >= end || src.charAt(pos) != '{') {
            throw error("invalid escape: expected `\\u{hex}`", start);
        }
        pos++;
        int digits = pos;
        while (pos < end && Character.digit(src.charAt(pos), 16) >= 0) {
            pos++;
        }
        if (pos == digits || pos - digits > 6 || pos >= end || src.charAt(pos) != '}') {
            throw error("invalid escape: expected `\\u{` and 1 to 6 hex digits and `}`", start);
        }
        int cp = Integer.parseInt(src.substring(digits, pos), 16);
        pos++;
        if (!Val.Char.isScalarValue(cp)) {
            throw error(
                    "invalid escape `"
                            + src.substring(start, pos)
                            + "`: not a Unicode scalar value",
                    start);
        }
        return cp;
    }

    private Token string() {
        int start = pos;
        pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= end) {
                throw error("unterminated string", start);
            }
            if (src.charAt(pos) == '"') {
                pos++;
                break;
            }
            sb.appendCodePoint(readChar('"', start));
        }
        return new Token(Token.Kind.STRING, start, pos, sb.toString(), false);
    }

    private Token multilineString() {
        int start = pos;
        pos += 3;
        if (src.startsWith("\r\n", pos)) {
            pos += 2;
        } else if (pos < end && src.charAt(pos) == '\n') {
            pos++;
        } else {
            throw error(
                    "a multi-line string's opening \"\"\" must be followed by a line break", start);
        }
        int close = src.indexOf("\"\"\"", pos);
        if (close < 0 || close + 3 > end) {
            throw error("unterminated multi-line string", start);
        }
        int lastBreak = src.lastIndexOf('\n', close - 1);
        if (lastBreak < pos - 1) {
            lastBreak = pos - 1; // the opening line break
        }
        String indent = src.substring(lastBreak + 1, close);
        if (!indent.chars().allMatch(ch -> ch == ' ')) {
            throw error(
                    "a multi-line string's closing \"\"\" must be on a line of its own, after spaces"
                            + " only",
                    close);
        }
        StringBuilder sb = new StringBuilder();
        int bodyEnd = lastBreak; // exclusive: the final line break is not content
        boolean first = true;
        while (pos <= bodyEnd && pos < close) {
            int lineEnd = src.indexOf('\n', pos);
            if (lineEnd < 0 || lineEnd > bodyEnd) {
                lineEnd = bodyEnd;
            }
            if (!first) {
                sb.append('\n');
            }
            first = false;
            if (!src.startsWith(indent, pos) || pos + indent.length() > lineEnd) {
                if (!(indent.isEmpty() && pos == lineEnd)) {
                    throw error(
                            "a multi-line string's lines must be indented at least as much as"
                                    + " its closing \"\"\"",
                            pos);
                }
            }
            pos += indent.length();
            int contentEnd = lineEnd;
            if (contentEnd > pos && src.charAt(contentEnd - 1) == '\r') {
                contentEnd--;
            }
            while (pos < contentEnd) {
                if (src.charAt(pos) == '\\') {
                    sb.appendCodePoint(escape());
                } else {
                    int cp = src.codePointAt(pos);
                    if ((cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)) {
                        throw error("unpaired surrogate in text", pos);
                    }
                    sb.appendCodePoint(cp);
                    pos += Character.charCount(cp);
                }
            }
            pos = lineEnd + 1;
        }
        pos = close + 3;
        return new Token(Token.Kind.STRING, start, pos, sb.toString(), false);
    }
}
