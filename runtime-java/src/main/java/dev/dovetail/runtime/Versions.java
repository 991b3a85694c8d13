package dev.dovetail.runtime;

import java.util.Map;

/**
 * Semver-compatible matching of versioned import names, as Wasmtime does it: an import of {@code
 * a:b/c@1.2.0} is satisfied by a definition of {@code a:b/c@1.x.y} for any x and y (the same major
 * version), {@code 0.2.x} by {@code 0.2.y}, and {@code 0.0.z} only exactly. Among several
 * compatible definitions the highest version wins.
 */
final class Versions {
    private Versions() {}

    /** A definition compatible with {@code name}, or {@code null}. */
    static <D> D lookupCompatible(Map<String, D> definitions, String name) {
        int at = name.lastIndexOf('@');
        if (at < 0) {
            return null;
        }
        String base = name.substring(0, at);
        long[] wanted = parse(name.substring(at + 1));
        if (wanted == null) {
            return null;
        }
        D best = null;
        long[] bestVersion = null;
        for (Map.Entry<String, D> e : definitions.entrySet()) {
            String n = e.getKey();
            int a = n.lastIndexOf('@');
            if (a < 0 || !n.substring(0, a).equals(base)) {
                continue;
            }
            long[] v = parse(n.substring(a + 1));
            if (v != null
                    && compatible(wanted, v)
                    && (bestVersion == null || compare(v, bestVersion) > 0)) {
                best = e.getValue();
                bestVersion = v;
            }
        }
        return best;
    }

    private static boolean compatible(long[] a, long[] b) {
        if (a[0] != b[0]) {
            return false;
        }
        if (a[0] > 0) {
            return true;
        }
        if (a[1] != b[1]) {
            return false;
        }
        return a[1] > 0 || a[2] == b[2];
    }

    private static int compare(long[] a, long[] b) {
        for (int i = 0; i < 3; i++) {
            if (a[i] != b[i]) {
                return Long.compare(a[i], b[i]);
            }
        }
        return 0;
    }

    /** {@code major.minor.patch} without pre-release or build parts, else {@code null}. */
    static long[] parse(String v) {
        String[] parts = v.split("\\.", -1);
        if (parts.length != 3) {
            return null;
        }
        long[] out = new long[3];
        for (int i = 0; i < 3; i++) {
            if (parts[i].isEmpty() || !parts[i].chars().allMatch(Character::isDigit)) {
                return null;
            }
            try {
                out[i] = Long.parseLong(parts[i]);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return out;
    }
}
