package dev.dovetail.format.types;

import dev.dovetail.abi.type.FuncType;
import dev.dovetail.abi.type.ResourceType;
import dev.dovetail.abi.type.ValType;
import java.util.Objects;

/**
 * The type of something a component imports or exports, or holds in one of its index spaces. Value
 * types are fully resolved abi-core types; resources are identity-compared {@link ResourceType}s.
 */
public sealed interface ComponentItem {
    /** A component function. */
    record ComponentFunc(FuncType type) implements ComponentItem {
        public ComponentFunc {
            Objects.requireNonNull(type, "type");
        }
    }

    /** A core function (only in core index spaces, never imported or exported). */
    record CoreFunc(CoreFuncType type) implements ComponentItem {
        public CoreFunc {
            Objects.requireNonNull(type, "type");
        }
    }

    /** A core module. */
    record Module(ModuleType type) implements ComponentItem {
        public Module {
            Objects.requireNonNull(type, "type");
        }
    }

    /** A component. */
    record Component(ComponentType type) implements ComponentItem {
        public Component {
            Objects.requireNonNull(type, "type");
        }
    }

    /** A component instance. */
    record ComponentInstance(InstanceType type) implements ComponentItem {
        public ComponentInstance {
            Objects.requireNonNull(type, "type");
        }
    }

    /** A value type, e.g. an {@code (eq ...)}-bound type import or a type export of a record. */
    record Type(ValType type) implements ComponentItem {
        public Type {
            Objects.requireNonNull(type, "type");
        }
    }

    /** A resource type. Imported resources are abstract: the instantiator substitutes them. */
    record Resource(ResourceType resource) implements ComponentItem {
        public Resource {
            Objects.requireNonNull(resource, "resource");
        }
    }

    /** A value (the 🪙 value sort) of the given type. */
    record Value(ValType type) implements ComponentItem {
        public Value {
            Objects.requireNonNull(type, "type");
        }
    }

    /** The sort word: {@code func}, {@code core func}, {@code core module}, ... */
    default String kind() {
        if (this instanceof ComponentFunc) {
            return "func";
        }
        if (this instanceof CoreFunc) {
            return "core func";
        }
        if (this instanceof Module) {
            return "core module";
        }
        if (this instanceof Component) {
            return "component";
        }
        if (this instanceof ComponentInstance) {
            return "instance";
        }
        if (this instanceof Type) {
            return "type";
        }
        if (this instanceof Resource) {
            return "resource";
        }
        if (this instanceof Value) {
            return "value";
        }
        throw new IllegalStateException("unreachable: unexpected variant");
    }

    /** WIT-like text of {@code name: item}, indented by {@code indent}. */
    static void print(
            StringBuilder sb, String indent, String verb, String name, ComponentItem item) {
        sb.append(indent).append(verb).append(' ');
        if (item instanceof ComponentFunc f) {
            sb.append(name).append(": ").append(f.type()).append(';');
        } else if (item instanceof Type t) {
            sb.append("type ").append(name).append(" = ").append(t.type()).append(';');
        } else if (item instanceof Resource r) {
            sb.append("resource ")
                    .append(name)
                    .append(" /* ")
                    .append(r.resource().name())
                    .append(" */;");
        } else if (item instanceof Value v) {
            sb.append(name).append(": value<").append(v.type()).append(">;");
        } else if (item instanceof ComponentInstance i) {
            sb.append(name).append(": interface {");
            i.type()
                    .exports()
                    .forEach(
                            (n, t) -> {
                                sb.append('\n');
                                print(sb, indent + "  ", "export", n, t);
                            });
            sb.append('\n').append(indent).append("}");
        } else if (item instanceof Component c) {
            sb.append(name).append(": component {");
            c.type()
                    .imports()
                    .forEach(
                            (n, t) -> {
                                sb.append('\n');
                                print(sb, indent + "  ", "import", n, t);
                            });
            c.type()
                    .exports()
                    .forEach(
                            (n, t) -> {
                                sb.append('\n');
                                print(sb, indent + "  ", "export", n, t);
                            });
            sb.append('\n').append(indent).append("}");
        } else if (item instanceof Module m) {
            sb.append(name).append(": ").append(m.type().toString().replace("\n", "\n" + indent));
        } else if (item instanceof CoreFunc f) {
            sb.append(name).append(": core ").append(f.type());
        }
    }
}
