package dev.dovetail.format.text.component;

import dev.dovetail.format.model.ComponentModel;
import dev.dovetail.format.text.Cursor;
import dev.dovetail.format.text.SList;
import dev.dovetail.format.text.WatException;
import java.util.ArrayList;
import java.util.List;

/**
 * The component text format (design/mvp/Explainer.md) to a {@link ComponentModel}.
 *
 * <p>Works like the reference implementation: each field is parsed, its inline type definitions and
 * inline instantiation-argument instances are split out ahead of it (types first), inline {@code
 * (export "n")} sugar becomes export definitions appended at the end of the component, and name
 * resolution inserts outer aliases (names of enclosing components and types) and export aliases
 * ({@code $i "name"} references) just before the definition that needs them. Consecutive
 * definitions of one kind share a section.
 */
public final class ComponentTextParser extends CanonParser {
    private ComponentTextParser() {}

    /** Parses {@code (component $id? field*)} (text fields only, not {@code binary/quote}). */
    public static ComponentModel parse(SList componentForm) {
        if (!componentForm.isList("component")) {
            throw WatException.at(componentForm, "expected '(component ...)'");
        }
        Cursor c = componentForm.cursor(1);
        String id = c.optId();
        return parseFields(id, c);
    }

    /** Parses component fields from {@code c} to its end, as a component named {@code id}. */
    public static ComponentModel parseFields(String id, Cursor c) {
        return new ComponentTextParser().component(id, c);
    }

    @Override
    ComponentModel component(String id, Cursor c) {
        Sink.Sections sink = new Sink.Sections();
        r.push(new Scope(id, sink));
        List<Runnable> appended = new ArrayList<>();
        while (!c.atEnd()) {
            SList f = c.expectList();
            Expander x = new Expander();
            Runnable item = field(f, x);
            x.types.forEach(Runnable::run);
            x.fields.forEach(Runnable::run);
            item.run();
            appended.addAll(x.append);
        }
        appended.forEach(Runnable::run);
        r.pop();
        return sink.finish();
    }

    private Runnable field(SList f, Expander x) {
        Cursor c = f.cursor(1);
        String head = f.head();
        if (head == null) {
            throw WatException.at(f, "expected valid component field");
        }
        switch (head) {
            case "core":
                {
                    String kw = c.expectKeyword();
                    switch (kw) {
                        case "module":
                            return coreModule(f, c, x);
                        case "instance":
                            return coreInstance(f, c, x);
                        case "type":
                            return coreType(f, c);
                        case "rec":
                            return coreRec(f, c);
                        case "func":
                            return coreFunc(f, c, x);
                        default:
                            throw WatException.at(f, "expected valid component field");
                    }
                }
            case "component":
                return nestedComponent(f, c, x);
            case "instance":
                return instance(f, c, x);
            case "alias":
                return alias(f, c);
            case "type":
                return typeField(f, c, x, true);
            case "import":
                return importField(f, c, x);
            case "func":
                return func(f, c, x);
            case "export":
                return exportField(f, c, x);
            case "start":
                return start(f, c);
            case "canon":
                return canon(f, c, x);
            default:
                throw WatException.at(f, "expected valid component field");
        }
    }
}
