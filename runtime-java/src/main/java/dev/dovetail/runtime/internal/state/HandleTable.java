package dev.dovetail.runtime.internal.state;

import dev.dovetail.abi.Trap;
import java.util.Arrays;

/**
 * A component instance's table of handles (resources, and later waitables, waitable sets and error
 * contexts), with the specification's exact index allocation: slot 0 is never used, a freed slot is
 * reused most-recently-freed first, and the table never exceeds 2^28 - 1 entries.
 */
public final class HandleTable {
    /** Largest index the specification allows. */
    public static final int MAX_LENGTH = (1 << 28) - 1;

    private Object[] slots = new Object[8];
    private int length = 1; // slot 0 is reserved
    private int[] free = new int[8];
    private int freeCount;
    private final int limit;

    public HandleTable() {
        this(MAX_LENGTH);
    }

    /** A table that traps once {@code limit} handles would be exceeded (a store limit). */
    public HandleTable(int limit) {
        this.limit = Math.min(limit, MAX_LENGTH);
    }

    /** The entry at {@code index}; traps when there is none. */
    public Object get(int index) {
        if (index <= 0 || index >= length || slots[index] == null) {
            throw new Trap("unknown handle index " + Integer.toUnsignedString(index));
        }
        return slots[index];
    }

    /** Adds {@code entry} and returns its index. */
    public int add(Object entry) {
        if (freeCount > 0) {
            int i = free[--freeCount];
            slots[i] = entry;
            return i;
        }
        if (length > limit) {
            throw new Trap("handle table full: more than " + limit + " handles");
        }
        if (length == slots.length) {
            slots = Arrays.copyOf(slots, slots.length * 2);
        }
        slots[length] = entry;
        return length++;
    }

    /** Removes and returns the entry at {@code index}; traps when there is none. */
    public Object remove(int index) {
        Object e = get(index);
        slots[index] = null;
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, free.length * 2);
        }
        free[freeCount++] = index;
        return e;
    }

    /** Number of live entries. */
    public int size() {
        return length - 1 - freeCount;
    }
}
