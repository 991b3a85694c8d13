/**
 * WIT syntax: {@link dev.dovetail.wit.syntax.Lexer} splits text into tokens, {@link
 * dev.dovetail.wit.syntax.ItemParser} (with {@code WorldParser} and {@code TypeParser}) builds the
 * {@link dev.dovetail.wit.syntax.Ast} of one file, whose nodes keep {@link
 * dev.dovetail.wit.syntax.Span}s so that later errors can point at the source. Nothing here knows
 * what a name refers to.
 */
package dev.dovetail.wit.syntax;
