package dev.dovetail.wit.model;

import java.util.List;

/** What a type definition defines. */
public sealed interface TypeDefKind {

    /** {@code type x = y}: another name for a type. */
    record AliasType(Type target) implements TypeDefKind {}

    record RecordType(List<Field> fields) implements TypeDefKind {
        public RecordType {
            fields = List.copyOf(fields);
        }
    }

    record ResourceType() implements TypeDefKind {}

    /** {@code own<r>} or {@code borrow<r>}; resource is an index into the types. */
    record HandleType(boolean own, int resource) implements TypeDefKind {}

    record FlagsType(List<NamedCase> flags) implements TypeDefKind {
        public FlagsType {
            flags = List.copyOf(flags);
        }
    }

    record TupleType(List<Type> types) implements TypeDefKind {
        public TupleType {
            types = List.copyOf(types);
        }
    }

    record VariantType(List<Case> cases) implements TypeDefKind {
        public VariantType {
            cases = List.copyOf(cases);
        }
    }

    record EnumType(List<NamedCase> cases) implements TypeDefKind {
        public EnumType {
            cases = List.copyOf(cases);
        }
    }

    record OptionType(Type type) implements TypeDefKind {}

    /** ok and error may each be null. */
    record ResultType(Type ok, Type error) implements TypeDefKind {}

    record ListType(Type element) implements TypeDefKind {}

    record FixedListType(Type element, long size) implements TypeDefKind {}

    record MapType(Type key, Type value) implements TypeDefKind {}

    /** payload may be null. */
    record FutureType(Type payload) implements TypeDefKind {}

    /** payload may be null. */
    record StreamType(Type payload) implements TypeDefKind {}

    /** A record field; docs may be null. */
    record Field(String name, Type type, String docs) {}

    /** A variant case; type and docs may be null. */
    record Case(String name, Type type, String docs) {}

    /** A flag or enum case; docs may be null. */
    record NamedCase(String name, String docs) {}
}
