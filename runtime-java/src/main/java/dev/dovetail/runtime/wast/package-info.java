/**
 * The {@code .wast} runner for the Component Model reference tests: {@link
 * dev.dovetail.runtime.wast.WastScript} reads a script, {@link
 * dev.dovetail.runtime.wast.WastRunner} runs each directive against a {@link
 * dev.dovetail.runtime.wast.WastHost} and reports a {@link
 * dev.dovetail.runtime.wast.DirectiveResult} per directive.
 */
package dev.dovetail.runtime.wast;
