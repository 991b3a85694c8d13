package dev.dovetail.runtime.internal.state;

import dev.dovetail.abi.Trap;
import dev.dovetail.abi.type.ResourceType;
import dev.dovetail.runtime.internal.concurrent.GuestThread;
import dev.dovetail.runtime.internal.concurrent.StoreLoop;

/**
 * The run-time state the Canonical ABI keeps per component instance: its handle table, the {@code
 * may_enter}/{@code may_leave} flags, its parent (for the entering set of nested instances) and
 * whether a trap poisoned it. Also home of the resource built-ins, which act on this table.
 */
public final class ComponentInstanceState {
    private final ComponentInstanceState parent;
    private final HandleTable handles;
    boolean mayEnter = true;
    boolean mayLeave = true;
    private boolean poisoned;
    private RuntimeException stoppedAt;
    Task currentTask;
    Subtask currentSubtask;

    /** A finished task or subtask kept for the next call, so that calls do not allocate them. */
    private Task spareTask;

    private Subtask spareSubtask;

    private final dev.dovetail.runtime.Store<?> store;

    public ComponentInstanceState(
            dev.dovetail.runtime.Store<?> store, ComponentInstanceState parent, int maxHandles) {
        this(store, parent, maxHandles, null);
    }

    /** An instance whose async built-ins and tasks run on {@code loop} (the store's). */
    public ComponentInstanceState(
            dev.dovetail.runtime.Store<?> store,
            ComponentInstanceState parent,
            int maxHandles,
            StoreLoop loop) {
        this.store = store;
        this.parent = parent;
        this.handles = new HandleTable(maxHandles);
        this.loop = loop;
    }

    // ---- async state (the reference's ComponentInstance fields for concurrency) -----------

    private final StoreLoop loop;

    /** {@code threads}: the guest threads of this instance's tasks, by {@code thread.index}. */
    private HandleTable threads;

    /** {@code num_waiting_to_enter}: tasks held back by backpressure. */
    public int numWaitingToEnter;

    /** {@code exclusive_thread}: the thread of the sync or callback task running, or null. */
    private GuestThread exclusiveThread;

    /** The store's event loop, or null outside a store. */
    public StoreLoop loop() {
        return loop;
    }

    public HandleTable threads() {
        if (threads == null) {
            threads = new HandleTable();
        }
        return threads;
    }

    public GuestThread exclusiveThread() {
        return exclusiveThread;
    }

    public void setExclusiveThread(GuestThread thread) {
        exclusiveThread = thread;
    }

    /** {@code backpressure}: the counter of {@code backpressure.inc/dec}. */
    public int backpressureCount() {
        return backpressure;
    }

    /** {@code may_enter_from}: no instance of the entering set is on the stack. */
    public boolean mayEnterFrom(ComponentInstanceState caller) {
        for (ComponentInstanceState i = this; i != null; i = i.parent) {
            if (inEnteringSet(i, caller) && !i.mayEnter) {
                return false;
            }
        }
        return true;
    }

    /** Traps unless {@link #mayEnterFrom}, or when a trap poisoned the entering set. */
    public void checkMayEnterFrom(ComponentInstanceState caller) {
        if (nestedWith(caller)) {
            throw new Trap("wasm trap: cannot enter component instance");
        }
        for (ComponentInstanceState i = this; i != null; i = i.parent) {
            if (inEnteringSet(i, caller) && i.stoppedAt != null) {
                throw i.stoppedAt;
            }
            if (inEnteringSet(i, caller) && (!i.mayEnter || i.poisoned)) {
                throw new Trap("wasm trap: cannot enter component instance");
            }
        }
    }

    /** {@code enter_from}. */
    public void enterFrom(ComponentInstanceState caller) {
        for (ComponentInstanceState i = this; i != null; i = i.parent) {
            if (inEnteringSet(i, caller)) {
                i.mayEnter = false;
            }
        }
    }

    /** {@code leave_to}. */
    public void leaveTo(ComponentInstanceState caller) {
        for (ComponentInstanceState i = this; i != null; i = i.parent) {
            if (inEnteringSet(i, caller)) {
                i.mayEnter = true;
            }
        }
    }

    /** A fresh borrow scope ({@code num_borrows}) for an async task. */
    public Task newBorrowScope() {
        return new Task(this);
    }

    /** Makes {@code scope} the task borrowed handles are lowered into; returns the previous. */
    public Task swapCurrentTask(Task scope) {
        Task previous = currentTask;
        currentTask = scope;
        return previous;
    }

