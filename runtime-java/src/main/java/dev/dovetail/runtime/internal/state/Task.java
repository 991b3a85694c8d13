package dev.dovetail.runtime.internal.state;

import dev.dovetail.abi.Trap;

/**
 * One call into a component instance through a lifted function: the scope of the borrowed handles
 * lowered into the callee, which must all be dropped before the call returns.
 */
public final class Task {
    final ComponentInstanceState instance;
    int numBorrows;
    Task previous;
    private boolean resolved;

    Task(ComponentInstanceState instance) {
        this.instance = instance;
    }

    /** {@code num_borrows}: borrowed handles lowered into the call and not yet dropped. */
    public int numBorrows() {
        return numBorrows;
    }

    public ComponentInstanceState instance() {
        return instance;
    }

    /** The callee produced its result: no borrowed handle may remain. */
    public void resolve() {
        Trap.trapIf(resolved, "task already returned");
        Trap.trapIf(numBorrows > 0, "borrow handles still remain at the end of the call");
        resolved = true;
    }

    public boolean resolved() {
        return resolved;
    }

    /** Makes a resolved task (no borrow left, out of the stack) ready for another call. */
    void reset() {
        numBorrows = 0;
        previous = null;
        resolved = false;
    }
}
