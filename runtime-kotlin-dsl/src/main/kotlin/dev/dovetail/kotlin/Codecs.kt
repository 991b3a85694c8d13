package dev.dovetail.kotlin

import dev.dovetail.abi.LiftLowerContext
import dev.dovetail.abi.codec.Canon
import dev.dovetail.abi.codec.Codec
import dev.dovetail.abi.flat.FlatSink
import dev.dovetail.abi.flat.FlatSource
import dev.dovetail.abi.flat.Flattening
import dev.dovetail.abi.layout.AddrType
import dev.dovetail.abi.layout.Layout
import dev.dovetail.abi.type.RecordType
import dev.dovetail.abi.type.TupleType
import dev.dovetail.abi.type.ValType
import dev.dovetail.abi.type.VariantType
import dev.dovetail.runtime.typed.TypeMapper
import dev.dovetail.runtime.typed.TypedCodec

/** Normalised name: `light-blue`, `LIGHT_BLUE`, `lightBlue` and `LightBlue` all agree. */
internal fun normalize(name: String): String = name.replace("-", "").replace("_", "").lowercase()

/** A bad Kotlin value inside [segment], as an [IllegalArgumentException]. */
internal fun badValue(segment: String, e: RuntimeException): IllegalArgumentException =
    IllegalArgumentException(
        segment +
            ": " +
            when (e) {
                is NullPointerException -> "null is not a value"
                is ClassCastException -> "wrong Kotlin type: ${e.message}"
                else -> e.message
            },
        e,
    )

/** [base] over a Java representation, converted to and from the Kotlin one. */
internal class Adapted(
    private val base: Codec<Any>,
    private val lower: (Any?) -> Any?,
    private val lift: (Any?) -> Any?,
) : TypedCodec(base.type()) {
    override fun lowerFlat(cx: LiftLowerContext, v: Any?, out: FlatSink) =
        base.lowerFlat(cx, lower(v), out)

    override fun liftFlat(cx: LiftLowerContext, `in`: FlatSource): Any? =
        lift(base.liftFlat(cx, `in`))

    override fun store(cx: LiftLowerContext, v: Any?, ptr: Long) = base.store(cx, lower(v), ptr)

    override fun load(cx: LiftLowerContext, ptr: Long): Any? = lift(base.load(cx, ptr))
}

/** A `record` (fields by name) or `tuple` (by position) as a Kotlin data class. */
internal class DataClassCodec
private constructor(
    t: ValType,
    private val shape: DataShape,
    private val fields: Array<Codec<Any>>,
    private val kotlinIndex: IntArray,
    private val segments: Array<String>,
) : TypedCodec(t) {
    private val offsets = Layout.fieldOffsets(Layout.fieldTypes(t), AddrType.I32)

    companion object {
        fun of(t: ValType, shape: DataShape, k: KTy): DataClassCodec {
            val record = t is RecordType
            val names: List<String>
            val types: List<ValType>
            if (t is RecordType) {
                names = t.fields().map { it.name() }
                types = t.fields().map { it.type() }
            } else {
                types = (t as TupleType).types()
                names = types.indices.map { it.toString() }
            }
            val n = shape.props.size
            if (n != types.size) {
                throw TypeMapper.MismatchException(
                    "expected $t, found $k (${types.size} ${if (record) "fields" else "elements"}" +
                        " but $n properties)"
                )
            }
            val env = shape.env(k)
            val index = IntArray(n)
            val segments = Array(n) { "" }
            val codecs =
                Array(n) { i ->
                    val kk =
                        if (record) {
                            shape.props.indexOfFirst { normalize(it.name) == normalize(names[i]) }
                        } else i
                    if (kk < 0) {
                        throw TypeMapper.MismatchException(
                            "expected $t, found $k (no property for field `${names[i]}`)"
                        )
                    }
                    index[i] = kk
                    segments[i] = if (record) "field `${names[i]}`" else "element $i"
                    try {
                        KotlinMapper.codec(types[i], shape.props[kk].type(env))
                    } catch (e: TypeMapper.MismatchException) {
                        throw e.within(segments[i])
                    }
                }
            return DataClassCodec(t, shape, codecs, index, segments)
        }
    }

    private fun field(i: Int, v: Any?): Any? = shape.get(kotlinIndex[i], v!!)

    override fun lowerFlat(cx: LiftLowerContext, v: Any?, out: FlatSink) {
        for (i in fields.indices) {
            val f = field(i, v)
            try {
                fields[i].lowerFlat(cx, f, out)
            } catch (e: ClassCastException) {
                throw badValue(segments[i], e)
            } catch (e: NullPointerException) {
                throw badValue(segments[i], e)
            }
        }
    }

    override fun liftFlat(cx: LiftLowerContext, `in`: FlatSource): Any? {
        val args = arrayOfNulls<Any?>(fields.size)
        for (i in fields.indices) args[kotlinIndex[i]] = fields[i].liftFlat(cx, `in`)
        return shape.make(args)
    }

    override fun store(cx: LiftLowerContext, v: Any?, ptr: Long) {
        for (i in fields.indices) {
            val f = field(i, v)
            try {
                fields[i].store(cx, f, ptr + offsets[i])
            } catch (e: ClassCastException) {
                throw badValue(segments[i], e)
            } catch (e: NullPointerException) {
                throw badValue(segments[i], e)
            }
        }
    }

    override fun load(cx: LiftLowerContext, ptr: Long): Any? {
        val args = arrayOfNulls<Any?>(fields.size)
        for (i in fields.indices) args[kotlinIndex[i]] = fields[i].load(cx, ptr + offsets[i])
        return shape.make(args)
    }
}

