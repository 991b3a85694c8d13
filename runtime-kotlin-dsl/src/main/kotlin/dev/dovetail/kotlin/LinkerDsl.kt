package dev.dovetail.kotlin

import dev.dovetail.abi.Val
import dev.dovetail.abi.type.FuncType
import dev.dovetail.abi.type.ResourceType
import dev.dovetail.runtime.Engine
import dev.dovetail.runtime.Linker
import dev.dovetail.runtime.LinkerInstance
import dev.dovetail.runtime.Store
import kotlin.reflect.KType
import kotlin.reflect.typeOf

/**
 * Marks the Dovetail linker DSL, so that an inner block cannot reach an outer scope by accident.
 */
@DslMarker
@Target(AnnotationTarget.CLASS, AnnotationTarget.TYPE)
public annotation class DovetailDsl

/**
 * A new [Linker] whose host definitions [block] declares. [T] is the host state of the stores it
 * will instantiate in, reachable from host functions as [HostCall.data]:
 * ```
 * val linker = linker<AppState>(engine) {
 *     root { func("log") { msg: String -> data.log += msg } }
 *     instance("my:pkg/math@1.0.0") { func("add") { a: UInt, b: UInt -> a + b } }
 *     resource<Counter>("counter") { rep -> data.table.delete(rep) }
 * }
 * ```
 */
public fun <T> linker(engine: Engine, block: LinkerScope<T>.() -> Unit): Linker<T> =
    Linker<T>(engine).define(block)

/** Adds the host definitions [block] declares to this linker; returns it. */
public fun <T> Linker<T>.define(block: LinkerScope<T>.() -> Unit): Linker<T> {
    LinkerScope(this).block()
    return this
}

/**
 * The receiver of a host function body: the [store] the calling component lives in and its host
 * state [data].
 */
@DovetailDsl
public class HostCall<T> @PublishedApi internal constructor(public val store: Store<T>) {
    /** The store's host state ([Store.data]). */
    public var data: T
        get() = store.data()
        set(value) = store.setData(value)
}

/**
 * Host definitions in one namespace of a linker: the root, or an instance such as
 * `wasi:cli/stdout@0.2.0`.
 *
 * Typed host functions take and return Kotlin values; their parameter and result types are read
 * from the lambda (`func("add") { a: UInt, b: UInt -> a + b }`) and checked twice: here, that each
 * has a component mapping at all, and when a component is linked
 * ([Linker.instantiatePre][dev.dovetail.runtime.Linker.instantiatePre]), against the type the
 * component imports the function with. A body throwing [dev.dovetail.abi.Trap] traps the calling
 * guest; any other exception propagates to whoever called into the component.
 */
