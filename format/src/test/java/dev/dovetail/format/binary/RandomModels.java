package dev.dovetail.format.binary;

import dev.dovetail.format.model.Alias;
import dev.dovetail.format.model.Canon;
import dev.dovetail.format.model.CanonOpt;
import dev.dovetail.format.model.ComponentDecl;
import dev.dovetail.format.model.ComponentModel;
import dev.dovetail.format.model.ComponentType;
import dev.dovetail.format.model.CoreCompType;
import dev.dovetail.format.model.CoreExternType;
import dev.dovetail.format.model.CoreFieldType;
import dev.dovetail.format.model.CoreHeapType;
import dev.dovetail.format.model.CoreImport;
import dev.dovetail.format.model.CoreInstance;
import dev.dovetail.format.model.CoreSort;
import dev.dovetail.format.model.CoreSortIdx;
import dev.dovetail.format.model.CoreStorageType;
import dev.dovetail.format.model.CoreSubType;
import dev.dovetail.format.model.CoreType;
import dev.dovetail.format.model.CoreValType;
import dev.dovetail.format.model.DefType;
import dev.dovetail.format.model.DefValType;
import dev.dovetail.format.model.Export;
import dev.dovetail.format.model.ExternName;
import dev.dovetail.format.model.ExternType;
import dev.dovetail.format.model.FuncType;
import dev.dovetail.format.model.Import;
import dev.dovetail.format.model.Instance;
import dev.dovetail.format.model.InstanceDecl;
import dev.dovetail.format.model.InstanceType;
import dev.dovetail.format.model.LabeledValType;
import dev.dovetail.format.model.Limits;
import dev.dovetail.format.model.ModuleDecl;
import dev.dovetail.format.model.NameAttribute;
import dev.dovetail.format.model.PrimValType;
import dev.dovetail.format.model.ResourceType;
import dev.dovetail.format.model.Section;
import dev.dovetail.format.model.Sort;
import dev.dovetail.format.model.SortIdx;
import dev.dovetail.format.model.Start;
import dev.dovetail.format.model.ValType;
import dev.dovetail.format.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Random, well-formed (not necessarily valid) component models: every construct of the model with
 * random immediates, for property tests. Deterministic for a given {@link Random}.
 */
final class RandomModels {
    /** Smallest core module: what a core module section holds when the checker is off. */
    static final byte[] EMPTY_MODULE = {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00};

    private final Random rnd;

    RandomModels(Random rnd) {
        this.rnd = rnd;
    }

    ComponentModel component(int depth) {
        return new ComponentModel(list(6, () -> section(depth)));
    }

