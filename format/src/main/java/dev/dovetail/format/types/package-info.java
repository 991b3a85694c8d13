/**
 * The semantic types of components, as produced by validation: what a component imports and
 * exports, with every type index resolved. Value types are abi-core {@link
 * dev.dovetail.abi.type.ValType}s; resources are identity-compared {@link
 * dev.dovetail.abi.type.ResourceType}s, fresh for every resource definition (generative) and
 * abstract for imported resources.
 */
package dev.dovetail.format.types;