@DovetailDsl
public open class InstanceScope<T>
@PublishedApi
internal constructor(
    /** The Java namespace these definitions go into. */
    public val instance: LinkerInstance<T>
) {
    /**
     * Defines the nested instance [name] (created on first use) with the definitions of [block].
     */
    public fun instance(name: String, block: InstanceScope<T>.() -> Unit) {
        InstanceScope(instance.instance(name)).block()
    }

    /** A host function of no parameters: `func("now") { -> clock.millis() }`. */
    public inline fun <reified R> func(name: String, noinline body: HostCall<T>.() -> R) {
        define(name, emptyList(), typeOf<R>()) { call, _ -> call.body() }
    }

    /** A host function of one parameter: `func("log") { msg: String -> println(msg) }`. */
    public inline fun <reified A, reified R> func(
        name: String,
        noinline body: HostCall<T>.(A) -> R,
    ) {
        define(name, listOf(typeOf<A>()), typeOf<R>()) { call, a -> call.body(a[0] as A) }
    }

    /** A host function of two parameters: `func("add") { a: UInt, b: UInt -> a + b }`. */
    public inline fun <reified A, reified B, reified R> func(
        name: String,
        noinline body: HostCall<T>.(A, B) -> R,
    ) {
        define(name, listOf(typeOf<A>(), typeOf<B>()), typeOf<R>()) { call, a ->
            call.body(a[0] as A, a[1] as B)
        }
    }

    /** A host function of three parameters. */
    public inline fun <reified A, reified B, reified C, reified R> func(
        name: String,
        noinline body: HostCall<T>.(A, B, C) -> R,
    ) {
        define(name, listOf(typeOf<A>(), typeOf<B>(), typeOf<C>()), typeOf<R>()) { call, a ->
            call.body(a[0] as A, a[1] as B, a[2] as C)
        }
    }

    /** A host function of four parameters. */
    public inline fun <reified A, reified B, reified C, reified D, reified R> func(
        name: String,
        noinline body: HostCall<T>.(A, B, C, D) -> R,
    ) {
        define(name, listOf(typeOf<A>(), typeOf<B>(), typeOf<C>(), typeOf<D>()), typeOf<R>()) {
            call,
            a ->
            call.body(a[0] as A, a[1] as B, a[2] as C, a[3] as D)
        }
    }

    /**
     * A host function of any number of parameters whose Kotlin types are [params]
     * (`typeOf<UInt>()`, ...) and whose result type is [result] (`typeOf<Unit>()` for none); [body]
     * receives one value per parameter.
     */
    public fun funcN(
        name: String,
        params: List<KType>,
        result: KType,
        body: HostCall<T>.(List<Any?>) -> Any?,
    ) {
        define(name, params, result) { call, a -> call.body(a.asList()) }
    }

    /**
     * A dynamic host function: it takes and returns [Val]s, whatever type the importing component
     * declares ([FuncType]); return `null` when that type has no result.
     */
    public fun funcNew(
        name: String,
        body: HostCall<T>.(type: FuncType, params: List<Val>) -> Val?,
    ) {
        instance.funcNew(name) { store, type, params -> HostCall(store).body(type, params) }
    }

    /**
     * Defines the host resource type [name] whose host representation is an [R] (kept, for example,
     * in a [dev.dovetail.runtime.ResourceTable]), so that typed functions pass its handles as
     * [dev.dovetail.runtime.Resource]`<R>`. [destructor] runs with the handle's representation when
     * a guest drops an owned handle. Returns the resource type.
     */
    public inline fun <reified R : Any> resource(
        name: String,
        noinline destructor: HostCall<T>.(rep: Int) -> Unit = {},
    ): ResourceType =
        instance.resource(name, R::class.java) { store, rep -> HostCall(store).destructor(rep) }

    /** Defines a typed host function; the types are checked to have a mapping now. */
    @PublishedApi
    internal fun define(
        name: String,
        params: List<KType>,
        result: KType,
        body: (HostCall<T>, Array<Any?>) -> Any?,
    ) {
        val sig = KSignature.of("host function `$name`", params, result, validate = true)
        val returnsNothing = sig.result == null
        val nullable = sig.result?.nullable == true
        instance.funcArgs(name, sig.java) { store, args ->
            val r = body(HostCall(store), args)
            when {
                returnsNothing -> null
                // The Java layer reads a null result as "no value"; `none` travels as a marker.
                r == null && nullable -> NullResult
                else -> r
            }
        }
    }
}

/** The root scope of the linker DSL: root functions, nested instances and [root]. */
@DovetailDsl
public class LinkerScope<T>
internal constructor(
    /** The linker being defined. */
    public val linker: Linker<T>
) : InstanceScope<T>(linker.root()) {
    /** Declares root definitions in a block of their own (the same as declaring them here). */
    public fun root(block: InstanceScope<T>.() -> Unit) {
        InstanceScope(linker.root()).block()
    }

    /** Whether a later definition may replace an earlier one of the same name (default no). */
    public fun allowShadowing(allow: Boolean = true) {
        linker.allowShadowing(allow)
    }
}
