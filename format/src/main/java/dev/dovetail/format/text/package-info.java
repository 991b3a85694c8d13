/**
 * The WebAssembly text format, with no external tool.
 *
 * <ul>
 *   <li>{@link dev.dovetail.format.text.Lexer} turns text into {@link
 *       dev.dovetail.format.text.Token}s (positions on every token; comments dropped).
 *   <li>{@link dev.dovetail.format.text.SExprReader} builds the shared tree of {@link
 *       dev.dovetail.format.text.SList} and {@link dev.dovetail.format.text.SAtom} nodes, which the
 *       core assembler, the component text parser and the {@code .wast} runner all walk with a
 *       {@link dev.dovetail.format.text.Cursor}.
 *   <li>{@link dev.dovetail.format.text.NumberLiterals} gives literals their value in context (u32,
 *       i32, i64, f32, f64 bits).
 *   <li>{@link dev.dovetail.format.text.Wat} assembles core modules to binary.
 * </ul>
 *
 * Every error is a {@link dev.dovetail.format.text.WatException} with a 1-based line and column.
 */
package dev.dovetail.format.text;
