package dev.dovetail.format.validate;

import dev.dovetail.abi.type.ResourceType;
import dev.dovetail.format.types.ComponentItem;
import dev.dovetail.format.types.ComponentType;
import dev.dovetail.format.types.CoreExtern;
import dev.dovetail.format.types.CoreFuncType;
import dev.dovetail.format.types.CoreInstanceType;
import dev.dovetail.format.types.ModuleType;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The result of validating a component: its type and the resolved type of every entry of every
 * index space, in index order, so that instantiation never resolves an index again.
 *
 * <p>Component index spaces: {@code funcs} ({@link ComponentItem.ComponentFunc}), {@code values}
 * ({@link ComponentItem.Value}), {@code types} ({@link ComponentItem.Type}, {@link
 * ComponentItem.Resource}, or a func/instance/component type), {@code components} ({@link
 * ComponentItem.Component}) and {@code instances} ({@link ComponentItem.ComponentInstance}). Core
 * index spaces: functions, tables, memories, globals and tags as {@link CoreExtern}s, core types
 * ({@link CoreFuncType}, {@link ModuleType}, or null for GC struct/array types), modules and core
 * instances.
 *
 * <p>{@code nestedComponents} maps the index of every component <em>defined</em> in this one (not
 * imported or aliased) to its own info. {@code localResources} are the resource types defined here
 * with {@code (type (resource ...))}: only those may be used with {@code resource.new}/{@code
 * resource.rep}. {@code importedResources} are the abstract resource types of the imports (in
 * {@link #type()}), which the instantiator substitutes with the resources actually supplied.
 * Resource types are identity-compared; each instantiation must map every local resource (and every
 * resource of {@code definedResources}) to a fresh runtime resource type.
 */
public record ComponentTypeInfo(
        ComponentType type,
        List<ComponentItem> funcs,
        List<ComponentItem> values,
        List<ComponentItem> types,
        List<ComponentItem> components,
        List<ComponentItem> instances,
        List<CoreFuncType> coreFuncs,
        List<CoreExtern.Table> coreTables,
        List<CoreExtern.Memory> coreMemories,
        List<CoreExtern.Global> coreGlobals,
        List<CoreExtern.Tag> coreTags,
        List<Object> coreTypes,
        List<ModuleType> coreModules,
        List<CoreInstanceType> coreInstances,
        Map<Integer, ComponentTypeInfo> nestedComponents,
        Set<ResourceType> localResources,
        Set<ResourceType> importedResources,
        Set<ResourceType> definedResources) {}