    private <T> List<T> list(int max, Supplier<T> item) {
        int n = rnd.nextInt(max + 1);
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(item.get());
        }
        return out;
    }

    private <T> T pick(List<T> options) {
        return options.get(rnd.nextInt(options.size()));
    }

    /** Indices: mostly small, sometimes at the edges of the LEB128 and s33 encodings. */
    long idx() {
        switch (rnd.nextInt(8)) {
            case 0:
                return 0xFFFF_FFFFL;
            case 1:
                return pick(List.of(63L, 64L, 127L, 128L, 0x3fffL, 0x4000L, 0x7FFF_FFFFL));
            case 2:
                return rnd.nextLong() & 0xFFFF_FFFFL;
            default:
                return rnd.nextInt(10);
        }
    }

    String name() {
        switch (rnd.nextInt(5)) {
            case 0:
                return "";
            case 1:
                return "é-\u4e2d-\ud83d\ude00"; // multi-byte UTF-8, incl. a surrogate pair
            default:
                StringBuilder sb = new StringBuilder();
                int n = 1 + rnd.nextInt(8);
                for (int i = 0; i < n; i++) {
                    sb.append((char) ('a' + rnd.nextInt(26)));
                }
                return sb.toString();
        }
    }

    private byte[] bytes(int max) {
        byte[] b = new byte[rnd.nextInt(max + 1)];
        rnd.nextBytes(b);
        return b;
    }

    Section section(int depth) {
        int kind = rnd.nextInt(13);
        switch (kind) {
            case 0:
                return new Section.CustomSection(name(), bytes(20));
            case 1:
                return new Section.CoreModuleSection(EMPTY_MODULE);
            case 2:
                return new Section.CoreInstanceSection(list(3, this::coreInstance));
            case 3:
                return new Section.CoreTypeSection(list(3, () -> coreType(depth)));
            case 4:
                return depth > 0
                        ? new Section.ComponentSection(component(depth - 1))
                        : new Section.ComponentSection(new ComponentModel(List.of()));
            case 5:
                return new Section.InstanceSection(list(3, this::instance));
            case 6:
                return new Section.AliasSection(list(3, this::alias));
            case 7:
                return new Section.TypeSection(list(4, () -> defType(depth)));
            case 8:
                return new Section.CanonSection(list(6, this::canon));
            case 9:
                return new Section.StartSection(new Start(idx(), list(3, this::idx), idx()));
            case 10:
                return new Section.ImportSection(
                        list(3, () -> new Import(externName(), externType())));
            case 11:
                return new Section.ExportSection(
                        list(
                                3,
                                () ->
                                        new Export(
                                                externName(),
                                                sortIdx(),
                                                rnd.nextBoolean()
                                                        ? Optional.empty()
                                                        : Optional.of(externType()))));
            default:
                return new Section.ValueSection(list(3, () -> new Value(valType(), bytes(6))));
        }
    }

    CoreInstance coreInstance() {
        if (rnd.nextBoolean()) {
            return new CoreInstance.Instantiate(
                    idx(), list(3, () -> new CoreInstance.Arg(name(), idx())));
        }
        return new CoreInstance.FromExports(
                list(
                        3,
                        () ->
                                new CoreInstance.Export(
                                        name(),
                                        new CoreSortIdx(pick(List.of(CoreSort.values())), idx()))));
    }

    Instance instance() {
        if (rnd.nextBoolean()) {
            return new Instance.Instantiate(
                    idx(), list(3, () -> new Instance.Arg(name(), sortIdx())));
        }
        return new Instance.FromExports(
                list(3, () -> new Instance.Export(externName(), sortIdx())));
    }

    SortIdx sortIdx() {
        return new SortIdx(pick(List.of(Sort.values())), idx());
    }

    ExternName externName() {
        switch (rnd.nextInt(3)) {
            case 0:
                return ExternName.plain(name());
            case 1:
                return new ExternName(ExternName.Form.LEGACY, name(), List.of());
            default:
                return new ExternName(
                        ExternName.Form.ATTRIBUTED,
                        name(),
                        list(
                                3,
                                () ->
                                        pick(
                                                List.<NameAttribute>of(
                                                        new NameAttribute.Implements(name()),
                                                        new NameAttribute.VersionSuffix(name()),
                                                        new NameAttribute.ExternalId(name())))));
        }
    }

    Alias alias() {
        switch (rnd.nextInt(3)) {
            case 0:
                return new Alias(
                        pick(List.of(Sort.values())), new Alias.InstanceExport(idx(), name()));
            case 1:
                return new Alias(
                        pick(List.of(Sort.values())), new Alias.CoreInstanceExport(idx(), name()));
            default:
                return new Alias(
                        pick(List.of(Sort.CORE_MODULE, Sort.CORE_TYPE, Sort.TYPE, Sort.COMPONENT)),
                        new Alias.Outer(idx(), idx()));
        }
    }

    ExternType externType() {
        switch (rnd.nextInt(8)) {
            case 0:
                return new ExternType.CoreModule(idx());
            case 1:
                return new ExternType.Func(idx());
            case 2:
                return new ExternType.Value(new ExternType.ValueEq(idx()));
            case 3:
                return new ExternType.Value(new ExternType.ValueOfType(valType()));
            case 4:
                return new ExternType.Type(new ExternType.Eq(idx()));
            case 5:
                return new ExternType.Type(new ExternType.SubResource());
            case 6:
                return new ExternType.Component(idx());
            default:
                return new ExternType.Instance(idx());
        }
    }

    ValType valType() {
        return rnd.nextBoolean() ? pick(List.of(PrimValType.values())) : ValType.index(idx());
    }

    private Optional<ValType> optValType() {
        return rnd.nextBoolean() ? Optional.empty() : Optional.of(valType());
    }

    DefType defType(int depth) {
        switch (rnd.nextInt(20)) {
            case 0:
                return new FuncType(
                        rnd.nextBoolean(),
                        list(3, () -> new LabeledValType(name(), valType())),
                        optValType());
            case 1:
                return new ResourceType(
                        coreValType(),
                        rnd.nextBoolean() ? OptionalLong.empty() : OptionalLong.of(idx()));
            case 2:
                if (depth > 0) {
                    return new ComponentType(list(4, () -> componentDecl(depth - 1)));
                }
                return new ComponentType(List.of());
            case 3:
                if (depth > 0) {
                    return new InstanceType(list(4, () -> instanceDecl(depth - 1)));
                }
                return new InstanceType(List.of());
            default:
                return defValType();
        }
    }

    ComponentDecl componentDecl(int depth) {
        if (rnd.nextInt(5) == 0) {
            return new ComponentDecl.Import(externName(), externType());
        }
        return instanceDecl(depth);
    }

    InstanceDecl instanceDecl(int depth) {
        switch (rnd.nextInt(4)) {
            case 0:
                return new InstanceDecl.CoreTypeDecl(coreType(depth));
            case 1:
                return new InstanceDecl.TypeDecl(defType(depth));
            case 2:
                return new InstanceDecl.AliasDecl(alias());
            default:
                return new InstanceDecl.Export(externName(), externType());
        }
    }

    DefValType defValType() {
        switch (rnd.nextInt(16)) {
            case 0:
                return new DefValType.Record(list(3, () -> new LabeledValType(name(), valType())));
            case 1:
                return new DefValType.Variant(
                        list(3, () -> new DefValType.Case(name(), optValType())));
            case 2:
                return new DefValType.ListType(valType());
            case 3:
                return new DefValType.FixedListType(valType(), idx());
            case 4:
                return new DefValType.Tuple(list(3, this::valType));
            case 5:
                return new DefValType.Flags(list(3, this::name));
            case 6:
                return new DefValType.Enum(list(3, this::name));
            case 7:
                return new DefValType.Option(valType());
            case 8:
                return new DefValType.Result(optValType(), optValType());
            case 9:
                return new DefValType.Own(idx());
            case 10:
                return new DefValType.Borrow(idx());
            case 11:
                return new DefValType.Stream(optValType());
            case 12:
                return new DefValType.Future(optValType());
            case 13:
                return new DefValType.MapType(valType(), valType());
            default:
                return pick(List.of(PrimValType.values()));
        }
    }

    List<CanonOpt> opts() {
        return list(
                4,
                () ->
                        pick(
                                List.of(
                                        CanonOpt.UTF8,
                                        CanonOpt.UTF16,
                                        CanonOpt.LATIN1_UTF16,
                                        new CanonOpt.Memory(idx()),
                                        new CanonOpt.Realloc(idx()),
                                        new CanonOpt.PostReturn(idx()),
                                        CanonOpt.ASYNC,
                                        new CanonOpt.Callback(idx()),
                                        new CanonOpt.CoreTypeOpt(idx()),
                                        new CanonOpt.Gc())));
    }

    Canon canon() {
        boolean b = rnd.nextBoolean();
        List<Canon> all =
                List.of(
                        new Canon.Lift(idx(), opts(), idx()),
                        new Canon.Lower(idx(), opts()),
                        new Canon.ResourceNew(idx()),
                        new Canon.ResourceDrop(idx()),
                        new Canon.ResourceRep(idx()),
                        new Canon.BackpressureInc(),
                        new Canon.BackpressureDec(),
                        new Canon.TaskReturn(optValType(), opts()),
                        new Canon.TaskCancel(),
                        new Canon.ContextGet(coreValType(), idx()),
                        new Canon.ContextSet(coreValType(), idx()),
                        new Canon.SubtaskCancel(b),
                        new Canon.SubtaskDrop(),
                        new Canon.StreamNew(idx()),
                        new Canon.StreamRead(idx(), opts()),
                        new Canon.StreamWrite(idx(), opts()),
                        new Canon.StreamCancelRead(idx(), b),
                        new Canon.StreamCancelWrite(idx(), b),
                        new Canon.StreamDropReadable(idx()),
                        new Canon.StreamDropWritable(idx()),
                        new Canon.FutureNew(idx()),
                        new Canon.FutureRead(idx(), opts()),
                        new Canon.FutureWrite(idx(), opts()),
                        new Canon.FutureCancelRead(idx(), b),
                        new Canon.FutureCancelWrite(idx(), b),
                        new Canon.FutureDropReadable(idx()),
                        new Canon.FutureDropWritable(idx()),
                        new Canon.ErrorContextNew(opts()),
                        new Canon.ErrorContextDebugMessage(opts()),
                        new Canon.ErrorContextDrop(),
                        new Canon.WaitableSetNew(),
                        new Canon.WaitableSetWait(b, idx()),
                        new Canon.WaitableSetPoll(b, idx()),
                        new Canon.WaitableSetDrop(),
                        new Canon.WaitableJoin(),
                        new Canon.ThreadIndex(),
                        new Canon.ThreadNewIndirect(idx(), idx()),
                        new Canon.ThreadResumeLater(),
                        new Canon.ThreadSuspend(b),
                        new Canon.ThreadYield(b),
                        new Canon.ThreadSuspendThenResume(b),
                        new Canon.ThreadYieldThenResume(b),
                        new Canon.ThreadSuspendThenPromote(b),
                        new Canon.ThreadYieldThenPromote(b),
                        new Canon.ThreadSpawnRef(b, idx()),
                        new Canon.ThreadSpawnIndirect(b, idx(), idx()),
                        new Canon.ThreadAvailableParallelism(b));
        return pick(all);
    }

    /** Every canon built-in once, for coverage tests. */
    static int canonKinds() {
        return Canon.class.getPermittedSubclasses().length;
    }

    CoreType coreType(int depth) {
        if (rnd.nextInt(3) == 0) {
            return new CoreType.ModuleType(list(4, this::moduleDecl));
        }
        return recGroup();
    }

    CoreType.RecGroup recGroup() {
        int n = rnd.nextInt(4) == 0 ? rnd.nextInt(3) : 1;
        List<CoreSubType> types = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            types.add(new CoreSubType(rnd.nextBoolean(), list(2, this::idx), compType()));
        }
        return new CoreType.RecGroup(types);
    }

    CoreCompType compType() {
        switch (rnd.nextInt(3)) {
            case 0:
                return new CoreCompType.Struct(list(3, this::fieldType));
            case 1:
                return new CoreCompType.Array(fieldType());
            default:
                return new CoreCompType.Func(
                        list(3, this::coreValType), list(2, this::coreValType));
        }
    }

    private CoreFieldType fieldType() {
        CoreStorageType t =
                rnd.nextInt(4) == 0
                        ? pick(List.of(CoreStorageType.Packed.values()))
                        : coreValType();
        return new CoreFieldType(t, rnd.nextBoolean());
    }

    CoreValType coreValType() {
        if (rnd.nextBoolean()) {
            return pick(List.of(CoreValType.Num.values()));
        }
        return refType();
    }

    private CoreValType.Ref refType() {
        CoreHeapType heap =
                rnd.nextBoolean()
                        ? pick(List.of(CoreHeapType.Abstract.values()))
                        : new CoreHeapType.Concrete(idx());
        return new CoreValType.Ref(rnd.nextBoolean(), heap);
    }

    ModuleDecl moduleDecl() {
        switch (rnd.nextInt(4)) {
            case 0:
                return new ModuleDecl.Import(new CoreImport(name(), name(), coreExternType()));
            case 1:
                return new ModuleDecl.Type(recGroup());
            case 2:
                return new ModuleDecl.OuterAlias(idx(), idx());
            default:
                return new ModuleDecl.Export(name(), coreExternType());
        }
    }

    CoreExternType coreExternType() {
        switch (rnd.nextInt(5)) {
            case 0:
                return new CoreExternType.Func(idx());
            case 1:
                return new CoreExternType.Table(refType(), limits());
            case 2:
                return new CoreExternType.Memory(limits());
            case 3:
                return new CoreExternType.Global(coreValType(), rnd.nextBoolean());
            default:
                return new CoreExternType.Tag(idx());
        }
    }

    private Limits limits() {
        boolean is64 = rnd.nextBoolean();
        long min = is64 ? rnd.nextLong() : idx();
        OptionalLong max =
                rnd.nextBoolean()
                        ? OptionalLong.empty()
                        : OptionalLong.of(is64 ? rnd.nextLong() : idx());
        return new Limits(min, max, rnd.nextBoolean(), is64);
    }
}
