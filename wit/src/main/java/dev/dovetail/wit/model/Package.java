package dev.dovetail.wit.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A package: its interfaces and worlds by name (indices into the {@link Resolve}). */
public record Package(
        PackageName name,
        String docs,
        Map<String, Integer> interfaces,
        Map<String, Integer> worlds) {

    public Package {
        interfaces = Collections.unmodifiableMap(new LinkedHashMap<>(interfaces));
        worlds = Collections.unmodifiableMap(new LinkedHashMap<>(worlds));
    }
}
