package dev.dovetail.format.validate;

/** What a {@link Scope} validates: a component, a component type or an instance type. */
enum ScopeKind {
    COMPONENT,
    COMPONENT_TYPE,
    INSTANCE_TYPE
}
