package dev.dovetail.format.text;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The WebAssembly text format for core modules: text to binary, with no external tool.
 *
 * <p>Supports WebAssembly 2.0 plus multi-memory, memory64, tail calls, exception handling ({@code
 * try_table}), function references and the GC type and instruction syntax. SIMD is rejected. No
 * name section is emitted.
 */
public final class Wat {
    private Wat() {}

    /**
     * Assembles {@code (module $id? field*)}, {@code (module $id? binary "..."*)}, {@code (module
     * $id? quote "..."*)} or a bare sequence of module fields.
     *
     * @throws WatException on malformed text, with the line and column of the problem
     */
    public static byte[] parseModule(String text) {
        List<SExpr> top = SExprReader.read(text);
        if (top.size() == 1 && top.get(0).isList("module")) {
            return parseModule(((SList) top.get(0)).cursor(1));
        }
        return ModuleAssembler.assemble(top);
    }

    /**
     * Assembles the rest of a module form from a cursor just past its {@code module} keyword (for
     * example inside a component's {@code (core module ...)} or a script's {@code (module ...)}):
     * an optional {@code $id}, then {@code binary}/{@code quote} strings or module fields. Consumes
     * the cursor to its end.
     */
    public static byte[] parseModule(Cursor c) {
        c.optId();
        if (c.acceptKeyword("binary")) {
            return strings(c);
        }
        if (c.acceptKeyword("quote")) {
            return parseModule(new String(strings(c), StandardCharsets.UTF_8));
        }
        List<SExpr> items = c.list().items();
        int from = c.position();
        while (!c.atEnd()) {
            c.next();
        }
        return ModuleAssembler.assemble(items.subList(from, items.size()));
    }

    private static byte[] strings(Cursor c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (!c.atEnd()) {
            out.writeBytes(c.expectBytes());
        }
        return out.toByteArray();
    }
}
