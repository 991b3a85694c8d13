package dev.dovetail.kotlin

import dev.dovetail.abi.Val

// Kotlin has real unsigned types; Java carries component unsigned integers in same-width signed
// types with the same bits. These conversions are the one place where the two meet.

/** This value as a component `u8`. */
public fun UByte.toVal(): Val.U8 = Val.U8(toByte())

/** This value as a component `u16`. */
public fun UShort.toVal(): Val.U16 = Val.U16(toShort())

/** This value as a component `u32`. */
public fun UInt.toVal(): Val.U32 = Val.U32(toInt())

/** This value as a component `u64`. */
public fun ULong.toVal(): Val.U64 = Val.U64(toLong())

/** The `u8` as a Kotlin [UByte]. */
public fun Val.U8.toUByte(): UByte = value().toUByte()

/** The `u16` as a Kotlin [UShort]. */
public fun Val.U16.toUShort(): UShort = value().toUShort()

/** The `u32` as a Kotlin [UInt]. */
public fun Val.U32.toUInt(): UInt = value().toUInt()

/** The `u64` as a Kotlin [ULong]. */
public fun Val.U64.toULong(): ULong = value().toULong()
