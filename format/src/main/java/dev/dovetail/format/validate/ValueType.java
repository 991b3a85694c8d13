package dev.dovetail.format.validate;

/**
 * A value type as the validator sees it: primitive or defined. Unlike the public abi-core types it
 * keeps the identity of every defined type (needed for the external-visibility rule), while
 * structural comparisons ({@link TypeEquality}) ignore identity.
 */
sealed interface ValueType extends TypeDef permits PrimitiveType, DefinedType {}
