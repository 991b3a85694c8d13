/**
 * The resolved WIT model, in the spirit of wit-parser's {@code Resolve}: immutable records held in
 * arenas ({@link dev.dovetail.wit.model.Resolve#packages()}, {@code interfaces()}, {@code
 * worlds()}, {@code types()}) that refer to each other by index. A {@link
 * dev.dovetail.wit.model.Type} is a {@link dev.dovetail.wit.model.Primitive} or a {@link
 * dev.dovetail.wit.model.TypeRef} to a {@link dev.dovetail.wit.model.TypeDef}. Worlds are
 * elaborated. This is what a component's type is compared with and what bindings are generated
 * from.
 */
package dev.dovetail.wit.model;
