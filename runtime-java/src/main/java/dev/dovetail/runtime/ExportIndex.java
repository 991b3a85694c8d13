package dev.dovetail.runtime;

import java.util.Arrays;
import java.util.List;

/**
 * An export of a component looked up once by name, for fast repeated lookups in every instance of
 * that component ({@link Instance#getFunc(ExportIndex)}): it records the export's position, so an
 * instance finds it without hashing the name. Obtain it from {@link Component#exportIndex}.
 */
public final class ExportIndex {
    private final Component component;
    private final String[] path;
    private final int[] positions;

    ExportIndex(Component component, String[] path, int[] positions) {
        this.component = component;
        this.path = path;
        this.positions = positions;
    }

    /** The component whose instances this index is valid for. */
    public Component component() {
        return component;
    }

    /** The names from the component's root to the export. */
    public List<String> path() {
        return List.of(path);
    }

    String[] names() {
        return path;
    }

    int[] positions() {
        return positions;
    }

    @Override
    public String toString() {
        return "ExportIndex" + Arrays.toString(path);
    }
}
