/**
 * JMH benchmarks: each component call beside the raw Chicory call of the same core function, so a
 * run reports ratios. {@link dev.dovetail.bench.Fixture} builds both sides; {@link
 * dev.dovetail.bench.Components} holds the components as text. Never run by the tests.
 */
package dev.dovetail.bench;
