/**
 * Differential testing against Wasmtime: the fuzzers' generated components and values run in
 * Dovetail and, through one long-lived Python process with Wasmtime's component API, in Wasmtime;
 * results, what the host import saw, traps and trap causes must agree.
 */
package dev.dovetail.runtime.diff;
