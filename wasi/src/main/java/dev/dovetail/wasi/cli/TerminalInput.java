package dev.dovetail.wasi.cli;

/** The host side of {@code wasi:cli/terminal-input.terminal-input}: a marker with no state. */
public record TerminalInput() {}
