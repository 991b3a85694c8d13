package dev.dovetail.wasi.cli;

/** The host side of {@code wasi:cli/terminal-output.terminal-output}: a marker with no state. */
public record TerminalOutput() {}