    /** Makes {@code s} the call borrowed handles are lent to; returns the previous. */
    public Subtask swapCurrentSubtask(Subtask s) {
        Subtask previous = currentSubtask;
        currentSubtask = s;
        return previous;
    }

    /** The store the instance lives in ({@code null} in unit tests of the state alone). */
    public dev.dovetail.runtime.Store<?> store() {
        return store;
    }

    public HandleTable handles() {
        return handles;
    }

    public ComponentInstanceState parent() {
        return parent;
    }

    // ---- entering and leaving ------------------------------------------------------------

    private boolean isSelfOrAncestorOf(ComponentInstanceState other) {
        for (ComponentInstanceState i = other; i != null; i = i.parent) {
            if (i == this) {
                return true;
            }
        }
        return false;
    }

    /**
     * A call between an instance and its own ancestor or descendant traps for now (wasmtime's rule,
     * which the reference tests follow): the two share a stack of component boundaries.
     */
    private boolean nestedWith(ComponentInstanceState caller) {
        return caller != null && (isSelfOrAncestorOf(caller) || caller.isSelfOrAncestorOf(this));
    }

    /** Instances entered when {@code caller} (null for the host) calls into this one. */
    private boolean inEnteringSet(ComponentInstanceState i, ComponentInstanceState caller) {
        return caller == null || !i.isSelfOrAncestorOf(caller);
    }

    /**
     * Enters this instance (and its ancestors not shared with {@code caller}) for a call through a
     * lifted function; traps when any of them is already on the stack or has trapped.
     */
    public Task enter(ComponentInstanceState caller) {
        if (caller == null) {
            // The host calls: every ancestor is in the entering set (the common, fast case).
            for (ComponentInstanceState i = this; i != null; i = i.parent) {
                if (i.stoppedAt != null) {
                    throw i.stoppedAt;
                }
                if (!i.mayEnter || i.poisoned) {
                    throw new Trap("cannot enter component instance");
                }
            }
            for (ComponentInstanceState i = this; i != null; i = i.parent) {
                i.mayEnter = false;
            }
        } else {
            for (ComponentInstanceState i = this; i != null; i = i.parent) {
                if (inEnteringSet(i, caller) && i.stoppedAt != null) {
                    throw i.stoppedAt;
                }
                if (inEnteringSet(i, caller) && (!i.mayEnter || i.poisoned)) {
                    throw new Trap("cannot enter component instance");
                }
            }
            for (ComponentInstanceState i = this; i != null; i = i.parent) {
                if (inEnteringSet(i, caller)) {
                    i.mayEnter = false;
                }
            }
        }
        Task task = spareTask;
        if (task != null) {
            spareTask = null;
        } else {
            task = new Task(this);
        }
        task.previous = currentTask;
        currentTask = task;
        return task;
    }

    /**
     * {@link #enter} for a call through {@code canon lower}: a call between an instance and its own
     * ancestor or descendant traps (destructors, which {@link #enter} serves, may still cross).
     */
    public Task enterCall(ComponentInstanceState caller) {
        if (nestedWith(caller)) {
            throw new Trap("wasm trap: cannot enter component instance");
        }
        return enter(caller);
    }

    /** Leaves after {@link #enter}, whether the call returned or trapped. */
    public void leave(Task task, ComponentInstanceState caller) {
        currentTask = task.previous;
        if (caller == null) {
            for (ComponentInstanceState i = this; i != null; i = i.parent) {
                i.mayEnter = true;
            }
        } else {
            for (ComponentInstanceState i = this; i != null; i = i.parent) {
                if (inEnteringSet(i, caller)) {
                    i.mayEnter = true;
                }
            }
        }
        if (task.resolved()) {
            // Resolved means no borrowed handle is scoped to it any more: nothing refers to the
            // task now, so the next call can reuse it instead of allocating one.
            task.reset();
            spareTask = task;
        }
    }

    /** A trap inside this instance: it refuses every later entry. */
    public void poison() {
        poisoned = true;
    }

    /**
     * The instance stopped at a feature the runtime does not support: every later entry fails with
     * {@code reason} again (not as a trap), so callers can tell the two apart.
     */
    public void stop(RuntimeException reason) {
        poisoned = true;
        stoppedAt = reason;
    }

    public boolean poisoned() {
        return poisoned;
    }

    /** Traps unless code of this instance may call out (not inside realloc or post-return). */
    public void checkMayLeave() {
        if (!mayLeave) {
            throw new Trap("cannot leave component instance");
        }
    }

