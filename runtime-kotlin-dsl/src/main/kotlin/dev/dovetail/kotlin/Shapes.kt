package dev.dovetail.kotlin

import java.lang.invoke.MethodHandle
import java.lang.invoke.MethodHandles
import java.lang.invoke.MethodType
import java.lang.reflect.Constructor
import java.lang.reflect.Method
import java.lang.reflect.Modifier
import java.lang.reflect.Type
import java.util.concurrent.ConcurrentHashMap

/** A property of a data class: its name, JVM generic type and, if unsigned, its Kotlin type. */
internal class Prop(val name: String, private val generic: Type, private val unsigned: Class<*>?) {
    fun type(env: Map<String, KTy>): KTy = generic.toKTy(env, unsigned)
}

/**
 * A data class as seen through JVM reflection (no kotlin-reflect): the `componentN()` methods in
 * order, the names of the matching backing fields and the primary constructor.
 */
internal class DataShape(
    val cls: Class<*>,
    val props: List<Prop>,
    private val getters: List<MethodHandle>,
    private val ctor: MethodHandle,
) {
    /** Type variables of the class bound to the arguments of [k]. */
    fun env(k: KTy): Map<String, KTy> =
        cls.typeParameters.withIndex().associate { (i, v) ->
            v.name to (k.args.getOrNull(i) ?: KTy(Any::class.java, nullable = null))
        }

    fun get(i: Int, value: Any): Any? = getters[i].invoke(value) as Any?

    fun make(args: Array<Any?>): Any = ctor.invokeWithArguments(*args)
}

/** A case of a sealed type: an `object` ([singleton]) or a data class of one property. */
internal class SealedCase(val cls: Class<*>, val singleton: Any?, val data: DataShape?) {
    val payload: KTy? = data?.props?.get(0)?.type(emptyMap())
}

/** A sealed class or interface and its direct subclasses. */
internal class SealedShape(val cls: Class<*>, val cases: List<SealedCase>)

/** Kotlin class shapes found with JVM reflection, cached per class. */
internal object Shapes {
    private val data = ConcurrentHashMap<Class<*>, DataShape>()
    private val sealed = ConcurrentHashMap<Class<*>, SealedShape>()
    private val COMPONENT = Regex("component([1-9][0-9]*)(-.+)?")

    /** The unsigned type behind each mangling suffix (`component3-pVg5ArA` returns a UInt). */
    private val SUFFIXES: Map<String, Class<*>> by lazy {
        val kinds =
            listOf(
                UByte::class.javaObjectType,
                UShort::class.javaObjectType,
                UInt::class.javaObjectType,
                ULong::class.javaObjectType,
            )
        components(UnsignedProbe::class.java)
            .withIndex()
            .mapNotNull { (i, m) -> suffix(m)?.let { it to kinds[i] } }
            .toMap()
    }

    private fun suffix(m: Method): String? =
        COMPONENT.matchEntire(m.name)?.groupValues?.get(2)?.takeIf { it.isNotEmpty() }

    private fun components(c: Class<*>): List<Method> {
        val byIndex = HashMap<Int, Method>()
        for (m in c.methods) {
            val match = COMPONENT.matchEntire(m.name) ?: continue
            if (m.parameterCount != 0 || Modifier.isStatic(m.modifiers)) continue
            byIndex[match.groupValues[1].toInt()] = m
        }
        return (1..byIndex.size).map {
            byIndex[it] ?: throw IllegalArgumentException("${c.name} has no component$it()")
        }
    }

    fun isData(c: Class<*>): Boolean =
        !c.isInterface &&
            !Modifier.isAbstract(c.modifiers) &&
            c.methods.any { COMPONENT.matchEntire(it.name)?.groupValues?.get(1) == "1" } &&
            c.methods.any { it.name == "copy" || it.name.startsWith("copy-") }

    fun isObject(c: Class<*>): Boolean =
        try {
            val f = c.getDeclaredField("INSTANCE")
            Modifier.isStatic(f.modifiers) && f.type == c
        } catch (e: NoSuchFieldException) {
            false
        }

