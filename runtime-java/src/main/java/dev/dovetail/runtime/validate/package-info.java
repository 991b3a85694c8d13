/**
 * Component validation: {@link dev.dovetail.runtime.validate.Validator#validate} takes a decoded
 * {@link dev.dovetail.runtime.model.ComponentModel} (or a binary) and returns a {@link
 * dev.dovetail.runtime.validate.ComponentTypeInfo}: the component's {@link
 * dev.dovetail.runtime.types.ComponentType} plus the resolved type of every index-space entry. Rule
 * violations throw {@link dev.dovetail.runtime.InvalidComponentException} with wasm-tools' wording,
 * so {@code assert_invalid} expectations can be matched by substring.
 */
package dev.dovetail.runtime.validate;
