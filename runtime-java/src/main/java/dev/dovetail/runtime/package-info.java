/**
 * The embedding API. Read first: {@link dev.dovetail.runtime.Engine} (the core engine choice),
 * {@link dev.dovetail.runtime.Component} (decoded, validated and compiled once), {@link
 * dev.dovetail.runtime.Linker} and {@link dev.dovetail.runtime.InstancePre} (imports resolved
 * once), {@link dev.dovetail.runtime.Store} and {@link dev.dovetail.runtime.Instance}, then calls
 * through {@link dev.dovetail.runtime.Func} ({@code Val}s) or {@link
 * dev.dovetail.runtime.TypedFunc} (Java types). No Chicory type appears here.
 */
package dev.dovetail.runtime;