    fun isSealed(c: Class<*>): Boolean = c.isSealed && !c.isEnum

    fun data(c: Class<*>): DataShape = data.computeIfAbsent(c, ::buildData)

    fun sealed(c: Class<*>): SealedShape = sealed.computeIfAbsent(c, ::buildSealed)

    private fun buildData(c: Class<*>): DataShape {
        val comps = components(c)
        val fields = c.declaredFields.filter { !Modifier.isStatic(it.modifiers) && !it.isSynthetic }
        if (fields.size < comps.size) {
            throw IllegalArgumentException(
                "data class ${c.name}: ${comps.size} componentN() methods but ${fields.size} fields"
            )
        }
        val props =
            comps.mapIndexed { i, m ->
                val f = fields[i]
                if (f.type != m.returnType) {
                    throw IllegalArgumentException(
                        "data class ${c.name}: cannot match component${i + 1}() to a property" +
                            " (field `${f.name}` is a ${f.type.name}, the component a" +
                            " ${m.returnType.name})"
                    )
                }
                val s = suffix(m)
                val unsigned =
                    if (s != null && m.returnType.isPrimitive) {
                        SUFFIXES[s]
                            ?: throw IllegalArgumentException(
                                "data class ${c.name}: property `${f.name}` has a value class" +
                                    " type; only the unsigned value classes have a component" +
                                    " mapping"
                            )
                    } else null
                Prop(f.name, m.genericReturnType, unsigned)
            }
        val types = comps.map { it.returnType }
        val getters =
            comps.map {
                it.isAccessible = true
                MethodHandles.lookup()
                    .unreflect(it)
                    .asType(MethodType.methodType(Any::class.java, Any::class.java))
            }
        return DataShape(c, props, getters, constructor(c, types))
    }

    private fun constructor(c: Class<*>, types: List<Class<*>>): MethodHandle {
        val ctors: Array<Constructor<*>> = c.declaredConstructors
        ctors
            .find { it.parameterTypes.toList() == types }
            ?.let {
                it.isAccessible = true
                return MethodHandles.lookup().unreflectConstructor(it)
            }
        // A constructor taking value classes is private; Kotlin adds a public one with a marker.
        ctors
            .find {
                it.parameterCount == types.size + 1 &&
                    it.parameterTypes.toList().subList(0, types.size) == types &&
                    it.parameterTypes[types.size].name ==
                        "kotlin.jvm.internal.DefaultConstructorMarker"
            }
            ?.let {
                it.isAccessible = true
                return MethodHandles.insertArguments(
                    MethodHandles.lookup().unreflectConstructor(it),
                    types.size,
                    null,
                )
            }
        throw IllegalArgumentException("data class ${c.name}: primary constructor not found")
    }

    private fun buildSealed(c: Class<*>): SealedShape {
        val cases =
            c.permittedSubclasses.map { k ->
                when {
                    isObject(k) -> SealedCase(k, k.getDeclaredField("INSTANCE").get(null), null)
                    isData(k) -> {
                        val shape = data(k)
                        if (shape.props.size != 1) {
                            throw IllegalArgumentException(
                                "case ${k.simpleName} of ${c.simpleName}: a case with a payload is" +
                                    " a data class of one property, found ${shape.props.size}"
                            )
                        }
                        if (k.typeParameters.isNotEmpty()) {
                            throw IllegalArgumentException(
                                "case ${k.simpleName} of ${c.simpleName} must not be generic"
                            )
                        }
                        SealedCase(k, null, shape)
                    }
                    else ->
                        throw IllegalArgumentException(
                            "case ${k.simpleName} of ${c.simpleName}: a variant case is an object" +
                                " (no payload) or a data class of one property (payload)"
                        )
                }
            }
        return SealedShape(c, cases)
    }
}

/** Its `componentN()` names reveal how Kotlin mangles the unsigned types. */
internal data class UnsignedProbe(val b: UByte, val s: UShort, val i: UInt, val l: ULong)
