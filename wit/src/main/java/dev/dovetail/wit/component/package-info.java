/**
 * A component's type as WIT: {@link dev.dovetail.wit.component.ComponentWit} turns the {@code
 * ComponentType} of the {@code format} module (its imports and exports) into a {@link
 * dev.dovetail.wit.model.Resolve} and prints it. Needs {@code dovetail-format} on the class path
 * (an optional dependency of this module); the rest of the module does not.
 */
package dev.dovetail.wit.component;