/**
 * A `variant` as a sealed class or interface: each case is a direct subclass named after it, an
 * `object` without payload or a data class whose one property is the payload. Same layout and
 * flattening as every variant: a 1, 2 or 4 byte discriminant, the payload at the largest case
 * alignment, flat payloads joined with 32-bit values zero-extended into `i64` slots.
 */
internal class SealedCodec(t: VariantType, shape: SealedShape) : TypedCodec(t) {
    private val n = t.cases().size
    private val cases = arrayOfNulls<Codec<Any>>(n)
    private val kinds = arrayOfNulls<SealedCase>(n)
    private val segments = Array(n) { "case `${t.cases()[it].name()}`" }
    private val index = HashMap<Class<*>, Int>()
    private val caseTypes = Layout.caseTypes(t)
    private val discSize = Layout.discriminantSize(n)
    private val payloadOffset = Layout.payloadOffset(caseTypes, AddrType.I32)
    private val widened =
        Array(n) {
            if (flatCount() < 0) IntArray(0)
            else Flattening.widenedSlots(caseTypes, it, AddrType.I32)
        }

    init {
        val k = KTy(shape.cls)
        if (shape.cases.size != n) {
            throw TypeMapper.MismatchException(
                "expected $t, found $k ($n cases but ${shape.cases.size} subclasses)"
            )
        }
        for ((i, c) in t.cases().withIndex()) {
            val sc =
                shape.cases.find { normalize(it.cls.simpleName) == normalize(c.name()) }
                    ?: throw TypeMapper.MismatchException(
                        "expected $t, found $k (no subclass named after case `${c.name()}`)"
                    )
            kinds[i] = sc
            index[sc.cls] = i
            if (c.hasPayload() != (sc.payload != null)) {
                throw TypeMapper.MismatchException(
                    "expected $t, found $k (case `${c.name()}` " +
                        (if (c.hasPayload())
                            "has a payload: ${sc.cls.simpleName} must be a data class of one property"
                        else "has no payload: ${sc.cls.simpleName} must be an object") +
                        ")"
                )
            }
            if (c.hasPayload()) {
                cases[i] =
                    try {
                        KotlinMapper.codec(c.type(), sc.payload!!)
                    } catch (e: TypeMapper.MismatchException) {
                        throw e.within(segments[i])
                    }
            }
        }
    }

    private fun caseIndex(v: Any?): Int =
        index[v!!.javaClass]
            ?: throw IllegalArgumentException(
                "expected a case of ${type()}, found ${v.javaClass.name}"
            )

    private fun payload(v: Any, i: Int): Any? = kinds[i]!!.data?.get(0, v)

    private fun make(i: Int, payload: Any?): Any =
        kinds[i]!!.singleton ?: kinds[i]!!.data!!.make(arrayOf(payload))

