package dev.dovetail.format.validate;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * A component type; {@code imported} resources are universally bound, {@code defined}
 * existentially.
 */
final class ComponentTypeDef implements TypeDef {
    final LinkedHashMap<String, EntityType> imports;
    final LinkedHashMap<String, EntityType> exports;
    final List<Resource> imported;
    final List<Resource> defined;

    ComponentTypeDef(
            LinkedHashMap<String, EntityType> imports,
            LinkedHashMap<String, EntityType> exports,
            List<Resource> imported,
            List<Resource> defined) {
        this.imports = imports;
        this.exports = exports;
        this.imported = imported;
        this.defined = defined;
    }
}
