/**
 * {@code wasi:cli}: environment, exit, the standard streams and the terminal interfaces, defined by
 * {@link dev.dovetail.wasi.cli.CliHost}. {@code run} is the guest's export; {@link
 * dev.dovetail.wasi.Wasi#run} calls it.
 */
package dev.dovetail.wasi.cli;
