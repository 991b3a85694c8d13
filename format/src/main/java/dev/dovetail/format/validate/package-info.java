/**
 * Component validation: {@link dev.dovetail.format.validate.Validator#validate} takes a decoded
 * {@link dev.dovetail.format.model.ComponentModel} (or a binary) and returns a {@link
 * dev.dovetail.format.validate.ComponentTypeInfo}: the component's {@link
 * dev.dovetail.format.types.ComponentType} plus the resolved type of every index-space entry. Rule
 * violations throw {@link dev.dovetail.format.InvalidComponentException} with wasm-tools' wording,
 * so {@code assert_invalid} expectations can be matched by substring.
 */
package dev.dovetail.format.validate;
