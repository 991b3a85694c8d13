package dev.dovetail.wit.syntax;

/** One token: its kind and its character range in the source. */
public record Token(TokenKind kind, int start, int end) {}