    /** Runs {@code body} with {@code may_leave} cleared (realloc, post-return, destructors). */
    public void withoutLeaving(Runnable body) {
        boolean saved = mayLeave;
        mayLeave = false;
        try {
            body.run();
        } finally {
            mayLeave = saved;
        }
    }

    /** Starts a call out of this instance; borrowed handles lifted for it are lent to it. */
    public Subtask beginSubtask() {
        checkMayLeave();
        Subtask s = spareSubtask;
        if (s != null) {
            spareSubtask = null;
        } else {
            s = new Subtask();
        }
        s.previous = currentSubtask;
        currentSubtask = s;
        return s;
    }

    /** Ends {@link #beginSubtask}: the lent handles return. */
    public void endSubtask(Subtask s) {
        s.deliverResolve();
        currentSubtask = s.previous;
        s.previous = null;
        spareSubtask = s; // nothing refers to it any more
    }

    private int backpressure;

    /** {@code backpressure.inc} / {@code backpressure.dec}: a 16-bit counter that must not wrap. */
    public void backpressure(int delta) {
        int next = backpressure + delta;
        if (next < 0) {
            throw new Trap("backpressure counter underflow");
        }
        if (next >= 1 << 16) {
            throw new Trap("backpressure counter overflow");
        }
        backpressure = next;
    }

    // ---- resource built-ins -------------------------------------------------------------

    /** {@code canon resource.new}: a new owned handle for {@code rep}. */
    public int resourceNew(ResourceType type, int rep) {
        checkMayLeave();
        return handles.add(new ResourceHandle(type, rep, true, null));
    }

    /** {@code canon resource.rep}: the representation behind handle {@code index}. */
    public int resourceRep(ResourceType type, int index) {
        return resourceAt(index, type).rep;
    }

    /**
     * {@code canon resource.drop}: removes handle {@code index}; for an owned handle runs the
     * destructor, for a borrowed one ends the borrow.
     */
    public void resourceDrop(ResourceType type, int index) {
        checkMayLeave();
        ResourceHandle h = resourceAt(index, type);
        if (h.numLends != 0) {
            throw new Trap("cannot remove owned resource while borrowed");
        }
        handles.remove(index);
        if (h.own) {
            if (type instanceof DefinedResourceType d && d.destructor() != null) {
                d.destructor().destroy(store, this, h.rep);
            }
        } else {
            h.borrowScope.numBorrows--;
        }
    }

    /** The resource handle at {@code index}, checked against {@code type}. */
    ResourceHandle resourceAt(int index, ResourceType type) {
        Object e = handles.get(index);
        if (!(e instanceof ResourceHandle h)) {
            throw new Trap("handle index " + index + " is not a resource");
        }
        if (h.type != type) {
            throw new Trap(
                    "handle index "
                            + index
                            + " used with the wrong type, expected "
                            + origin(type)
                            + " but found "
                            + (origin(h.type).equals(origin(type))
                                    ? "a different " + origin(h.type)
                                    : origin(h.type)));
        }
        return h;
    }

    private static String origin(ResourceType t) {
        return t instanceof DefinedResourceType d ? d.origin() : "host-defined resource";
    }

    // ---- lifting and lowering handles (the spec's lift_own, lift_borrow, lower_*) --------

    /** {@code lift_own}: moves the owned handle out of the table. */
    public int liftOwn(int index, ResourceType type) {
        ResourceHandle h = resourceAt(index, type);
        if (h.numLends != 0) {
            throw new Trap("cannot remove owned resource while borrowed");
        }
        if (!h.own) {
            throw new Trap("cannot lift own resource from a borrow handle");
        }
        handles.remove(index);
        return h.rep;
    }

    /** {@code lift_borrow}: lends the handle to the current outgoing call. */
    public int liftBorrow(int index, ResourceType type) {
        ResourceHandle h = resourceAt(index, type);
        if (currentSubtask != null) {
            currentSubtask.addLender(h);
        }
        return h.rep;
    }

    /** {@code lower_own}: a new owned handle in this instance's table. */
    public int lowerOwn(int rep, ResourceType type) {
        return handles.add(new ResourceHandle(type, rep, true, null));
    }

    /**
     * {@code lower_borrow}: inside the defining instance the representation itself; elsewhere a
     * borrowed handle scoped to the current task.
     */
    public int lowerBorrow(int rep, ResourceType type) {
        if (type instanceof DefinedResourceType d && d.impl() == this) {
            return rep;
        }
        Task scope = currentTask;
        if (scope == null) {
            throw new IllegalStateException("borrow lowered outside of a task");
        }
        scope.numBorrows++;
        return handles.add(new ResourceHandle(type, rep, false, scope));
    }
}
