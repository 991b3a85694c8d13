package dev.dovetail.format.validate;

/** A type index naming a resource; a fresh alias per import/export (for naming). */
final class ResourceAlias implements TypeDef {
    final Resource res;

    ResourceAlias(Resource res) {
        this.res = res;
    }
}
