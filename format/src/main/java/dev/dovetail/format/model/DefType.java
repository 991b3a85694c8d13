package dev.dovetail.format.model;

/** {@code deftype}: anything the type section (or a type declarator) can define. */
public sealed interface DefType
        permits DefValType, FuncType, ComponentType, InstanceType, ResourceType {}
