package dev.dovetail.runtime.wast;

import dev.dovetail.abi.Val;
import dev.dovetail.format.text.Cursor;
import dev.dovetail.format.text.SExpr;
import dev.dovetail.format.text.SExprReader;
import dev.dovetail.format.text.SList;
import dev.dovetail.format.text.TokenKind;
import dev.dovetail.format.text.WatException;
import java.util.ArrayList;
import java.util.List;

/** Reads a {@code .wast} script into {@link WastDirective}s. */
public final class WastScript {
    private WastScript() {}

    /**
     * The directives of {@code text}, in order. A directive whose own syntax is broken becomes
     * {@link WastDirective.Unsupported} with the reason, so the rest of the script still runs.
     *
     * @throws WatException if the text is not a sequence of s-expressions
     */
    public static List<WastDirective> parse(String text) {
        List<WastDirective> out = new ArrayList<>();
        for (SExpr e : SExprReader.read(text)) {
            if (!(e instanceof SList l) || l.head() == null) {
                throw WatException.at(e, "expected a directive");
            }
            try {
                out.add(directive(l));
            } catch (WatException ex) {
                out.add(new WastDirective.Unsupported(l.line(), l.head(), ex.getMessage()));
            }
        }
        return out;
    }

    static WastDirective directive(SList l) {
        String head = l.head();
        Cursor c = l.cursor(1);
        switch (head) {
            case "component":
            case "module":
                {
                    String id = c.optId();
                    boolean definition = c.acceptKeyword("definition");
                    if (id == null && definition) {
                        id = c.optId();
                    }
                    if (!definition && c.acceptKeyword("instance")) {
                        String instance = c.optId();
                        String def = c.optId();
                        c.expectEnd();
                        return new WastDirective.Instantiate(l.line(), head, instance, def);
                    }
                    return new WastDirective.Define(l.line(), head, id, definition, strip(l));
                }
            case "register":
                {
                    String name = c.expectName();
                    String id = c.optId();
                    c.expectEnd();
                    return new WastDirective.Register(l.line(), name, id);
                }
            case "invoke":
                return invoke(l);
            case "assert_return":
                {
                    WastDirective.Invoke inv = invoke(c.expectList("invoke"));
                    List<ValPattern> results = new ArrayList<>();
                    while (!c.atEnd()) {
                        results.add(WastValues.pattern(c.next()));
                    }
                    return new WastDirective.AssertReturn(l.line(), inv, results);
                }
            case "assert_trap":
                {
                    SList what = c.expectList();
                    String msg = c.expectName();
                    c.expectEnd();
                    if (what.isList("invoke")) {
                        return new WastDirective.AssertTrap(l.line(), invoke(what), null, msg);
                    }
                    return new WastDirective.AssertTrap(l.line(), null, strip(what), msg);
                }
            case "assert_invalid":
            case "assert_malformed":
            case "assert_unlinkable":
                {
                    SList module = c.expectList();
                    String msg = c.peekKind(TokenKind.STRING) ? c.expectName() : "";
                    c.expectEnd();
                    return new WastDirective.AssertModule(l.line(), head, strip(module), msg);
                }
            default:
                return new WastDirective.Unsupported(
                        l.line(), head, "unsupported directive '" + head + "'");
        }
    }

    private static WastDirective.Invoke invoke(SList l) {
        Cursor c = l.cursor(1);
        String id = c.optId();
        String name = c.expectName();
        List<Val> args = new ArrayList<>();
        while (!c.atEnd()) {
            args.add(WastValues.value(c.next()));
        }
        return new WastDirective.Invoke(l.line(), id, name, args);
    }

    /** The module form without a {@code definition} keyword after its keyword or id. */
    static SList strip(SList form) {
        List<SExpr> items = new ArrayList<>(form.items());
        for (int i = 1; i < Math.min(3, items.size()); i++) {
            if (items.get(i).isKeyword("definition")) {
                items.remove(i);
                break;
            }
        }
        return new SList(items, form.line(), form.column(), form.endLine(), form.endColumn());
    }
}
