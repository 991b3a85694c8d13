package dev.dovetail.runtime;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The host's table of resource representations, as wasmtime's {@code ResourceTable}: {@link #push}
 * stores an object and returns an owned {@link Resource} whose {@link Resource#rep()} is its index;
 * {@link #get} and {@link #delete} take it back. An entry pushed with {@link #pushChild} records
 * its parent, and a parent cannot be deleted while it has children. Not thread-safe (a {@link
 * Store} is single-threaded); keep one in the store's data.
 */
public final class ResourceTable {
    /** Why a table operation failed. */
    public enum ErrorKind {
        /** No entry at that index (never pushed, or deleted). */
        NOT_PRESENT,
        /** The entry is not of the requested Java type. */
        WRONG_TYPE,
        /** The entry still has children. */
        HAS_CHILDREN,
        /** The table reached its capacity. */
        FULL
    }

    /** A failed table operation. */
    public static final class ResourceTableException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final ErrorKind kind;

        ResourceTableException(ErrorKind kind, String message) {
            super(message);
            this.kind = kind;
        }

        public ErrorKind kind() {
            return kind;
        }
    }

    private static final class Entry {
        final Object value;
        final int parent; // -1: none
        final Set<Integer> children = new LinkedHashSet<>();

        Entry(Object value, int parent) {
            this.value = value;
            this.parent = parent;
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private final List<Integer> free = new ArrayList<>();
    private final int capacity;

    /** A table of up to {@link Integer#MAX_VALUE} entries. */
    public ResourceTable() {
        this(Integer.MAX_VALUE);
    }

    /** A table of up to {@code capacity} live entries. */
    public ResourceTable(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
    }

    /** Stores {@code value}; returns an owned handle whose representation is its index. */
    public <T> Resource<T> push(T value) {
        return Resource.newOwn(insert(value, -1));
    }

    /** Stores {@code value} as a child of {@code parent}, which cannot be deleted before it. */
    public <T> Resource<T> pushChild(T value, Resource<?> parent) {
        Objects.requireNonNull(parent, "parent");
        Entry p = entry(parent.rep());
        int rep = insert(value, parent.rep());
        p.children.add(rep);
        return Resource.newOwn(rep);
    }

    private int insert(Object value, int parent) {
        Objects.requireNonNull(value, "value");
        if (size() >= capacity) {
            throw new ResourceTableException(
                    ErrorKind.FULL, "resource table is full (" + capacity + " entries)");
        }
        Entry e = new Entry(value, parent);
        if (!free.isEmpty()) {
            int rep = free.remove(free.size() - 1);
            entries.set(rep, e);
            return rep;
        }
        entries.add(e);
        return entries.size() - 1;
    }

    private Entry entry(int rep) {
        Entry e = rep >= 0 && rep < entries.size() ? entries.get(rep) : null;
        if (e == null) {
            throw new ResourceTableException(
                    ErrorKind.NOT_PRESENT, "no resource at index " + rep + " in the table");
        }
        return e;
    }

    /**
     * The object behind {@code resource} (owned or borrowed). The type {@code T} is not checked
     * here; use {@link #get(Resource, Class)} for a checked access.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Resource<T> resource) {
        return (T) entry(resource.rep()).value;
    }

    /** The object behind {@code resource}, checked to be a {@code type}. */
    public <T> T get(Resource<?> resource, Class<T> type) {
        Object v = entry(resource.rep()).value;
        if (!type.isInstance(v)) {
            throw new ResourceTableException(
                    ErrorKind.WRONG_TYPE,
                    "resource at index "
                            + resource.rep()
                            + " is a "
                            + v.getClass().getName()
                            + ", not a "
                            + type.getName());
        }
        return type.cast(v);
    }

    /** Whether an entry lives at {@code rep}. */
    public boolean contains(int rep) {
        return rep >= 0 && rep < entries.size() && entries.get(rep) != null;
    }

    /**
     * Removes and returns the object behind {@code resource}.
     *
     * @throws ResourceTableException if it is absent or still has children
     */
    @SuppressWarnings("unchecked")
    public <T> T delete(Resource<T> resource) {
        int rep = resource.rep();
        Entry e = entry(rep);
        if (!e.children.isEmpty()) {
            throw new ResourceTableException(
                    ErrorKind.HAS_CHILDREN,
                    "resource at index "
                            + rep
                            + " still has "
                            + e.children.size()
                            + " child(ren): "
                            + e.children);
        }
        if (e.parent >= 0) {
            Entry p = entries.get(e.parent);
            if (p != null) {
                p.children.remove(rep);
            }
        }
        entries.set(rep, null);
        free.add(rep);
        return (T) e.value;
    }

    /** The representations of the children of {@code parent}, in insertion order. */
    public List<Integer> children(Resource<?> parent) {
        return List.copyOf(entry(parent.rep()).children);
    }

    /** Number of live entries. */
    public int size() {
        return entries.size() - free.size();
    }
}
