package dev.dovetail.kotlin

import dev.dovetail.abi.type.FuncType
import dev.dovetail.runtime.Instance
import dev.dovetail.runtime.TypedFunc
import dev.dovetail.runtime.typed.TypeMapper
import dev.dovetail.runtime.typed.TypedFuncPlan
import kotlin.reflect.KType
import kotlin.reflect.typeOf

/**
 * An exported component function called with Kotlin values, looked up with [Instance.func]: the
 * Kotlin types were checked against the component type once, at lookup. Subclasses add an `operator
 * fun invoke` of the right arity.
 *
 * A guest trap throws [dev.dovetail.abi.Trap] (and poisons the instance); a wrong value (a `null`
 * through an unchecked cast, for example) throws [IllegalArgumentException] before the guest runs;
 * an exception thrown by a host function the guest calls propagates unchanged.
 *
 * @param R the Kotlin result type; `Unit` when the function returns nothing
 */
public abstract class TypedExport<R> internal constructor(private val export: BoundExport) {
    /** The export name this function was looked up by. */
    public val name: String
        get() = export.func.name()

    /** The component function type. */
    public val type: FuncType
        get() = export.func.type()

    /** Calls the function with one value per parameter. */
    protected fun callWith(vararg args: Any?): R = export.call(args)

    override fun toString(): String = "${export.func.name()}: ${export.func.type()}"
}

/** An export checked against a Kotlin signature, bound to its instance's store. */
@PublishedApi
internal class BoundExport(
    private val instance: Instance,
    val func: TypedFunc<Any?>,
    private val returnsNothing: Boolean,
) {
    @Suppress("UNCHECKED_CAST")
    fun <R> call(args: Array<out Any?>): R {
        val r = func.call(instance.store(), *args)
        return (if (returnsNothing) Unit else r) as R
    }
}

/**
 * Looks up export [name] of [instance] and checks it against these Kotlin types.
 *
 * @throws IllegalArgumentException if there is no such function, or the types do not match (naming
 *   the component type and the Kotlin signature)
 */
@PublishedApi
internal fun lookupExport(
    instance: Instance,
    name: String,
    params: List<KType>,
    result: KType,
): BoundExport {
    val sig = KSignature.of("export `$name`", params, result, validate = false)
    val ft = instance.getFunc(name).type()
    try {
        TypedFuncPlan.check(ft, sig.paramTypes, sig.resultType)
    } catch (e: TypeMapper.MismatchException) {
        throw IllegalArgumentException(
            "export `$name` has type $ft; Kotlin signature $sig does not match: ${e.message}",
            e,
        )
    }
    return BoundExport(instance, instance.getTypedFunc(name, sig.java), sig.result == null)
}

/** A typed export of no parameters: `f()`. */
public class TypedExport0<R> @PublishedApi internal constructor(export: BoundExport) :
    TypedExport<R>(export) {
    /** Calls the function. */
    public operator fun invoke(): R = callWith()
}

/** A typed export of one parameter: `f(a)`. */
public class TypedExport1<A, R> @PublishedApi internal constructor(export: BoundExport) :
    TypedExport<R>(export) {
    /** Calls the function. */
    public operator fun invoke(a: A): R = callWith(a)
}

/** A typed export of two parameters: `f(a, b)`. */
public class TypedExport2<A, B, R> @PublishedApi internal constructor(export: BoundExport) :
    TypedExport<R>(export) {
    /** Calls the function. */
    public operator fun invoke(a: A, b: B): R = callWith(a, b)
}

/** A typed export of three parameters: `f(a, b, c)`. */
public class TypedExport3<A, B, C, R> @PublishedApi internal constructor(export: BoundExport) :
    TypedExport<R>(export) {
    /** Calls the function. */
    public operator fun invoke(a: A, b: B, c: C): R = callWith(a, b, c)
}

/** A typed export of four parameters: `f(a, b, c, d)`. */
public class TypedExport4<A, B, C, D, R> @PublishedApi internal constructor(export: BoundExport) :
    TypedExport<R>(export) {
    /** Calls the function. */
    public operator fun invoke(a: A, b: B, c: C, d: D): R = callWith(a, b, c, d)
}

/**
 * A typed export of any number of parameters, whose types were given as [KType]s to
 * [Instance.funcN]: `f(a, b, c, d, e)`. The argument count is checked per call, their types by the
 * codecs (a wrong type throws [IllegalArgumentException] naming the parameter).
 */
public class TypedExportN<R> @PublishedApi internal constructor(export: BoundExport) :
    TypedExport<R>(export) {
    /** Calls the function with one value per parameter. */
    public operator fun invoke(vararg args: Any?): R = callWith(*args)
}

/**
 * The exported function [name] of no parameters, with Kotlin result type [R] (`Unit` for none),
 * checked now: `val f = instance.func<String>("greeting"); f()`. A function inside an exported
 * instance is named `instance#function`, e.g. `my:pkg/api@1.0.0#get`.
 *
 * @throws IllegalArgumentException if there is no such function or the types do not match, naming
 *   the component type and the Kotlin signature
 */
public inline fun <reified R> Instance.func(name: String): TypedExport0<R> =
    TypedExport0(lookupExport(this, name, emptyList(), typeOf<R>()))

/** As [func] for a function of one parameter: `instance.func<UInt, String>("show")(7u)`. */
@JvmName("func1")
public inline fun <reified A, reified R> Instance.func(name: String): TypedExport1<A, R> =
    TypedExport1(lookupExport(this, name, listOf(typeOf<A>()), typeOf<R>()))

/** As [func] for a function of two parameters: `instance.func<UInt, UInt, UInt>("add")(1u, 2u)`. */
@JvmName("func2")
public inline fun <reified A, reified B, reified R> Instance.func(
    name: String
): TypedExport2<A, B, R> =
    TypedExport2(lookupExport(this, name, listOf(typeOf<A>(), typeOf<B>()), typeOf<R>()))

/** As [func] for a function of three parameters. */
@JvmName("func3")
public inline fun <reified A, reified B, reified C, reified R> Instance.func(
    name: String
): TypedExport3<A, B, C, R> =
    TypedExport3(
        lookupExport(this, name, listOf(typeOf<A>(), typeOf<B>(), typeOf<C>()), typeOf<R>())
    )

/** As [func] for a function of four parameters. */
@JvmName("func4")
public inline fun <reified A, reified B, reified C, reified D, reified R> Instance.func(
    name: String
): TypedExport4<A, B, C, D, R> =
    TypedExport4(
        lookupExport(
            this,
            name,
            listOf(typeOf<A>(), typeOf<B>(), typeOf<C>(), typeOf<D>()),
            typeOf<R>(),
        )
    )

/**
 * The exported function [name] of any number of parameters, whose Kotlin types are [params]
 * (`typeOf<UInt>()`, ...), with result type [R]; checked now as [func].
 */
public inline fun <reified R> Instance.funcN(name: String, vararg params: KType): TypedExportN<R> =
    TypedExportN(lookupExport(this, name, params.toList(), typeOf<R>()))
