package dev.dovetail.abi.gen;

import dev.dovetail.abi.Handles;
import dev.dovetail.abi.Trap;
import dev.dovetail.abi.type.FutureType;
import dev.dovetail.abi.type.ResourceType;
import dev.dovetail.abi.type.StreamType;
import java.util.ArrayList;
import java.util.List;

/**
 * A handle table for tests: lowering an owned handle (or stream, future, error-context) adds an
 * entry and returns its index (from 1); lifting an owned one removes it, checking the resource
 * type; borrows and error contexts are looked up without removal. Traps on a bad index or type.
 */
public final class FakeHandles implements Handles {
    private record Entry(Object kind, Object handle, boolean own) {}

    private final List<Entry> table = new ArrayList<>();

    public FakeHandles() {
        table.add(null); // index 0 is never valid
    }

    /** Number of live entries. */
    public int size() {
        int n = 0;
        for (Entry e : table) {
            if (e != null) {
                n++;
            }
        }
        return n;
    }

    private int add(Object kind, Object handle, boolean own) {
        table.add(new Entry(kind, handle, own));
        return table.size() - 1;
    }

    private Entry get(int index, Object kind) {
        if (index <= 0 || index >= table.size() || table.get(index) == null) {
            throw new Trap("unknown handle index " + index);
        }
        Entry e = table.get(index);
        if (e.kind() != kind) {
            throw new Trap("handle index " + index + " has the wrong type");
        }
        return e;
    }

    private Object remove(int index, Object kind) {
        Entry e = get(index, kind);
        table.set(index, null);
        return e.handle();
    }

    @Override
    public Object liftOwn(int index, ResourceType type) {
        Entry e = get(index, type);
        if (!e.own()) {
            throw new Trap("handle index " + index + " is not owned");
        }
        return remove(index, type);
    }

    @Override
    public Object liftBorrow(int index, ResourceType type) {
        return get(index, type).handle();
    }

    @Override
    public int lowerOwn(Object handle, ResourceType type) {
        return add(type, handle, true);
    }

    @Override
    public int lowerBorrow(Object handle, ResourceType type) {
        return add(type, handle, false);
    }

    @Override
    public Object liftStream(int index, StreamType type) {
        return remove(index, "stream");
    }

    @Override
    public int lowerStream(Object handle, StreamType type) {
        return add("stream", handle, true);
    }

    @Override
    public Object liftFuture(int index, FutureType type) {
        return remove(index, "future");
    }

    @Override
    public int lowerFuture(Object handle, FutureType type) {
        return add("future", handle, true);
    }

    @Override
    public Object liftErrorContext(int index) {
        return get(index, "error-context").handle();
    }

    @Override
    public int lowerErrorContext(Object handle) {
        return add("error-context", handle, true);
    }
}
