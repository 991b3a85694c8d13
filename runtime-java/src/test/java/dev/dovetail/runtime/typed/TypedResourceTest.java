package dev.dovetail.runtime.typed;

import static dev.dovetail.runtime.typed.Fixtures.ENGINE;
import static dev.dovetail.runtime.typed.Fixtures.RESOURCES;
import static org.junit.jupiter.api.Assertions.*;

import dev.dovetail.abi.Trap;
import dev.dovetail.abi.type.ResourceType;
import dev.dovetail.runtime.Instance;
import dev.dovetail.runtime.Linker;
import dev.dovetail.runtime.Resource;
import dev.dovetail.runtime.ResourceAny;
import dev.dovetail.runtime.ResourceTable;
import dev.dovetail.runtime.Signature;
import dev.dovetail.runtime.Store;
import dev.dovetail.runtime.TypeRef;
import dev.dovetail.runtime.TypedFunc;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Host resources with typed handles: own and borrow in both directions, with a ResourceTable. */
class TypedResourceTest {
    static final class Counter {
        final int value;

        Counter(int value) {
            this.value = value;
        }
    }

    static final TypeRef<Resource<Counter>> COUNTER = new TypeRef<>() {};

    private final ResourceTable table = new ResourceTable();
    private final List<Integer> dropped = new ArrayList<>();
    private final List<Boolean> borrowsSeen = new ArrayList<>();
    private Store<ResourceTable> store;
    private Instance instance;
    private ResourceType counterType;

    @BeforeEach
    void setUp() {
        Linker<ResourceTable> linker = new Linker<>(ENGINE);
        counterType =
                linker.root()
                        .resource(
                                "counter",
                                Counter.class,
                                (s, rep) -> {
                                    dropped.add(rep);
                                    s.data().delete(Resource.newOwn(rep));
                                });
        linker.root()
                .func(
                        "[constructor]counter",
                        Signature.of(int.class).returns(COUNTER),
                        (s, v) -> s.data().push(new Counter(v)));
        linker.root()
                .func(
                        "[method]counter.get",
                        Signature.params().param(COUNTER).returns(int.class),
                        (s, self) -> {
                            borrowsSeen.add(!self.owned());
                            return s.data().get(self).value;
                        });
        store = new Store<>(ENGINE, table);
        instance = linker.instantiate(store, RESOURCES);
    }

    @Test
    void ownAndBorrowRoundTrip() {
        TypedFunc.Func1<Integer, Resource<Counter>> make =
                instance.getTypedFunc("make", Signature.of(int.class).returns(COUNTER));
        TypedFunc.Func1<Resource<Counter>, Integer> peek =
                instance.getTypedFunc("peek", Signature.params().param(COUNTER).returns(int.class));
        TypedFunc.Func1<Resource<Counter>, Integer> take =
                instance.getTypedFunc("take", Signature.params().param(COUNTER).returns(int.class));

        Resource<Counter> c = make.call(store, 41);
        assertTrue(c.owned());
        assertEquals(41, table.get(c).value);
        assertEquals(41, peek.call(store, c)); // lent to the guest, which lends it to the host
        assertEquals(List.of(true), borrowsSeen);
        assertTrue(table.contains(c.rep()));

        assertEquals(41, take.call(store, c)); // moved into the guest, which drops it
        assertEquals(List.of(c.rep()), dropped);
        assertFalse(table.contains(c.rep()));
        assertTrue(c.consumed());
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> take.call(store, c));
        assertTrue(e.getMessage().contains("already moved"), e.getMessage());

        // a handle the host made itself
        Resource<Counter> mine = table.push(new Counter(7));
        assertEquals(7, peek.call(store, mine));
        assertEquals(7, take.call(store, mine));
        assertEquals(2, dropped.size());
    }

    @Test
    void resourceAnyAndConversions() {
        TypedFunc.Func1<Integer, ResourceAny> make =
                instance.getTypedFunc("make", Signature.of(int.class).returns(ResourceAny.class));
        ResourceAny any = make.call(store, 5);
        assertSame(counterType, any.type());
        assertTrue(any.owned());
        Resource<Counter> typed = Resource.fromAny(any);
        assertEquals(5, table.get(typed).value);
        TypedFunc.Func1<ResourceAny, Integer> take =
                instance.getTypedFunc("take", Signature.of(ResourceAny.class).returns(int.class));
        assertEquals(5, take.call(store, typed.toAny(counterType)));
        assertEquals(1, dropped.size());
    }

    @Test
    void borrowCannotBeMovedAndWrongJavaTypeIsRejected() {
        TypedFunc.Func1<Resource<Counter>, Integer> take =
                instance.getTypedFunc("take", Signature.params().param(COUNTER).returns(int.class));
        Resource<Counter> borrowed = Resource.newBorrow(table.push(new Counter(1)).rep());
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> take.call(store, borrowed));
        assertTrue(
                e.getMessage().contains("borrowed handle cannot be passed as own"), e.getMessage());

        TypedFunc.Func1<Resource<String>, Integer> wrong =
                instance.getTypedFunc(
                        "peek",
                        Signature.params()
                                .param(new TypeRef<Resource<String>>() {})
                                .returns(int.class));
        e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> wrong.call(store, Resource.newOwn(0)));
        assertTrue(
                e.getMessage().contains("represents " + Counter.class.getName()), e.getMessage());

        e =
                assertThrows(
                        IllegalArgumentException.class,
                        () ->
                                instance.getTypedFunc(
                                        "peek", Signature.of(int.class).returns(int.class)));
        assertTrue(e.getMessage().contains("expected borrow<"), e.getMessage());
    }

    @Test
    void guestDroppingAnUnknownHandleTraps() {
        TypedFunc.Func1<ResourceAny, Integer> peek =
                instance.getTypedFunc("peek", Signature.of(ResourceAny.class).returns(int.class));
        ResourceAny dead = Resource.newOwn(99).toAny(counterType);
        // the host function fails to find rep 99 in the table
        RuntimeException e = assertThrows(RuntimeException.class, () -> peek.call(store, dead));
        assertTrue(TypedFuncTest.causeChainContains(e, "no resource at index 99"), e.toString());
        assertThrows(Trap.class, () -> peek.call(store, dead));
    }

    @Test
    void tableParentsAndChildren() {
        ResourceTable t = new ResourceTable(3);
        Resource<String> parent = t.push("parent");
        Resource<Integer> child = t.pushChild(1, parent);
        Resource<Integer> child2 = t.pushChild(2, parent);
        assertEquals(List.of(child.rep(), child2.rep()), t.children(parent));
        ResourceTable.ResourceTableException e =
                assertThrows(ResourceTable.ResourceTableException.class, () -> t.delete(parent));
        assertEquals(ResourceTable.ErrorKind.HAS_CHILDREN, e.kind());
        assertEquals(
                ResourceTable.ErrorKind.FULL,
                assertThrows(ResourceTable.ResourceTableException.class, () -> t.push("x")).kind());
        assertEquals(1, t.delete(child));
        assertEquals(2, t.delete(child2));
        assertEquals(
                ResourceTable.ErrorKind.WRONG_TYPE,
                assertThrows(
                                ResourceTable.ResourceTableException.class,
                                () -> t.get(parent, Integer.class))
                        .kind());
        assertEquals("parent", t.delete(parent));
        assertEquals(0, t.size());
        assertEquals(
                ResourceTable.ErrorKind.NOT_PRESENT,
                assertThrows(ResourceTable.ResourceTableException.class, () -> t.get(parent))
                        .kind());
        Resource<String> again = t.push("reused");
        assertTrue(again.rep() <= 2);
    }
}
