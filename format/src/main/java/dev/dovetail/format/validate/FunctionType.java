package dev.dovetail.format.validate;

import java.util.List;

/** A component function type. */
record FunctionType(boolean async, List<String> names, List<ValueType> params, ValueType result)
        implements TypeDef {}
