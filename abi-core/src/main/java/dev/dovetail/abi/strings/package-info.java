/**
 * String transcoding between UTF-8, UTF-16 and latin1+utf16 as the canonical ABI specifies it:
 * {@link dev.dovetail.abi.strings.StringCodec} reproduces the exact sequence of {@code realloc}
 * calls, sizes and traps of the reference; {@link dev.dovetail.abi.strings.Utf8} and {@link
 * dev.dovetail.abi.strings.Utf16} measure and convert code units.
 */
package dev.dovetail.abi.strings;
