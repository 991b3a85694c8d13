package dev.dovetail.format.validate;

/** An entry of the validator's component type index space (see {@link ValueType}). */
sealed interface TypeDef
        permits ValueType, ResourceAlias, FunctionType, InstanceTypeDef, ComponentTypeDef {}
