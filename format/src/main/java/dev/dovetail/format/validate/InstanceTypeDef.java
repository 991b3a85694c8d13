package dev.dovetail.format.validate;

import java.util.LinkedHashMap;
import java.util.List;

/** An instance type; {@code defined} are its existentially bound (abstract) resources. */
final class InstanceTypeDef implements TypeDef {
    final LinkedHashMap<String, EntityType> exports;
    final List<Resource> defined;

    InstanceTypeDef(LinkedHashMap<String, EntityType> exports, List<Resource> defined) {
        this.exports = exports;
        this.defined = defined;
    }
}
