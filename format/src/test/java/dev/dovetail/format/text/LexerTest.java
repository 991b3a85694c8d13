package dev.dovetail.format.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {

    private static Token only(String src) {
        List<Token> ts = Lexer.tokenize(src);
        assertEquals(1, ts.size(), () -> "tokens of " + src + ": " + ts);
        return ts.get(0);
    }

    private static TokenKind kind(String src) {
        return only(src).kind();
    }

    private static byte[] string(String src) {
        Token t = only(src);
        assertEquals(TokenKind.STRING, t.kind());
        return t.bytes();
    }

    @Test
    void classifiesEveryTokenForm() {
        assertEquals(TokenKind.KEYWORD, kind("i32.add"));
        assertEquals(TokenKind.KEYWORD, kind("offset=0x10"));
        assertEquals(TokenKind.ID, kind("$x.y!#"));
        assertEquals(TokenKind.NUMBER, kind("42"));
        assertEquals(TokenKind.NUMBER, kind("-0x1_F"));
        assertEquals(TokenKind.NUMBER, kind("1_000.5e-1_0"));
        assertEquals(TokenKind.NUMBER, kind("0x1.8p+3"));
        assertEquals(TokenKind.NUMBER, kind("0x1p-2"));
        assertEquals(TokenKind.RESERVED, kind("0x1p"));
        assertEquals(TokenKind.NUMBER, kind("+inf"));
        assertEquals(TokenKind.NUMBER, kind("-nan"));
        assertEquals(TokenKind.NUMBER, kind("nan:0x7f_ffff"));
        assertEquals(TokenKind.NUMBER, kind("1."));
        assertEquals(TokenKind.RESERVED, kind("1__0"));
        assertEquals(TokenKind.RESERVED, kind("0x"));
        assertEquals(TokenKind.RESERVED, kind("Abc"));
        assertEquals(TokenKind.RESERVED, kind("_1"));
        assertEquals(TokenKind.RESERVED, kind("a\"b\""), "keyword glued to a string");
        assertEquals(TokenKind.RESERVED, kind("\"a\"\"b\""), "two glued strings");
        assertEquals(TokenKind.RESERVED, kind("$\"l\"0"));
        assertEquals(TokenKind.RESERVED, kind("x,y"));
    }

    @Test
    void quotedIdentifiersEqualPlainOnes() {
        Token quoted = only("$\"a b\\u{e9}\"");
        assertEquals(TokenKind.ID, quoted.kind());
        assertEquals("a b\u00e9", quoted.text());
        assertEquals("abc", only("$\"abc\"").text());
        assertEquals("abc", only("$abc").text());
    }

    @Test
    void decodesAllStringEscapes() {
        assertArrayEquals(
                new byte[] {'\t', '\n', '\r', '"', '\'', '\\', 0x00, (byte) 0xff, 0x7f},
                string("\"\\t\\n\\r\\\"\\'\\\\\\00\\ff\\7F\""));
        assertArrayEquals(
                "\u00e9\u20ac".getBytes(StandardCharsets.UTF_8), string("\"\\u{e9}\\u{20_ac}\""));
        assertArrayEquals(
                new String(Character.toChars(0x1f600)).getBytes(StandardCharsets.UTF_8),
                string("\"\\u{1F600}\""));
        assertArrayEquals("h\u00e9".getBytes(StandardCharsets.UTF_8), string("\"h\u00e9\""));
        assertArrayEquals(new byte[0], string("\"\""));
    }

    @Test
    void rawBytesNeedNotBeUtf8ButNamesMust() {
        Token t = only("\"\\80\"");
        assertArrayEquals(new byte[] {(byte) 0x80}, t.bytes());
        WatException e = assertThrows(WatException.class, t::utf8);
        assertEquals("malformed UTF-8 encoding", e.reason());
    }

    @Test
    void skipsCommentsAndTracksPositions() {
        String src = "(module ;; line comment\n  (; block (; nested ;)\n ;) $f\r\n\t\"s\")";
        List<Token> ts = Lexer.tokenize(src);
        assertEquals(5, ts.size(), ts::toString);
        assertEquals(TokenKind.LPAREN, ts.get(0).kind());
        assertEquals("module", ts.get(1).text());
        assertEquals(1, ts.get(1).line());
        assertEquals(2, ts.get(1).column());
        Token id = ts.get(2);
        assertEquals("f", id.text());
        assertEquals(3, id.line());
        assertEquals(5, id.column());
        Token str = ts.get(3);
        assertEquals(4, str.line());
        assertEquals(2, str.column());
        assertEquals(TokenKind.RPAREN, ts.get(4).kind());
        assertEquals(4, ts.get(4).line());
        assertEquals(5, ts.get(4).column());
    }

    @Test
    void loneCarriageReturnEndsLineComments() {
        List<Token> ts = Lexer.tokenize(";; c\rnop");
        assertEquals(1, ts.size());
        assertEquals("nop", ts.get(0).text());
        assertEquals(2, ts.get(0).line());
    }

    @Test
    void annotationsStartWithTheirName() {
        List<Token> ts = Lexer.tokenize("(@name x) (@\"quoted\" y) (@)");
        assertEquals(TokenKind.ANNOTATION, ts.get(0).kind());
        assertEquals("name", ts.get(0).text());
        assertEquals(TokenKind.ANNOTATION, ts.get(3).kind());
        assertEquals("quoted", ts.get(3).text());
        // "(@)" is no annotation: a parenthesis and a reserved token
        assertEquals(TokenKind.LPAREN, ts.get(6).kind());
        assertEquals(TokenKind.RESERVED, ts.get(7).kind());
    }

    private static WatException error(String src) {
        return assertThrows(WatException.class, () -> Lexer.tokenize(src));
    }

    @Test
    void reportsErrorsWithPositions() {
        WatException e = error("(module\n  \"abc");
        assertEquals("unclosed string", e.reason());
        assertEquals(2, e.line());
        assertEquals(3, e.column());
        assertEquals("unclosed string at 2:3", e.getMessage());

        e = error("x\n (; (; ;)");
        assertEquals("unclosed block comment", e.reason());
        assertEquals(2, e.line());
        assertEquals(2, e.column());

        e = error("\"a\\qb\"");
        assertEquals("illegal escape", e.reason());
        assertEquals(3, e.column(), "points at the backslash");

        e = error("\"\\u{d800}\"");
        assertEquals(1, e.line());
        assertEquals("illegal escape: not a Unicode scalar value", e.reason());

        e = error("  \"tab\there\"");
        assertEquals("illegal control character in string", e.reason());
        assertEquals(7, e.column());

        e = error("$\"\"");
        assertEquals("empty identifier", e.reason());

        e = error("a\n  \u00e9");
        assertEquals(2, e.line());
        assertEquals(3, e.column());
    }
}
