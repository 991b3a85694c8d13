package dev.dovetail.format.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SExprReaderTest {

    @Test
    void buildsNestedListsWithPositions() {
        List<SExpr> top = SExprReader.read("(a $b\n  (c \"d\" 1) ()) e");
        assertEquals(2, top.size());
        SList a = assertInstanceOf(SList.class, top.get(0));
        assertEquals("a", a.head());
        assertEquals(4, a.size());
        assertEquals(1, a.line());
        assertEquals(1, a.column());
        assertEquals(2, a.endLine());
        assertEquals(15, a.endColumn());
        SList c = assertInstanceOf(SList.class, a.get(2));
        assertTrue(a.get(2).isList("c"));
        assertEquals(2, c.line());
        assertEquals(3, c.column());
        SAtom one = assertInstanceOf(SAtom.class, c.get(2));
        assertEquals(TokenKind.NUMBER, one.kind());
        assertEquals(2, one.line());
        assertEquals(10, one.column());
        SList empty = assertInstanceOf(SList.class, a.get(3));
        assertNull(empty.head());
        assertTrue(top.get(1).isKeyword("e"));
        assertEquals("(a $b (c \"d\" 1) ())", a.toString());
    }

    @Test
    void dropsAnnotationsUnlessAsked() {
        String src = "(module (@custom \"x\" (nested ())) (func))";
        SList dropped = (SList) SExprReader.read(src).get(0);
        assertEquals(2, dropped.size());
        assertTrue(dropped.get(1).isList("func"));

        SList kept = (SList) SExprReader.read(src, true).get(0);
        assertEquals(3, kept.size());
        SList ann = (SList) kept.get(1);
        SAtom name = (SAtom) ann.get(0);
        assertEquals(TokenKind.ANNOTATION, name.kind());
        assertEquals("custom", name.text());
        assertEquals(3, ann.size());
    }

    @Test
    void cursorWalksItems() {
        SList l = (SList) SExprReader.read("(func $f (param i32) \"n\")").get(0);
        Cursor c = l.cursor(1);
        assertEquals("f", c.optId());
        assertNull(c.optId());
        assertTrue(c.peekList("param"));
        c.expectList("param");
        assertEquals("n", c.expectName());
        assertTrue(c.atEnd());
        WatException e = assertThrows(WatException.class, c::next);
        assertEquals("unexpected end of list at 1:25", e.getMessage(), "points at ')'");
    }

    @Test
    void reportsUnbalancedParentheses() {
        WatException open = assertThrows(WatException.class, () -> SExprReader.read("(a\n (b)"));
        assertEquals("unclosed '('", open.reason());
        assertEquals(1, open.line());
        assertEquals(1, open.column());
        WatException close = assertThrows(WatException.class, () -> SExprReader.read("(a))"));
        assertEquals("unexpected ')' at 1:4", close.getMessage());
    }
}
