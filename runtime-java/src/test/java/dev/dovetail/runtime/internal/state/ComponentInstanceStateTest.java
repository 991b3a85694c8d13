package dev.dovetail.runtime.internal.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.abi.Trap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComponentInstanceStateTest {
    private final ComponentInstanceState guest = new ComponentInstanceState(null, null, 1000);
    private final List<Integer> destroyed = new ArrayList<>();
    private final DefinedResourceType r =
            new DefinedResourceType("r", guest, (store, caller, rep) -> destroyed.add(rep));
    private final DefinedResourceType other = new DefinedResourceType("other", guest, null);

    @Test
    void newRepAndDropRunTheDestructor() {
        int h = guest.resourceNew(r, 42);
        assertEquals(1, h);
        assertEquals(42, guest.resourceRep(r, h));
        guest.resourceDrop(r, h);
        assertEquals(List.of(42), destroyed);
        assertEquals(
                "unknown handle index 1",
                assertThrows(Trap.class, () -> guest.resourceRep(r, h)).getMessage());
    }

    @Test
    void aHandleUsedWithTheWrongTypeTraps() {
        int h = guest.resourceNew(r, 1);
        assertEquals(
                "handle index 1 used with the wrong type, expected guest-defined resource but"
                        + " found a different guest-defined resource",
                assertThrows(Trap.class, () -> guest.resourceRep(other, h)).getMessage());
    }

    @Test
    void anOwnedHandleLentToACallCannotBeDroppedOrMoved() {
        ComponentInstanceState callee = new ComponentInstanceState(null, null, 1000);
        int h = guest.resourceNew(r, 7);
        Subtask call = guest.beginSubtask();
        assertEquals(7, guest.liftBorrow(h, r));
        Task task = callee.enter(guest);
        int borrowed = callee.lowerBorrow(7, r);
        assertEquals(1, borrowed);
        assertEquals(
                "cannot remove owned resource while borrowed",
                assertThrows(Trap.class, () -> guest.resourceDrop(r, h)).getMessage());
        assertThrows(Trap.class, () -> guest.liftOwn(h, r));
        // The callee must drop its borrow before returning.
        assertEquals(
                "borrow handles still remain at the end of the call",
                assertThrows(Trap.class, task::resolve).getMessage());
        callee.resourceDrop(r, borrowed);
        task.resolve();
        callee.leave(task, guest);
        guest.endSubtask(call);
        assertEquals(7, guest.liftOwn(h, r));
        assertTrue(destroyed.isEmpty(), "moving a handle out does not destroy it");
    }

    @Test
    void aResolvedTaskIsReusedCleanAndAnUnresolvedOneIsNot() {
        ComponentInstanceState callee = new ComponentInstanceState(null, null, 1000);
        Task first = callee.enter(guest);
        callee.lowerBorrow(5, r);
        assertThrows(Trap.class, first::resolve); // a borrow remains: not resolved
        callee.leave(first, guest);
        Task second = callee.enter(null);
        assertTrue(second != first, "an unresolved task may still scope a borrow");
        second.resolve();
        callee.leave(second, null);
        Task third = callee.enter(null);
        assertTrue(third == second, "a resolved task is reused");
        assertTrue(!third.resolved());
        assertEquals(0, third.numBorrows);
        assertEquals(null, third.previous);
        // reused, it still scopes borrows and checks them
        int b = callee.lowerBorrow(6, r);
        assertThrows(Trap.class, third::resolve);
        callee.resourceDrop(r, b);
        third.resolve();
        callee.leave(third, null);
    }

    @Test
    void nestedSubtasksAreDistinctAndLendingStillWorksAfterReuse() {
        int h = guest.resourceNew(r, 3);
        Subtask outer = guest.beginSubtask();
        Subtask inner = guest.beginSubtask();
        assertTrue(outer != inner);
        guest.endSubtask(inner);
        guest.endSubtask(outer);
        Subtask again = guest.beginSubtask();
        guest.liftBorrow(h, r);
        assertThrows(Trap.class, () -> guest.resourceDrop(r, h)); // lent
        guest.endSubtask(again);
        guest.resourceDrop(r, h); // returned by endSubtask
        assertEquals(List.of(3), destroyed);
    }

    @Test
    void borrowsLoweredIntoTheDefiningInstanceAreTheRepresentation() {
        Task task = guest.enter(null);
        assertEquals(99, guest.lowerBorrow(99, r));
        task.resolve();
        guest.leave(task, null);
    }

    @Test
    void reentryAndEntryAfterATrapAreRefused() {
        Task task = guest.enter(null);
        assertEquals(
                "cannot enter component instance",
                assertThrows(Trap.class, () -> guest.enter(null)).getMessage());
        guest.leave(task, null);
        guest.leave(guest.enter(null), null);
        guest.poison();
        assertThrows(Trap.class, () -> guest.enter(null));
    }

    @Test
    void aChildMayCallItsParentButNotBeEnteredTwice() {
        ComponentInstanceState parent = new ComponentInstanceState(null, null, 10);
        ComponentInstanceState child = new ComponentInstanceState(null, parent, 10);
        Task outer = child.enter(null);
        // the parent is already entered through its child
        assertThrows(Trap.class, () -> parent.enter(null));
        child.leave(outer, null);
        Task p = parent.enter(null);
        Task c = child.enter(parent);
        child.leave(c, parent);
        parent.leave(p, null);
    }

    @Test
    void mayLeaveGuardsReallocAndPostReturn() {
        guest.withoutLeaving(
                () ->
                        assertEquals(
                                "cannot leave component instance",
                                assertThrows(Trap.class, () -> guest.resourceNew(r, 1))
                                        .getMessage()));
        assertEquals(1, guest.resourceNew(r, 1));
    }
}
