package dev.dovetail.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.dovetail.abi.DovetailException;
import dev.dovetail.format.InvalidComponentException;
import dev.dovetail.format.MalformedComponentException;
import org.junit.jupiter.api.Test;

class ExceptionsTest {
    @Test
    void malformedCarriesItsOffsetInTheMessage() {
        var e = new MalformedComponentException("unexpected end-of-file", 0x1f);
        assertEquals(0x1f, e.offset());
        assertEquals("unexpected end-of-file (at offset 0x1f)", e.getMessage());
        assertInstanceOf(DovetailException.class, e);
    }

    @Test
    void everyRuntimeErrorIsADovetailException() {
        assertInstanceOf(DovetailException.class, new InvalidComponentException("x"));
        assertInstanceOf(DovetailException.class, new UnlinkableException("x"));
    }
}
