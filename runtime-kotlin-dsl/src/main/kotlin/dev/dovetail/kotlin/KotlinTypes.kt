package dev.dovetail.kotlin

import dev.dovetail.abi.codec.Codec
import dev.dovetail.abi.type.ListType
import dev.dovetail.abi.type.OptionType
import dev.dovetail.abi.type.PrimType
import dev.dovetail.abi.type.RecordType
import dev.dovetail.abi.type.TupleType
import dev.dovetail.abi.type.ValType
import dev.dovetail.abi.type.VariantType
import dev.dovetail.runtime.Resource
import dev.dovetail.runtime.ResourceAny
import dev.dovetail.runtime.Result
import dev.dovetail.runtime.typed.TypeMapper
import java.lang.reflect.GenericArrayType
import java.lang.reflect.ParameterizedType
import java.lang.reflect.Type
import java.lang.reflect.TypeVariable
import java.lang.reflect.WildcardType
import java.util.Optional
import kotlin.reflect.KClass
import kotlin.reflect.KType

/**
 * A Kotlin type as the mapping sees it: the JVM class (boxes for primitives, `kotlin.UInt` and
 * friends for unsigned types), the type arguments and the nullability.
 *
 * Types taken from a [KType] (`typeOf<T>()`) are exact. Types taken from JVM reflection (the
 * properties of a data class) are not: the JVM does not record nullability, so a reference type
 * there has unknown nullability ([nullable] `null`) and matches `option<T>` as `T?`; an unsigned
 * property is recognised by its JVM primitive type and the mangled name of its `componentN()`
 * method and then travels as the primitive ([raw]).
 */
internal class KTy(
    val cls: Class<*>,
    val args: List<KTy> = emptyList(),
    val nullable: Boolean? = false,
    val raw: Boolean = false,
) {
    fun nonNull(): KTy = KTy(cls, args, false, raw)

    override fun toString(): String {
        val name = kotlinName(cls)
        val a = if (args.isEmpty()) "" else args.joinToString(", ", "<", ">")
        return name + a + if (nullable == true) "?" else ""
    }

    override fun equals(other: Any?): Boolean =
        other is KTy &&
            other.cls == cls &&
            other.args == args &&
            other.nullable == nullable &&
            other.raw == raw

    override fun hashCode(): Int = cls.hashCode() * 31 + args.hashCode()
}

private val KOTLIN_NAMES: Map<Class<*>, String> =
    mapOf(
        java.lang.Integer::class.java to "Int",
        java.lang.Long::class.java to "Long",
        java.lang.Short::class.java to "Short",
        java.lang.Byte::class.java to "Byte",
        java.lang.Float::class.java to "Float",
        java.lang.Double::class.java to "Double",
        java.lang.Boolean::class.java to "Boolean",
        java.lang.String::class.java to "String",
        java.lang.Character::class.java to "Char",
        java.lang.Object::class.java to "Any",
        java.lang.Void::class.java to "Unit",
        ByteArray::class.java to "ByteArray",
        List::class.java to "List",
        Set::class.java to "Set",
        Map::class.java to "Map",
        Collection::class.java to "Collection",
    )

internal fun kotlinName(c: Class<*>): String =
    KOTLIN_NAMES[c]
        ?: if (c.isArray) "Array<${kotlinName(c.componentType)}>"
        else c.name.substringAfterLast('.').replace('$', '.')

/** The [KTy] of a [KType] from `typeOf<T>()`. */
internal fun KType.toKTy(): KTy {
    val c = classifier
    if (c !is KClass<*>) {
        throw IllegalArgumentException(
            "type parameter `$this` has no component mapping; use a concrete type"
        )
    }
    val args =
        arguments.map {
            it.type?.toKTy()
                ?: throw IllegalArgumentException(
                    "star projection in `$this` has no component mapping; use a concrete type"
                )
        }
    return KTy(c.javaObjectType, args, isMarkedNullable)
}

/** A [KTy] from a JVM reflected type, with type variables bound by [env]. */
internal fun Type.toKTy(env: Map<String, KTy>, unsigned: Class<*>? = null): KTy =
    when (this) {
        is Class<*> ->
            if (isPrimitive) {
                if (unsigned != null) KTy(unsigned, nullable = false, raw = true)
                else KTy(this.kotlin.javaObjectType, nullable = false)
            } else KTy(this, nullable = null)
        is ParameterizedType ->
            KTy(rawType as Class<*>, actualTypeArguments.map { it.toKTy(env) }, nullable = null)
        is WildcardType -> upperBounds[0].toKTy(env)
        is TypeVariable<*> ->
            env[name]?.let { KTy(it.cls, it.args, it.nullable ?: null, it.raw) }
                ?: throw IllegalArgumentException("unbound type variable `$name`")
        is GenericArrayType ->
            throw IllegalArgumentException("arrays other than ByteArray have no component mapping")
        else -> throw IllegalArgumentException("no component mapping for $typeName")
    }

