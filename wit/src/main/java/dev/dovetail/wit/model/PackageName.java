package dev.dovetail.wit.model;

/** A package's identity: {@code namespace:name@version}; version may be null. */
public record PackageName(String namespace, String name, Version version) {

    @Override
    public String toString() {
        return namespace + ":" + name + (version == null ? "" : "@" + version);
    }

    /** The identifier of an interface or world of this package: {@code ns:pkg/item@version}. */
    public String qualify(String item) {
        return namespace + ":" + name + "/" + item + (version == null ? "" : "@" + version);
    }
}
