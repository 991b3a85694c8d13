/**
 * Immutable model of a component binary (design/mvp/Binary.md of the Component Model).
 *
 * <p>The model mirrors the binary format: definitions stay in section order and refer to each other
 * by index, exactly as encoded. Resolving indices and checking types is the validator's job.
 *
 * <p>Conventions:
 *
 * <ul>
 *   <li>Every {@code u32} of the binary (indices, counts, lengths) is held in a Java {@code long}
 *       so that the whole unsigned range is representable without sign surprises. The encoder
 *       rejects values outside {@code [0, 2^32)}.
 *   <li>Lists are immutable copies; byte arrays are copied in and out.
 *   <li>Equality is structural. Source offsets (where kept) are not part of equality.
 * </ul>
 */
package dev.dovetail.format.model;
