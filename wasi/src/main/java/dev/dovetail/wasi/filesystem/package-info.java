/**
 * {@code wasi:filesystem}: {@code types} and {@code preopens}, defined by {@link
 * dev.dovetail.wasi.filesystem.FilesystemHost}.
 *
 * <p>Capability safety lives in {@link dev.dovetail.wasi.filesystem.Sandbox}: a descriptor is a
 * preopen's root plus the guest-visible components below it, and every path a guest names is
 * resolved from that root one component at a time without following links, so that {@code ..},
 * absolute paths and symbolic links never leave the preopen; links are expanded by the sandbox
 * itself, within it. Host failures become the interface's {@link
 * dev.dovetail.wasi.filesystem.ErrorCode}s ({@link dev.dovetail.wasi.filesystem.Errors}), never
 * exceptions across the boundary.
 */
package dev.dovetail.wasi.filesystem;