    override fun lowerFlat(cx: LiftLowerContext, v: Any?, out: FlatSink) {
        val i = caseIndex(v)
        out.putI32(i)
        val start = out.position()
        val c = cases[i]
        if (c != null) {
            try {
                c.lowerFlat(cx, payload(v!!, i), out)
            } catch (e: ClassCastException) {
                throw badValue(segments[i], e)
            } catch (e: NullPointerException) {
                throw badValue(segments[i], e)
            }
            for (k in widened[i]) out.set(start + k, out.get(start + k) and 0xFFFF_FFFFL)
        }
        val end = start + flatCount() - 1
        while (out.position() < end) out.putI64(0)
    }

    override fun liftFlat(cx: LiftLowerContext, `in`: FlatSource): Any? {
        val start = `in`.position()
        val i = Canon.checkDiscriminant(`in`.u32(), n)
        val payload = cases[i]?.liftFlat(cx, `in`)
        `in`.position(start + flatCount())
        return make(i, payload)
    }

    override fun store(cx: LiftLowerContext, v: Any?, ptr: Long) {
        val i = caseIndex(v)
        val memory = cx.requireMemory()
        when (discSize) {
            1 -> memory.writeI8(ptr, i.toByte())
            2 -> memory.writeI16(ptr, i.toShort())
            else -> memory.writeI32(ptr, i)
        }
        val c = cases[i] ?: return
        try {
            c.store(cx, payload(v!!, i), ptr + payloadOffset)
        } catch (e: ClassCastException) {
            throw badValue(segments[i], e)
        } catch (e: NullPointerException) {
            throw badValue(segments[i], e)
        }
    }

    override fun load(cx: LiftLowerContext, ptr: Long): Any? {
        val memory = cx.requireMemory()
        val d =
            when (discSize) {
                1 -> memory.readI8(ptr).toLong() and 0xFF
                2 -> memory.readI16(ptr).toLong() and 0xFFFF
                else -> memory.readI32(ptr).toLong() and 0xFFFF_FFFFL
            }
        val i = Canon.checkDiscriminant(d, n)
        return make(i, cases[i]?.load(cx, ptr + payloadOffset))
    }
}

/**
 * `list<option<T>>` as a Kotlin `List<T?>`: the Java list codec lifts into immutable lists, which
 * cannot hold the `null` of a `none`. Lifted lists are read-only views of a fresh array.
 */
internal class NullableListCodec(t: ValType, private val elem: Codec<Any>) : TypedCodec(t) {
    private val elemSize = elem.size()
    private val elemAlign = elem.alignment()

    private fun lowerRange(cx: LiftLowerContext, v: Any?): Pair<Int, Int> {
        val list = v as List<*>
        val n = list.size
        val ptr = Canon.allocateList(cx, elemAlign, n.toLong() * elemSize)
        for ((i, e) in list.withIndex()) {
            try {
                elem.store(cx, e, ptr + i.toLong() * elemSize)
            } catch (ex: ClassCastException) {
                throw badValue("element $i", ex)
            } catch (ex: NullPointerException) {
                throw badValue("element $i", ex)
            }
        }
        return ptr.toInt() to n
    }

    private fun liftRange(cx: LiftLowerContext, ptr: Long, length: Long): List<Any?> {
        Canon.checkListRange(cx.requireMemory(), ptr, length, elemSize, elemAlign)
        val out = arrayOfNulls<Any?>(length.toInt())
        for (i in out.indices) out[i] = elem.load(cx, ptr + i.toLong() * elemSize)
        return java.util.Collections.unmodifiableList(out.asList())
    }

    override fun lowerFlat(cx: LiftLowerContext, v: Any?, out: FlatSink) {
        val (ptr, n) = lowerRange(cx, v)
        out.putI32(ptr)
        out.putI32(n)
    }

    override fun liftFlat(cx: LiftLowerContext, `in`: FlatSource): Any? {
        val ptr = `in`.u32()
        val length = `in`.u32()
        return liftRange(cx, ptr, length)
    }

    override fun store(cx: LiftLowerContext, v: Any?, ptr: Long) {
        val (p, n) = lowerRange(cx, v)
        val memory = cx.requireMemory()
        memory.writeI32(ptr, p)
        memory.writeI32(ptr + 4, n)
    }

    override fun load(cx: LiftLowerContext, ptr: Long): Any? {
        val memory = cx.requireMemory()
        val begin = memory.readI32(ptr).toLong() and 0xFFFF_FFFFL
        val length = memory.readI32(ptr + 4).toLong() and 0xFFFF_FFFFL
        return liftRange(cx, begin, length)
    }
}
