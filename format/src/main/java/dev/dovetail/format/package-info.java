/**
 * Reading and checking components without an engine. Bytes enter {@code binary} (decoded into the
 * {@code model}) or text enters {@code text}; {@code validate} checks the model and resolves it to
 * {@code types}. The two failures are {@link dev.dovetail.format.MalformedComponentException}
 * (decoding, with a byte offset) and {@link dev.dovetail.format.InvalidComponentException}
 * (validation).
 */
package dev.dovetail.format;
