/**
 * Resolved component value types: the sealed {@link dev.dovetail.abi.type.ValType} hierarchy (one
 * record per kind) and {@link dev.dovetail.abi.type.FuncType}. Types are data, separate from
 * values, and checked once at a call boundary.
 */
package dev.dovetail.abi.type;
