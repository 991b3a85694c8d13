package dev.dovetail.runtime;

import dev.dovetail.format.InvalidComponentException;
import dev.dovetail.format.MalformedComponentException;
import dev.dovetail.format.binary.ComponentDecoder;
import dev.dovetail.format.model.ComponentModel;
import dev.dovetail.format.model.Section;
import dev.dovetail.format.types.ComponentType;
import dev.dovetail.format.validate.ComponentTypeInfo;
import dev.dovetail.format.validate.Validator;
import dev.dovetail.runtime.internal.core.CompiledModule;
import dev.dovetail.runtime.internal.core.TypeSectionPrefix;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A decoded, validated component whose core modules are parsed (and compiled) once. Immutable,
 * thread-safe and shareable by any number of {@link Store}s and instantiations.
 */
public final class Component {
    private final Engine engine;
    private final ComponentModel model;
    private final ComponentTypeInfo info;
    private final Map<Section.CoreModuleSection, CompiledModule> modules = new IdentityHashMap<>();
    private final Map<PrefixKey, CompiledModule> prefixed = new ConcurrentHashMap<>();

    private record PrefixKey(CompiledModule fixup, byte[] shim) {
        @Override
        public boolean equals(Object o) {
            return o instanceof PrefixKey k && k.fixup == fixup && k.shim == shim;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(fixup) * 31 + System.identityHashCode(shim);
        }
    }

    private Component(Engine engine, ComponentModel model) {
        this.engine = engine;
        this.model = model;
        this.info = Validator.validate(model);
        String threads = dev.dovetail.runtime.internal.exec.AsyncUse.sharedEverythingBuiltin(model);
        if (threads != null) {
            throw new UnsupportedFeatureException(
                    "🧵② shared-everything threads: `" + threads + "` is not supported");
        }
        compileModules(model);
    }

    /**
     * Decodes, validates and compiles a component binary.
     *
     * @throws MalformedComponentException if the bytes are not a well-formed component
     * @throws InvalidComponentException if the component breaks a validation rule
     */
    public static Component fromBytes(Engine engine, byte[] bytes) {
        return new Component(engine, ComponentDecoder.decode(bytes));
    }

    /** Reads and loads a component binary from {@code path}. */
    public static Component fromFile(Engine engine, Path path) {
        try {
            return fromBytes(engine, Files.readAllBytes(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read component " + path, e);
        }
    }

    /**
     * Assembles a component written in the text format, then loads it like {@link #fromBytes}.
     *
     * @throws dev.dovetail.format.text.WatException on malformed text, with line and column
     */
    public static Component fromWat(Engine engine, String text) {
        return fromBytes(engine, dev.dovetail.format.text.ComponentWat.toBytes(text));
    }

    /** Loads a component already decoded into the model (for example by the text parser). */
    public static Component fromModel(Engine engine, ComponentModel model) {
        return new Component(engine, model);
    }

    private void compileModules(ComponentModel m) {
        for (Section s : m.sections()) {
            if (s instanceof Section.CoreModuleSection cm) {
                modules.put(cm, CompiledModule.of(cm.bytes(), engine.usesCompiler()));
            } else if (s instanceof Section.ComponentSection c) {
                compileModules(c.component());
            }
        }
    }

    public Engine engine() {
        return engine;
    }

    /** The component's imports and exports with their types. */
    public ComponentType componentType() {
        return info.type();
    }

    /**
     * The top-level export {@code name}, resolved once for {@link Instance#getFunc(ExportIndex)}.
     *
     * @throws IllegalArgumentException if there is no such export, listing the exports
     */
    public ExportIndex exportIndex(String name) {
        return index(null, name, componentType().exports());
    }

    /** The export {@code name} of the exported instance {@code parent}. */
    public ExportIndex exportIndex(ExportIndex parent, String name) {
        if (parent.component() != this) {
            throw new IllegalArgumentException("the parent index belongs to another component");
        }
        var item = componentType().exports().get(parent.names()[0]);
        for (int i = 1; i < parent.names().length && item != null; i++) {
            item = instanceExports(item).get(parent.names()[i]);
        }
        if (item == null || instanceExports(item).isEmpty()) {
            throw new IllegalArgumentException(parent + " is not an exported instance");
        }
        return index(parent, name, instanceExports(item));
    }

    private static java.util.Map<String, dev.dovetail.format.types.ComponentItem> instanceExports(
            dev.dovetail.format.types.ComponentItem item) {
        return item instanceof dev.dovetail.format.types.ComponentItem.ComponentInstance i
                ? i.type().exports()
                : java.util.Map.of();
    }

    private ExportIndex index(
            ExportIndex parent,
            String name,
            java.util.Map<String, dev.dovetail.format.types.ComponentItem> exports) {
        int position = new java.util.ArrayList<>(exports.keySet()).indexOf(name);
        if (position < 0) {
            throw new IllegalArgumentException(
                    "no export named `" + name + "`; exports are " + exports.keySet());
        }
        String[] path = parent == null ? new String[0] : parent.names();
        int[] positions = parent == null ? new int[0] : parent.positions();
        String[] p = java.util.Arrays.copyOf(path, path.length + 1);
        int[] q = java.util.Arrays.copyOf(positions, positions.length + 1);
        p[path.length] = name;
        q[positions.length] = position;
        return new ExportIndex(this, p, q);
    }

    ComponentModel model() {
        return model;
    }

    ComponentTypeInfo info() {
        return info;
    }

    CompiledModule module(Section.CoreModuleSection section) {
        CompiledModule m = modules.get(section);
        if (m == null) {
            throw new IllegalStateException("core module not compiled: " + section);
        }
        return m;
    }

    CompiledModule prefixed(CompiledModule fixup, byte[] shim) {
        return prefixed.computeIfAbsent(
                new PrefixKey(fixup, shim),
                k -> fixup.withBytes(TypeSectionPrefix.apply(fixup.bytes(), shim)));
    }

    @Override
    public String toString() {
        return "Component" + info.type();
    }
}
