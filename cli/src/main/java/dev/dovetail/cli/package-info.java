/**
 * The {@code dovetail} command line (picocli): {@link dev.dovetail.cli.Main} dispatches to {@code
 * invoke} ({@link dev.dovetail.cli.InvokeCommand}), {@code wit} ({@link
 * dev.dovetail.cli.WitCommand}) and {@code wast} ({@link dev.dovetail.cli.WastCommand}); {@link
 * dev.dovetail.cli.ExitCode} lists what each failure exits with.
 */
package dev.dovetail.cli;
