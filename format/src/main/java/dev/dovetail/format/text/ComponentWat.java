package dev.dovetail.format.text;

import dev.dovetail.format.MalformedComponentException;
import dev.dovetail.format.binary.ComponentDecoder;
import dev.dovetail.format.binary.ComponentEncoder;
import dev.dovetail.format.model.ComponentModel;
import dev.dovetail.format.text.component.ComponentTextParser;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * The component text format (the Component Model's Explainer), with no external tool: text to the
 * {@link ComponentModel} and to the binary format through {@link ComponentEncoder}.
 *
 * <p>Supports nested components, inline core modules (assembled by {@link Wat}), core and component
 * instances (instantiations and export bundles), every alias form and its inline sugar ({@code
 * (core func $i "f")}, {@code (func $i "a" "b")}, automatic outer aliases), every type definition
 * (inline value, function, component and instance types are split out into type definitions the way
 * wasm-tools does), resources, all canonical built-ins and options, start, imports and exports with
 * name attributes and inline {@code (export "n")} sugar, and the {@code binary}/{@code quote}
 * forms.
 */
public final class ComponentWat {
    private ComponentWat() {}

    /** What one {@code (component ...)} or {@code (module ...)} form compiled to. */
    public record Compiled(boolean component, byte[] bytes, ComponentModel model) {
        /** The binary; for a component, the encoding of {@link #model()} or the given bytes. */
        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }

    /**
     * Parses a component from text: a single {@code (component ...)} form, or bare component
     * fields.
     *
     * @throws WatException on malformed text (with line and column)
     * @throws MalformedComponentException for a {@code binary} form that does not decode
     */
    public static ComponentModel parse(String text) {
        List<SExpr> top = SExprReader.read(text);
        if (top.size() == 1 && top.get(0).isList("component")) {
            return compile((SList) top.get(0)).model();
        }
        SList all = new SList(top, 1, 1, 1, 1);
        return ComponentTextParser.parseFields(null, all.cursor(0));
    }

    /**
     * The binary of a component or a core module, told apart by the top form ({@code (component
     * ...)} or {@code (module ...)}; bare fields are a core module's, as in {@link Wat}).
     */
    public static byte[] toBytes(String text) {
        List<SExpr> top = SExprReader.read(text);
        if (top.size() == 1 && top.get(0) instanceof SList l) {
            if (l.isList("component") || l.isList("module")) {
                return compile(l).bytes;
            }
        }
        return Wat.parseModule(text);
    }

    /**
     * Compiles a {@code (component $id? ...)} form (text, {@code binary} or {@code quote}) or a
     * {@code (module ...)} form (a core module: no model). A script's {@code definition} keyword
     * must already be absent.
     */
    public static Compiled compile(SList form) {
        if (form.isList("module")) {
            return new Compiled(false, Wat.parseModule(form.cursor(1)), null);
        }
        if (!form.isList("component")) {
            throw WatException.at(form, "expected '(component ...)' or '(module ...)'");
        }
        return compileComponent(form.cursor(1));
    }

    /** Compiles the rest of a component form from a cursor just past its {@code component}. */
    public static Compiled compileComponent(Cursor c) {
        String id = c.optId();
        if (c.acceptKeyword("binary")) {
            byte[] bytes = strings(c);
            return new Compiled(true, bytes, ComponentDecoder.decode(bytes));
        }
        if (c.acceptKeyword("quote")) {
            StringBuilder sb = new StringBuilder("(component");
            while (!c.atEnd()) {
                SAtom s = c.expectAtom(TokenKind.STRING, "string");
                sb.append(' ').append(s.token().utf8());
            }
            sb.append(')');
            List<SExpr> top = SExprReader.read(sb.toString());
            if (top.size() != 1 || !top.get(0).isList("component")) {
                throw c.error("a quoted component must be a single component");
            }
            return compile((SList) top.get(0));
        }
        ComponentModel model = ComponentTextParser.parseFields(id, c);
        return new Compiled(true, ComponentEncoder.encode(model), model);
    }

    private static byte[] strings(Cursor c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (!c.atEnd()) {
            out.writeBytes(c.expectBytes());
        }
        return out.toByteArray();
    }
}
