package dev.dovetail.wit.print;

import java.util.Set;

/** WIT identifiers as printed: keywords get a leading {@code %}. */
final class Names {
    private static final Set<String> KEYWORDS =
            Set.of(
                    "use",
                    "type",
                    "func",
                    "u8",
                    "u16",
                    "u32",
                    "u64",
                    "s8",
                    "s16",
                    "s32",
                    "s64",
                    "f32",
                    "f64",
                    "char",
                    "record",
                    "resource",
                    "own",
                    "borrow",
                    "flags",
                    "variant",
                    "enum",
                    "bool",
                    "string",
                    "option",
                    "result",
                    "future",
                    "stream",
                    "error-context",
                    "list",
                    "map",
                    "_",
                    "as",
                    "from",
                    "static",
                    "interface",
                    "tuple",
                    "import",
                    "export",
                    "world",
                    "package",
                    "constructor",
                    "async",
                    "include",
                    "with");

    private Names() {}

    static String packageName(dev.dovetail.wit.model.PackageName name) {
        return id(name.namespace())
                + ":"
                + id(name.name())
                + (name.version() == null ? "" : "@" + name.version());
    }

    /** {@code ns:pkg/item@version} with each part escaped. */
    static String qualified(dev.dovetail.wit.model.PackageName name, String item) {
        return id(name.namespace())
                + ":"
                + id(name.name())
                + "/"
                + id(item)
                + (name.version() == null ? "" : "@" + name.version());
    }

    static String id(String name) {
        return KEYWORDS.contains(name) ? "%" + name : name;
    }
}