/** A [ParameterizedType] built by the Kotlin layer, for the Java mapping. */
internal class Parameterized(private val raw: Class<*>, private val args: Array<Type>) :
    ParameterizedType {
    override fun getActualTypeArguments(): Array<Type> = args.clone()

    override fun getRawType(): Type = raw

    override fun getOwnerType(): Type? = null

    override fun getTypeName(): String =
        raw.name + args.joinToString(", ", "<", ">") { it.typeName }
}

/**
 * A Kotlin type handed to the Java mapping ([TypeMapper]): it builds its own codec, with the Kotlin
 * rules, wherever it appears.
 */
internal class KotlinType(val k: KTy) : TypeMapper.SelfMapping {
    override fun codec(t: ValType): Codec<Any> = KotlinMapper.codec(t, k)

    override fun getTypeName(): String = k.toString()

    override fun toString(): String = k.toString()

    override fun equals(other: Any?): Boolean = other is KotlinType && other.k == k

    override fun hashCode(): Int = k.hashCode()
}

internal val UNSIGNED: Map<Class<*>, PrimType> =
    mapOf(
        UByte::class.javaObjectType to PrimType.U8,
        UShort::class.javaObjectType to PrimType.U16,
        UInt::class.javaObjectType to PrimType.U32,
        ULong::class.javaObjectType to PrimType.U64,
    )

private val SIGNED: Map<Class<*>, Set<PrimType>> =
    mapOf(
        java.lang.Byte::class.java to setOf(PrimType.S8),
        java.lang.Short::class.java to setOf(PrimType.S16),
        java.lang.Integer::class.java to setOf(PrimType.S32, PrimType.CHAR),
        java.lang.Long::class.java to setOf(PrimType.S64),
    )

/** The JVM carrier of each unsigned type: the signed type of the same width. */
private val CARRIER: Map<PrimType, Class<*>> =
    mapOf(
        PrimType.U8 to java.lang.Byte::class.java,
        PrimType.U16 to java.lang.Short::class.java,
        PrimType.U32 to java.lang.Integer::class.java,
        PrimType.U64 to java.lang.Long::class.java,
    )

private val DIRECT: Set<Class<*>> =
    setOf(
        java.lang.Float::class.java,
        java.lang.Double::class.java,
        java.lang.Boolean::class.java,
        java.lang.String::class.java,
        ByteArray::class.java,
        ResourceAny::class.java,
    )

private val UNIT: Class<*> = Unit::class.java

/** A host function's `null` result of an option type, which the Java layer would refuse. */
@PublishedApi internal object NullResult

/** The Kotlin mapping: Kotlin-only types here, everything else through [TypeMapper]. */
internal object KotlinMapper {
    private fun mismatch(t: ValType, k: KTy, why: String? = null) =
        TypeMapper.MismatchException("expected $t, found $k" + if (why == null) "" else " ($why)")

    /** The Java type standing for [k] in the Java mapping. */
    fun java(k: KTy): Type = KotlinType(k)

    private fun payload(k: KTy): Type =
        if (k.cls == UNIT || k.cls == Void::class.java) Void::class.java else java(k)

    fun codec(t: ValType, k: KTy): Codec<Any> {
        if (t is OptionType) {
            if (k.nullable == true || (k.nullable == null && k.cls != Optional::class.java)) {
                val opt =
                    TypeMapper.codec(
                        t,
                        Parameterized(Optional::class.java, arrayOf(java(k.nonNull()))),
                    )
                return Adapted(
                    opt,
                    lower = { v ->
                        if (v === NullResult) Optional.empty() else Optional.ofNullable(v)
                    },
                    lift = { v -> (v as Optional<*>).orElse(null) },
                )
            }
            if (k.cls != Optional::class.java) {
                throw mismatch(
                    t,
                    k,
                    "an option is a nullable type; for option<option<T>> write the inner option" +
                        " as java.util.Optional, e.g. Optional<Int>?",
                )
            }
        } else if (k.nullable == true) {
            throw mismatch(t, k, "a nullable type maps to option<T>")
        }
        val c = k.cls
        UNSIGNED[c]?.let { p ->
            if (t != p) throw mismatch(t, k)
            val base = viaJava(t, k, CARRIER.getValue(p))
            return if (k.raw) base else unsignedAdapter(p, base)
        }
        SIGNED[c]?.let { ps ->
            if (t !in ps) {
                throw mismatch(
                    t,
                    k,
                    if (t is PrimType && t in CARRIER)
                        "unsigned types map to UByte, UShort, UInt, ULong"
                    else null,
                )
            }
            return viaJava(t, k, c)
        }
        if (c in DIRECT || c.isEnum || c.isRecord) return viaJava(t, k, c)
        when (c) {
            List::class.java -> {
                if (t is ListType && !t.isFixed && t.element() is OptionType) {
                    val elem =
                        try {
                            codec(t.element(), arg(k, 0))
                        } catch (e: TypeMapper.MismatchException) {
                            throw e.within("list element")
                        }
                    return NullableListCodec(t, elem)
                }
                return viaJava(t, k, Parameterized(c, arrayOf(java(arg(k, 0)))))
            }
            Optional::class.java -> {
                return viaJava(t, k, Parameterized(c, arrayOf(java(arg(k, 0)))))
            }
            Set::class.java -> {
                return viaJava(t, k, Parameterized(c, arrayOf(arg(k, 0).cls)))
            }
            Resource::class.java -> {
                return viaJava(t, k, Parameterized(c, arrayOf(arg(k, 0).cls)))
            }
            Result::class.java -> {
                val ok = arg(k, 0)
                val err = arg(k, 1)
                val base = viaJava(t, k, Parameterized(c, arrayOf(payload(ok), payload(err))))
                if (ok.cls != UNIT && err.cls != UNIT) return base
                return Adapted(
                    base,
                    lower = { v -> unitToNull(v) },
                    lift = { v -> nullToUnit(v, ok, err) },
                )
            }
            UNIT,
            Void::class.java ->
                throw mismatch(t, k, "Unit stands only for a missing result or payload")
        }
        if (t is VariantType && Shapes.isSealed(c)) return SealedCodec(t, Shapes.sealed(c))
        if ((t is RecordType || t is TupleType) && Shapes.isData(c)) {
            return DataClassCodec.of(t, Shapes.data(c), k)
        }
        val why =
            when {
                Shapes.isSealed(c) -> "a sealed type maps to a variant"
                Shapes.isData(c) -> "a data class maps to a record or a tuple"
                else -> null
            }
        throw mismatch(t, k, why)
    }

