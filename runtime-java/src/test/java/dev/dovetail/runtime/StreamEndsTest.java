package dev.dovetail.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.abi.Val;
import dev.dovetail.abi.type.PrimType;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Host ends of {@code stream<u8>}: the host writes to a guest reader and reads a guest writer. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class StreamEndsTest {
    private final Engine engine = Engine.create();
    private final Store<Void> store = new Store<>(engine, null);

    @AfterEach
    void close() {
        store.close();
    }

    /**
     * {@code consume(s)} reads up to 8 bytes synchronously and returns {@code count * 1000 + first
     * byte}; {@code produce()} returns a stream and writes the 3 bytes 5, 6, 7 into it, then drops
     * its end.
     */
    private static final String STREAMS =
            """
            (component
              (core module $Mem (memory (export "mem") 1))
              (core instance $mem (instantiate $Mem))
              (type $ST (stream u8))
              (core module $M
                (import "" "mem" (memory 1))
                (import "" "read" (func $read (param i32 i32 i32) (result i32)))
                (import "" "write" (func $write (param i32 i32 i32) (result i32)))
                (import "" "new" (func $new (result i64)))
                (import "" "drop-readable" (func $drop-readable (param i32)))
                (import "" "drop-writable" (func $drop-writable (param i32)))
                (import "" "return-u32" (func $return-u32 (param i32)))
                (import "" "return-stream" (func $return-stream (param i32)))
                (func (export "consume") (param $s i32)
                  (local $r i32)
                  (local.set $r (call $read (local.get $s) (i32.const 16) (i32.const 8)))
                  (call $drop-readable (local.get $s))
                  (call $return-u32
                    (i32.add (i32.mul (i32.shr_u (local.get $r) (i32.const 4)) (i32.const 1000))
                             (i32.load8_u (i32.const 16)))))
                (func (export "produce")
                  (local $ends i64) (local $r i32)
                  (local.set $ends (call $new))
                  (call $return-stream (i32.wrap_i64 (local.get $ends)))
                  (i32.store8 (i32.const 32) (i32.const 5))
                  (i32.store8 (i32.const 33) (i32.const 6))
                  (i32.store8 (i32.const 34) (i32.const 7))
                  (local.set $r (call $write (i32.wrap_i64 (i64.shr_u (local.get $ends) (i64.const 32)))
                    (i32.const 32) (i32.const 3)))
                  (if (i32.ne (local.get $r) (i32.const 0x30 (; COMPLETED | 3 << 4 ;)))
                    (then unreachable))
                  (call $drop-writable (i32.wrap_i64 (i64.shr_u (local.get $ends) (i64.const 32))))))
              (canon stream.read $ST (memory (core memory $mem "mem")) (core func $read))
              (canon stream.write $ST (memory (core memory $mem "mem")) (core func $write))
              (canon stream.new $ST (core func $new))
              (canon stream.drop-readable $ST (core func $drop-readable))
              (canon stream.drop-writable $ST (core func $drop-writable))
              (canon task.return (result u32) (core func $return-u32))
              (canon task.return (result $ST) (core func $return-stream))
              (core instance $m (instantiate $M (with "" (instance
                (export "mem" (memory $mem "mem"))
                (export "read" (func $read))
                (export "write" (func $write))
                (export "new" (func $new))
                (export "drop-readable" (func $drop-readable))
                (export "drop-writable" (func $drop-writable))
                (export "return-u32" (func $return-u32))
                (export "return-stream" (func $return-stream))))))
              (func (export "consume") async (param "s" $ST) (result u32)
                (canon lift (core func $m "consume") async))
              (func (export "produce") async (result $ST)
                (canon lift (core func $m "produce") async)))
            """;

    @Test
    void theHostWritesBytesAGuestReads() {
        Instance i =
                new Linker<Void>(engine).instantiate(store, Component.fromWat(engine, STREAMS));
        StreamWriter writer = StreamWriter.create(store, PrimType.U8);
        CompletableFuture<Val> result = i.getFunc("consume").callAsync(store, writer.readable());
        assertFalse(result.isDone(), "the guest waits in stream.read");
        CompletableFuture<Integer> wrote = writer.writeBytes(new byte[] {9, 8, 7});
        assertEquals(3, wrote.join(), "the pending guest read took all three");
        store.runUntil(result);
        assertEquals(new Val.U32(3009), result.join());
        writer.close();
    }

    @Test
    void theHostReadsBytesAGuestWritesThenSeesTheEnd() {
        Instance i =
                new Linker<Void>(engine).instantiate(store, Component.fromWat(engine, STREAMS));
        Val.Stream s = (Val.Stream) i.getFunc("produce").call(store);
        StreamReader reader = StreamReader.of(store, s);
        CompletableFuture<byte[]> first = reader.readBytes(10);
        assertArrayEquals(new byte[] {5, 6, 7}, first.join(), "the guest's write was pending");
        CompletableFuture<byte[]> second = reader.readBytes(10);
        store.runUntil(second);
        assertEquals(0, second.join().length);
        assertTrue(reader.closed(), "the guest dropped its writable end");
        reader.close();
    }
}
