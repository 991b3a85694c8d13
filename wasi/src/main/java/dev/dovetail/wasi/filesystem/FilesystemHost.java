package dev.dovetail.wasi.filesystem;

import dev.dovetail.abi.DovetailException;
import dev.dovetail.runtime.Linker;
import dev.dovetail.runtime.LinkerInstance;
import dev.dovetail.runtime.Resource;
import dev.dovetail.runtime.Result;
import dev.dovetail.runtime.Signature;
import dev.dovetail.runtime.Tuple2;
import dev.dovetail.runtime.TypeRef;
import dev.dovetail.wasi.Preopen;
import dev.dovetail.wasi.Wasi;
import dev.dovetail.wasi.WasiCtx;
import dev.dovetail.wasi.WasiResources;
import dev.dovetail.wasi.io.HostInputStream;
import dev.dovetail.wasi.io.HostOutputStream;
import dev.dovetail.wasi.io.IoError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Defines {@code wasi:filesystem/types} and {@code wasi:filesystem/preopens}: the WIT functions,
 * their types and the handle bookkeeping. Each operation is one method of {@link Operations}; this
 * class turns its failures into the {@code error-code} case of the result.
 */
public final class FilesystemHost {
    private static final TypeRef<Resource<Descriptor>> DESCRIPTOR = new TypeRef<>() {};
    private static final TypeRef<Set<PathFlag>> PATH_FLAGS = new TypeRef<>() {};
    private static final TypeRef<Result<Void, ErrorCode>> UNIT = new TypeRef<>() {};
    private static final TypeRef<Result<DescriptorStat, ErrorCode>> STAT = new TypeRef<>() {};
    private static final TypeRef<Result<MetadataHashValue, ErrorCode>> HASH = new TypeRef<>() {};

    private FilesystemHost() {}

    /** An operation that may fail with an {@link ErrorCode} or a host exception. */
    @FunctionalInterface
    interface Operation<R> {
        R run() throws Exception;
    }

    /** The result of {@code op}: its value, or the error code of its failure. */
    static <R> Result<R, ErrorCode> attempt(Operation<R> op) {
        try {
            return Result.ok(op.run());
        } catch (DovetailException e) {
            throw e;
        } catch (Exception e) {
            return Result.err(Errors.of(e));
        }
    }

    public static <T> void add(Linker<T> linker, WasiResources<T> resources) {
        Function<T, WasiCtx> view = resources.view();
        addTypes(linker.instance(Wasi.name("wasi:filesystem/types")), view, resources);
        LinkerInstance<T> preopens = linker.instance(Wasi.name("wasi:filesystem/preopens"));
        resources.use(preopens, "descriptor");
        preopens.func(
                "get-directories",
                Signature.params()
                        .returns(new TypeRef<List<Tuple2<Resource<Descriptor>, String>>>() {}),
                store -> {
                    WasiCtx ctx = view.apply(store.data());
                    List<Tuple2<Resource<Descriptor>, String>> out = new ArrayList<>();
                    for (Preopen p : ctx.preopens()) {
                        Descriptor d = Descriptor.preopen(p.hostPath(), p.writable());
                        out.add(Tuple2.of(ctx.table().push(d), p.guestPath()));
                    }
                    return out;
                });
    }