    /** The Java mapping of [j], which stands for [k]; its mismatch names [k] in Kotlin terms. */
    private fun viaJava(t: ValType, k: KTy, j: Type): Codec<Any> =
        try {
            TypeMapper.codec(t, j)
        } catch (e: TypeMapper.MismatchException) {
            val javaName = "expected $t, found ${j.typeName}"
            val m = e.message ?: throw e
            if (!m.startsWith(javaName)) throw e
            val k2 = if (k.nullable == true && t is OptionType) k else k.nonNull()
            throw TypeMapper.MismatchException(
                "expected $t, found $k2" + m.substring(javaName.length)
            )
        }

    private fun arg(k: KTy, i: Int): KTy =
        k.args.getOrNull(i)
            ?: throw TypeMapper.MismatchException("raw type $k has no type argument $i")

    private fun unitToNull(v: Any?): Any? =
        when (v) {
            is Result.Ok<*, *> -> if (v.value() === Unit) Result.Ok<Any?, Any?>(null) else v
            is Result.Err<*, *> -> if (v.error() === Unit) Result.Err<Any?, Any?>(null) else v
            else -> v
        }

    private fun nullToUnit(v: Any?, ok: KTy, err: KTy): Any? =
        when (v) {
            is Result.Ok<*, *> ->
                if (v.value() == null && ok.cls == UNIT) Result.Ok<Any?, Any?>(Unit) else v
            is Result.Err<*, *> ->
                if (v.error() == null && err.cls == UNIT) Result.Err<Any?, Any?>(Unit) else v
            else -> v
        }

    private fun unsignedAdapter(p: PrimType, base: Codec<Any>): Codec<Any> =
        when (p) {
            PrimType.U8 -> Adapted(base, { (it as UByte).toByte() }, { (it as Byte).toUByte() })
            PrimType.U16 ->
                Adapted(base, { (it as UShort).toShort() }, { (it as Short).toUShort() })
            PrimType.U32 -> Adapted(base, { (it as UInt).toInt() }, { (it as Int).toUInt() })
            else -> Adapted(base, { (it as ULong).toLong() }, { (it as Long).toULong() })
        }

    /**
     * Checks, without a component type, that [k] has a mapping at all: called when a host function
     * is defined, so that a Kotlin type without any component counterpart fails there.
     */
    fun validate(k: KTy, seen: MutableSet<Class<*>> = HashSet()) {
        val c = k.cls
        if (c in UNSIGNED || c in SIGNED || c in DIRECT || c.isEnum || c.isRecord) return
        when (c) {
            List::class.java,
            Optional::class.java -> return validate(arg(k, 0), seen)
            Set::class.java -> {
                if (!arg(k, 0).cls.isEnum) {
                    throw IllegalArgumentException("$k: flags need a Set of an enum class")
                }
                return
            }
            Resource::class.java -> return
            Result::class.java -> {
                for (a in listOf(arg(k, 0), arg(k, 1))) if (a.cls != UNIT) validate(a, seen)
                return
            }
        }
        if (!seen.add(c)) return
        if (Shapes.isSealed(c)) {
            for (case in Shapes.sealed(c).cases) case.payload?.let { validate(it, seen) }
            return
        }
        if (Shapes.isData(c)) {
            val shape = Shapes.data(c)
            val env = shape.env(k)
            for (p in shape.props) validate(p.type(env), seen)
            return
        }
        throw IllegalArgumentException("Kotlin type $k has no component mapping")
    }
}
