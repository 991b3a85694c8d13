package dev.dovetail.abi.type;

/**
 * A component-level value type, fully resolved (no type indices). Types are immutable and compare
 * structurally, except resource types inside {@link OwnType}/{@link BorrowType}, which compare by
 * identity because every component instance mints its own. {@link #toString()} prints WIT syntax.
 */
public sealed interface ValType
        permits PrimType,
                ListType,
                RecordType,
                TupleType,
                VariantType,
                EnumType,
                OptionType,
                ResultType,
                FlagsType,
                MapType,
                OwnType,
                BorrowType,
                StreamType,
                FutureType {}
