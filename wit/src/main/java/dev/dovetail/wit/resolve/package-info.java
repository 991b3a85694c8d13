/**
 * From syntax trees to the model. {@link dev.dovetail.wit.resolve.PackageLoader} groups files into
 * packages, orders the packages so that each follows those it uses, and resolves them one by one
 * with {@code PackageResolver} (interfaces and worlds in dependency order), {@code TypeScope}
 * (types and functions of one interface or world), {@code WorldResolver} (imports, exports,
 * includes) and {@code WorldElaborator} (implicit imports). Items gated off by {@code @unstable}
 * features that are not selected are left out, as wit-parser leaves them out.
 */
package dev.dovetail.wit.resolve;
