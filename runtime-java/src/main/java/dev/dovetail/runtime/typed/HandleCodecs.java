package dev.dovetail.runtime.typed;

import dev.dovetail.abi.Handles;
import dev.dovetail.abi.LiftLowerContext;
import dev.dovetail.abi.flat.FlatSink;
import dev.dovetail.abi.flat.FlatSource;
import dev.dovetail.abi.type.ResourceType;
import dev.dovetail.abi.type.ValType;
import dev.dovetail.runtime.Resource;
import dev.dovetail.runtime.ResourceAny;
import dev.dovetail.runtime.internal.exec.InstanceHandles;
import dev.dovetail.runtime.internal.state.DefinedResourceType;

/** {@code own<R>} and {@code borrow<R>} as {@link ResourceAny} or as a typed {@link Resource}. */
final class HandleCodecs {
    private HandleCodecs() {}

    abstract static class HandleC extends TypedCodec {
        final ResourceType template;
        final boolean own;

        HandleC(ValType t, ResourceType template, boolean own) {
            super(t);
            this.template = template;
            this.own = own;
        }

        abstract int lower(Handles h, LiftLowerContext cx, Object v);

        abstract Object lift(Handles h, int index);

        @Override
        public final void lowerFlat(LiftLowerContext cx, Object v, FlatSink out) {
            out.putI32(lower(cx.handles(), cx, v));
        }

        @Override
        public final Object liftFlat(LiftLowerContext cx, FlatSource in) {
            return lift(cx.handles(), in.i32());
        }

        @Override
        public final void store(LiftLowerContext cx, Object v, long ptr) {
            cx.requireMemory().writeI32(ptr, lower(cx.handles(), cx, v));
        }

        @Override
        public final Object load(LiftLowerContext cx, long ptr) {
            return lift(cx.handles(), cx.requireMemory().readI32(ptr));
        }
    }

    /** Any resource, as {@link ResourceAny}. */
    static final class AnyC extends HandleC {
        AnyC(ValType t, ResourceType template, boolean own) {
            super(t, template, own);
        }

        @Override
        int lower(Handles h, LiftLowerContext cx, Object v) {
            ResourceAny r = (ResourceAny) v;
            return own ? h.lowerOwn(r, template) : h.lowerBorrow(r, template);
        }

        @Override
        Object lift(Handles h, int index) {
            return own ? h.liftOwn(index, template) : h.liftBorrow(index, template);
        }
    }

    /** A host-defined resource as {@code Resource<T>}; {@code javaType} null: any host type. */
    static final class TypedC extends HandleC {
        private final Class<?> javaType;
        private volatile ResourceType checked;

        TypedC(ValType t, ResourceType template, boolean own, Class<?> javaType) {
            super(t, template, own);
            this.javaType = javaType;
        }

        private ResourceType check(ResourceType rt) {
            if (rt == checked) {
                return rt;
            }
            if (!(rt instanceof DefinedResourceType d) || d.impl() != null) {
                throw new IllegalArgumentException(
                        "resource type `"
                                + rt
                                + "` is defined by a component; Resource<T> carries host-defined"
                                + " resources only, use ResourceAny");
            }
            if (javaType != null) {
                Class<?> registered = HostResourceTypes.javaType(rt);
                if (registered != javaType) {
                    throw new IllegalArgumentException(
                            "host resource type `"
                                    + rt
                                    + "` represents "
                                    + (registered == null
                                            ? "no declared Java type"
                                            : registered.getName())
                                    + ", not "
                                    + javaType.getName()
                                    + " (declare it with LinkerInstance.resource(name, "
                                    + javaType.getSimpleName()
                                    + ".class, destructor))");
                }
            }
            checked = rt;
            return rt;
        }

        @Override
        int lower(Handles h, LiftLowerContext cx, Object v) {
            Resource<?> r = (Resource<?>) v;
            ResourceType rt =
                    check(h instanceof InstanceHandles ih ? ih.resolve(template) : template);
            if (own) {
                if (!r.owned()) {
                    throw new IllegalArgumentException(
                            "a borrowed handle cannot be passed as own<" + rt + ">");
                }
                r.consume();
                return h.lowerOwn(new ResourceAny(rt, r.rep(), true), template);
            }
            if (r.consumed()) {
                throw new IllegalArgumentException("resource handle " + r + " was already moved");
            }
            return h.lowerBorrow(new ResourceAny(rt, r.rep(), false), template);
        }

        @Override
        Object lift(Handles h, int index) {
            ResourceAny a =
                    (ResourceAny)
                            (own ? h.liftOwn(index, template) : h.liftBorrow(index, template));
            check(a.type());
            return own ? Resource.newOwn(a.rep()) : Resource.newBorrow(a.rep());
        }
    }
}
