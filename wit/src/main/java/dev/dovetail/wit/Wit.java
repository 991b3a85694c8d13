package dev.dovetail.wit;

import dev.dovetail.wit.model.Resolve;
import dev.dovetail.wit.resolve.PackageLoader;
import java.nio.file.Path;
import java.util.Set;

/** Entry points: WIT text, files and folders to a resolved model. */
public final class Wit {
    private Wit() {}

    /** Resolves one WIT text (with its nested packages), no features enabled. */
    public static Resolve parse(String name, String text) {
        return parse(name, text, Set.of());
    }

    /** Resolves one WIT text, enabling the {@code @unstable} features named. */
    public static Resolve parse(String name, String text, Set<String> features) {
        return new PackageLoader(features).addSource(name, text).resolve();
    }

    /** Resolves a WIT file, or a folder with its {@code deps/}, enabling the features named. */
    public static Resolve parse(Path path, Set<String> features) {
        return new PackageLoader(features).addPath(path).resolve();
    }
}
