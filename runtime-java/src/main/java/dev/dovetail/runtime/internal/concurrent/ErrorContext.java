package dev.dovetail.runtime.internal.concurrent;

/** The reference's {@code ErrorContext}: an immutable debug message passed between components. */
public record ErrorContext(String debugMessage) {}
