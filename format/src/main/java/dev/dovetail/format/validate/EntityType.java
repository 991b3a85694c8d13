package dev.dovetail.format.validate;

import dev.dovetail.format.types.ModuleType;

/** The type of an import or export, or of an index space entry (wasmparser's entity type). */
sealed interface EntityType {
    record Func(FunctionType f) implements EntityType {}

    /** A type: a value type or resource alias (or a func/instance/component type definition). */
    record Type(TypeDef t) implements EntityType {}

    record Value(ValueType v) implements EntityType {}

    record Instance(InstanceTypeDef i) implements EntityType {}

    record Component(ComponentTypeDef c) implements EntityType {}

    record Module(ModuleType m) implements EntityType {}

    /** The sort's name as error messages spell it. */
    static String describe(EntityType e) {
        return ((e instanceof EntityType.Func f)
                ? ("func")
                : (e instanceof EntityType.Type t)
                        ? ("type")
                        : (e instanceof EntityType.Value v)
                                ? ("value")
                                : (e instanceof EntityType.Instance i)
                                        ? ("instance")
                                        : (e instanceof EntityType.Component c)
                                                ? ("component")
                                                : (e instanceof EntityType.Module m)
                                                        ? ("module")
                                                        : Dispatch.unreachable());
    }
}
