/**
 * The WebAssembly text format, with no external tool.
 *
 * <ul>
 *   <li>{@link dev.dovetail.runtime.text.Lexer} turns text into {@link
 *       dev.dovetail.runtime.text.Token}s (positions on every token; comments dropped).
 *   <li>{@link dev.dovetail.runtime.text.SExprReader} builds the shared tree of {@link
 *       dev.dovetail.runtime.text.SList} and {@link dev.dovetail.runtime.text.SAtom} nodes, which
 *       the core assembler, the component text parser and the {@code .wast} runner all walk with a
 *       {@link dev.dovetail.runtime.text.Cursor}.
 *   <li>{@link dev.dovetail.runtime.text.NumberLiterals} gives literals their value in context
 *       (u32, i32, i64, f32, f64 bits).
 *   <li>{@link dev.dovetail.runtime.text.Wat} assembles core modules to binary.
 * </ul>
 *
 * Every error is a {@link dev.dovetail.runtime.text.WatException} with a 1-based line and column.
 */
package dev.dovetail.runtime.text;