    private static <T> void addTypes(
            LinkerInstance<T> types, Function<T, WasiCtx> view, WasiResources<T> resources) {
        resources.use(types, "input-stream");
        resources.use(types, "output-stream");
        resources.use(types, "error");
        resources.define(types, "descriptor", Descriptor.class, Descriptor::close);
        resources.define(types, "directory-entry-stream", DirectoryEntryStream.class);
        Function<T, Operations> ops = data -> new Operations(view.apply(data));

        types.func(
                "[method]descriptor.read-via-stream",
                Signature.params()
                        .param(DESCRIPTOR)
                        .param(long.class)
                        .returns(new TypeRef<Result<Resource<HostInputStream>, ErrorCode>>() {}),
                (store, self, offset) ->
                        attempt(() -> ops.apply(store.data()).readViaStream(self, offset)));
        TypeRef<Result<Resource<HostOutputStream>, ErrorCode>> output = new TypeRef<>() {};
        types.func(
                "[method]descriptor.write-via-stream",
                Signature.params().param(DESCRIPTOR).param(long.class).returns(output),
                (store, self, offset) ->
                        attempt(() -> ops.apply(store.data()).writeViaStream(self, offset, false)));
        types.func(
                "[method]descriptor.append-via-stream",
                Signature.params().param(DESCRIPTOR).returns(output),
                (store, self) ->
                        attempt(() -> ops.apply(store.data()).writeViaStream(self, 0, true)));
        types.func(
                "[method]descriptor.advise",
                Signature.params()
                        .param(DESCRIPTOR)
                        .param(long.class)
                        .param(long.class)
                        .param(Advice.class)
                        .returns(UNIT),
                (store, self, offset, length, advice) ->
                        attempt(() -> ops.apply(store.data()).advise(self)));
        types.func(
                "[method]descriptor.sync-data",
                Signature.params().param(DESCRIPTOR).returns(UNIT),
                (store, self) -> attempt(() -> ops.apply(store.data()).sync(self, false)));
        types.func(
                "[method]descriptor.sync",
                Signature.params().param(DESCRIPTOR).returns(UNIT),
                (store, self) -> attempt(() -> ops.apply(store.data()).sync(self, true)));
        types.func(
                "[method]descriptor.get-flags",
                Signature.params()
                        .param(DESCRIPTOR)
                        .returns(new TypeRef<Result<Set<DescriptorFlag>, ErrorCode>>() {}),
                (store, self) -> attempt(() -> ops.apply(store.data()).get(self).flags()));
        types.func(
                "[method]descriptor.get-type",
                Signature.params()
                        .param(DESCRIPTOR)
                        .returns(new TypeRef<Result<DescriptorType, ErrorCode>>() {}),
                (store, self) -> attempt(() -> ops.apply(store.data()).type(self)));
        types.func(
                "[method]descriptor.set-size",
                Signature.params().param(DESCRIPTOR).param(long.class).returns(UNIT),
                (store, self, size) -> attempt(() -> ops.apply(store.data()).setSize(self, size)));
        types.func(
                "[method]descriptor.set-times",
                Signature.params()
                        .param(DESCRIPTOR)
                        .param(NewTimestamp.class)
                        .param(NewTimestamp.class)
                        .returns(UNIT),
                (store, self, access, modification) ->
                        attempt(
                                () ->
                                        ops.apply(store.data())
                                                .setTimes(self, null, access, modification)));
        types.func(
                "[method]descriptor.read",
                Signature.params()
                        .param(DESCRIPTOR)
                        .param(long.class)
                        .param(long.class)
                        .returns(new TypeRef<Result<Tuple2<byte[], Boolean>, ErrorCode>>() {}),
                (store, self, length, offset) ->
                        attempt(() -> ops.apply(store.data()).read(self, length, offset)));
        types.func(
                "[method]descriptor.write",
                Signature.params()
                        .param(DESCRIPTOR)
                        .param(byte[].class)
                        .param(long.class)
                        .returns(new TypeRef<Result<Long, ErrorCode>>() {}),
                (store, self, bytes, offset) ->
                        attempt(() -> ops.apply(store.data()).write(self, bytes, offset)));
        types.func(
                "[method]descriptor.read-directory",
                Signature.params()
                        .param(DESCRIPTOR)
                        .returns(
                                new TypeRef<
                                        Result<Resource<DirectoryEntryStream>, ErrorCode>>() {}),
                (store, self) -> attempt(() -> ops.apply(store.data()).readDirectory(self)));
        types.func(
                "[method]descriptor.create-directory-at",
                Signature.params().param(DESCRIPTOR).param(String.class).returns(UNIT),
                (store, self, path) ->
                        attempt(() -> ops.apply(store.data()).createDirectoryAt(self, path)));
        types.func(
                "[method]descriptor.stat",
                Signature.params().param(DESCRIPTOR).returns(STAT),
                (store, self) -> attempt(() -> ops.apply(store.data()).stat(self)));
        types.func(
                "[method]descriptor.stat-at",
                Signature.params()
                        .param(DESCRIPTOR)
                        .param(PATH_FLAGS)
                        .param(String.class)
                        .returns(STAT),
                (store, self, flags, path) ->
                        attempt(() -> ops.apply(store.data()).statAt(self, flags, path)));
        types.funcArgs(
                "[method]descriptor.set-times-at",
                Signature.of(
                                DESCRIPTOR,
                                PATH_FLAGS,
                                String.class,
                                NewTimestamp.class,
                                NewTimestamp.class)
                        .returns(UNIT),
                (store, a) ->
                        attempt(
                                () ->
                                        ops.apply(store.data())
                                                .setTimesAt(
                                                        resource(a[0]),
                                                        flags(a[1]),
                                                        (String) a[2],
                                                        (NewTimestamp) a[3],
                                                        (NewTimestamp) a[4])));
        types.funcArgs(
                "[method]descriptor.link-at",
                Signature.of(DESCRIPTOR, PATH_FLAGS, String.class, DESCRIPTOR, String.class)
                        .returns(UNIT),
                (store, a) ->
                        attempt(
                                () ->
                                        ops.apply(store.data())
                                                .linkAt(
                                                        resource(a[0]),
                                                        flags(a[1]),
                                                        (String) a[2],
                                                        resource(a[3]),
                                                        (String) a[4])));
        types.funcArgs(
                "[method]descriptor.open-at",
                Signature.of(
                                DESCRIPTOR,
                                PATH_FLAGS,
                                String.class,
                                new TypeRef<Set<OpenFlag>>() {},
                                new TypeRef<Set<DescriptorFlag>>() {})
                        .returns(new TypeRef<Result<Resource<Descriptor>, ErrorCode>>() {}),
                (store, a) ->
                        attempt(
                                () ->
                                        ops.apply(store.data())
                                                .openAt(
                                                        resource(a[0]),
                                                        flags(a[1]),
                                                        (String) a[2],
                                                        flags(a[3]),
                                                        flags(a[4]))));
        types.func(
                "[method]descriptor.readlink-at",
                Signature.params()
                        .param(DESCRIPTOR)
                        .param(String.class)
                        .returns(new TypeRef<Result<String, ErrorCode>>() {}),
                (store, self, path) ->
                        attempt(() -> ops.apply(store.data()).readlinkAt(self, path)));
        types.func(
                "[method]descriptor.remove-directory-at",
                Signature.params().param(DESCRIPTOR).param(String.class).returns(UNIT),
                (store, self, path) ->
                        attempt(() -> ops.apply(store.data()).removeAt(self, path, true)));
        types.func(
                "[method]descriptor.rename-at",
                Signature.params()
                        .param(DESCRIPTOR)
                        .param(String.class)
                        .param(DESCRIPTOR)
                        .param(String.class)
                        .returns(UNIT),
                (store, self, from, target, to) ->
                        attempt(() -> ops.apply(store.data()).renameAt(self, from, target, to)));
        types.func(
                "[method]descriptor.symlink-at",
                Signature.params()
                        .param(DESCRIPTOR)
                        .param(String.class)
                        .param(String.class)
                        .returns(UNIT),
                (store, self, target, path) ->
                        attempt(() -> ops.apply(store.data()).symlinkAt(self, target, path)));
        types.func(
                "[method]descriptor.unlink-file-at",
                Signature.params().param(DESCRIPTOR).param(String.class).returns(UNIT),
                (store, self, path) ->
                        attempt(() -> ops.apply(store.data()).removeAt(self, path, false)));
        types.func(
                "[method]descriptor.is-same-object",
                Signature.params().param(DESCRIPTOR).param(DESCRIPTOR).returns(Boolean.class),
                (store, self, other) -> ops.apply(store.data()).isSameObject(self, other));
        types.func(
                "[method]descriptor.metadata-hash",
                Signature.params().param(DESCRIPTOR).returns(HASH),
                (store, self) -> attempt(() -> ops.apply(store.data()).metadataHash(self)));
        types.func(
                "[method]descriptor.metadata-hash-at",
                Signature.params()
                        .param(DESCRIPTOR)
                        .param(PATH_FLAGS)
                        .param(String.class)
                        .returns(HASH),
                (store, self, flags, path) ->
                        attempt(() -> ops.apply(store.data()).metadataHashAt(self, flags, path)));
        types.func(
                "[method]directory-entry-stream.read-directory-entry",
                Signature.params()
                        .param(new TypeRef<Resource<DirectoryEntryStream>>() {})
                        .returns(new TypeRef<Result<Optional<DirectoryEntry>, ErrorCode>>() {}),
                (store, self) -> attempt(() -> view.apply(store.data()).table().get(self).next()));
        types.func(
                "filesystem-error-code",
                Signature.params()
                        .param(new TypeRef<Resource<IoError>>() {})
                        .returns(new TypeRef<Optional<ErrorCode>>() {}),
                (store, error) ->
                        view.apply(store.data()).table().get(error).code(ErrorCode.class));
    }

    @SuppressWarnings("unchecked")
    private static Resource<Descriptor> resource(Object o) {
        return (Resource<Descriptor>) o;
    }

    @SuppressWarnings("unchecked")
    private static <E> Set<E> flags(Object o) {
        return (Set<E>) o;
    }
}
