package dev.dovetail.kotlin

import dev.dovetail.runtime.Signature
import dev.dovetail.runtime.TypeRef
import java.lang.reflect.Type
import kotlin.reflect.KType

/** A Kotlin function signature, converted once into a Java [Signature] of [KotlinType]s. */
internal class KSignature(val params: List<KTy>, val result: KTy?) {
    val paramTypes: List<Type> = params.map { KotlinType(it) }
    val resultType: Type? = result?.let { KotlinType(it) }

    @Suppress("UNCHECKED_CAST")
    val java: Signature<Any?> =
        (if (resultType == null) Signature.of(*paramTypes.toTypedArray()).returnsNothing()
        else
            Signature.of(*paramTypes.toTypedArray())
                .returns(TypeRef.ofType(resultType) as TypeRef<Any?>))
            as Signature<Any?>

    override fun toString(): String =
        params.joinToString(", ", "(", ")") + if (result == null) "" else " -> $result"

    companion object {
        /**
         * The signature of these Kotlin types; `Unit` (or `Nothing`) as the result means none. With
         * [validate], each type is also checked to have some component mapping.
         */
        fun of(what: String, params: List<KType>, result: KType, validate: Boolean): KSignature {
            val ps =
                params.mapIndexed { i, p ->
                    convert("$what: parameter $i", p).also {
                        if (validate) check("$what: parameter $i") { KotlinMapper.validate(it) }
                    }
                }
            val r = convert("$what: result", result)
            val none = r.cls == Unit::class.java || r.cls == Void::class.java
            if (!none && validate) check("$what: result") { KotlinMapper.validate(r) }
            return KSignature(ps, if (none) null else r)
        }

        private fun convert(where: String, t: KType): KTy =
            try {
                t.toKTy()
            } catch (e: IllegalArgumentException) {
                throw IllegalArgumentException("$where: ${e.message}", e)
            }

        private fun check(where: String, f: () -> Unit) {
            try {
                f()
            } catch (e: IllegalArgumentException) {
                throw IllegalArgumentException("$where: ${e.message}", e)
            }
        }
    }
}
