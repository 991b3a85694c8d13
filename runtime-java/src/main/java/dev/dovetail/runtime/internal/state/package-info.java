/**
 * Per-instance state after the specification's {@code definitions.py}: {@link
 * dev.dovetail.runtime.internal.state.ComponentInstanceState} (may_enter, may_leave, the handle
 * table), {@link dev.dovetail.runtime.internal.state.HandleTable}, {@link
 * dev.dovetail.runtime.internal.state.Task} (a call in: the borrow scope) and {@link
 * dev.dovetail.runtime.internal.state.Subtask} (a call out: the lent handles).
 */
package dev.dovetail.runtime.internal.state;
