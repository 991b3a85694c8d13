package dev.dovetail.runtime.internal.exec;

import com.dylibso.chicory.runtime.GlobalInstance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.runtime.TableInstance;
import com.dylibso.chicory.runtime.TagInstance;

/** A core definition exported by a core instance, ready to be imported by another. */
public sealed interface CoreExport {
    record Func(CoreFunc func) implements CoreExport {}

    /** A table, with the bytes of the module that defines it (for the call_indirect workaround). */
    record Table(TableInstance table, byte[] ownerModule) implements CoreExport {}

    record Mem(Memory memory) implements CoreExport {}

    record Global(GlobalInstance global) implements CoreExport {}

    record Tag(TagInstance tag) implements CoreExport {}
}
