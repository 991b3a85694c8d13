/**
 * The component text format: {@link dev.dovetail.format.text.component.ComponentTextParser} reads a
 * {@code (component ...)} s-expression and dispatches each field to the parser of its section (core
 * fields, types, imports and exports, instances and aliases, canon definitions), which resolve
 * names through a {@link dev.dovetail.format.text.component.Scope} and write the binary model
 * through a {@link dev.dovetail.format.text.component.Sink}.
 */
package dev.dovetail.format.text.component;
