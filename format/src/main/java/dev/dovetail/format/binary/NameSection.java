package dev.dovetail.format.binary;

import dev.dovetail.abi.DovetailException;
import dev.dovetail.format.model.ComponentNames;
import dev.dovetail.format.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes the {@code component-name} custom section. Like core wasm's name section its
 * validity is not required: a broken one reads as empty, never as an error.
 */
public final class NameSection {
    public static final String NAME = "component-name";

    private NameSection() {}

    /**
     * The names in {@code section}, or empty if it is not a {@code component-name} section or does
     * not parse. Unknown subsections are skipped.
     */
    public static Optional<ComponentNames> read(Section.CustomSection section) {
        if (!section.name().equals(NAME)) {
            return Optional.empty();
        }
        try {
            ByteReader r = new ByteReader(section.data());
            Optional<String> component = Optional.empty();
            List<ComponentNames.SortNames> sorts = new ArrayList<>();
            while (!r.atEnd()) {
                int id = r.u8();
                ByteReader s = r.slice(r.u32());
                if (id == 0) {
                    component = Optional.of(s.name());
                } else if (id == 1) {
                    var sort = ComponentDecoder.sort(s, s.u8());
                    List<ComponentNames.NameAssoc> names =
                            ComponentDecoder.vec(
                                    s,
                                    a -> {
                                        long idx = a.u32();
                                        return new ComponentNames.NameAssoc(idx, a.name());
                                    });
                    sorts.add(new ComponentNames.SortNames(sort, names));
                } else {
                    continue;
                }
                s.expectEnd();
            }
            return Optional.of(new ComponentNames(component, sorts));
        } catch (DovetailException e) {
            return Optional.empty();
        }
    }

    /** A {@code component-name} custom section holding {@code names}. */
    public static Section.CustomSection write(ComponentNames names) {
        ByteWriter w = new ByteWriter();
        names.component()
                .ifPresent(
                        n -> {
                            ByteWriter s = new ByteWriter().name(n);
                            w.u8(0).u32(s.size()).append(s);
                        });
        for (ComponentNames.SortNames sn : names.sorts()) {
            ByteWriter s = new ByteWriter();
            ComponentEncoder.sort(s, sn.sort());
            s.vecLength(sn.names().size());
            for (ComponentNames.NameAssoc a : sn.names()) {
                s.u32(a.index()).name(a.name());
            }
            w.u8(1).u32(s.size()).append(s);
        }
        return new Section.CustomSection(NAME, w.toByteArray());
    }
}
