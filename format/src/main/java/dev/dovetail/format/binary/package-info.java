/**
 * The component binary format: {@link dev.dovetail.format.binary.ComponentDecoder} turns bytes into
 * a {@link dev.dovetail.format.model.ComponentModel}, {@link
 * dev.dovetail.format.binary.ComponentEncoder} turns a model back into canonical bytes (minimal
 * LEB128, the same bytes wasm-tools writes).
 *
 * <p>The decoder checks Binary.md's grammar, including the "(if ...)" side conditions that make
 * some opcodes unusable in some places (outer alias sorts, for instance), and nothing else: index
 * bounds, name syntax, uniqueness, empty records and the like are the validator's. Failures are
 * {@link dev.dovetail.format.MalformedComponentException}s with the byte offset and wasmparser's
 * wording. Embedded core modules have their preamble and section framing checked here and their
 * contents handed to a {@link dev.dovetail.format.binary.CoreModuleCheck} (Chicory by default).
 */
package dev.dovetail.format.binary;
