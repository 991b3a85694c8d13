package dev.dovetail.runtime.internal.state;

import java.util.ArrayList;
import java.util.List;

/**
 * The caller's side of one call out of a component instance (a lowered import): it records the
 * caller's handles lent to the callee as borrows, and returns them when the callee resolves.
 */
public final class Subtask {
    /** The handles lent to the callee; {@code null} until the first (most calls lend none). */
    private List<ResourceHandle> lenders;

    Subtask previous;

    public Subtask() {}

    void addLender(ResourceHandle h) {
        h.numLends++;
        if (lenders == null) {
            lenders = new ArrayList<>(2);
        }
        lenders.add(h);
    }

    /** The callee returned: every handle lent for the call is released. */
    public void deliverResolve() {
        if (lenders == null || lenders.isEmpty()) {
            return;
        }
        for (ResourceHandle h : lenders) {
            h.numLends--;
        }
        lenders.clear();
    }
}
