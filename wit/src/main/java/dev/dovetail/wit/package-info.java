/**
 * The WIT language in pure Java, with no engine: {@link dev.dovetail.wit.Wit} turns WIT text, a
 * file or a folder with its {@code deps/} into a resolved {@link dev.dovetail.wit.model.Resolve};
 * {@link dev.dovetail.wit.print.WitPrinter} prints it back. Invalid WIT raises {@link
 * dev.dovetail.wit.WitException}, located as a compiler locates errors.
 *
 * <p>Data flows text → {@code syntax} (lexer, parser, syntax tree with spans) → {@code resolve}
 * (names, packages in dependency order, gates, world elaboration) → {@code model} (immutable
 * records). Read {@code Wit}, then {@code model.Resolve}, then {@code resolve.PackageLoader}.
 */
package dev.dovetail.wit;
