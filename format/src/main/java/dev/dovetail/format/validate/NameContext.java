package dev.dovetail.format.validate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/** A name scope for import or export names (wasmparser's per-kind name context). */
final class NameContext {
    final Map<String, String> canonical = new HashMap<>();
    final Set<String> raw = new HashSet<>();
    final IdentityHashMap<ResourceAlias, String> resourceNames = new IdentityHashMap<>();
    final Set<String> allResourceNames = new HashSet<>();
}
