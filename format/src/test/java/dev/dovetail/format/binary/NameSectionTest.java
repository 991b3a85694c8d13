package dev.dovetail.format.binary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.dovetail.format.model.ComponentModel;
import dev.dovetail.format.model.ComponentNames;
import dev.dovetail.format.model.Section;
import dev.dovetail.format.model.Sort;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NameSectionTest {
    @Test
    void namesRoundTripThroughACustomSection() {
        ComponentNames names =
                new ComponentNames(
                        Optional.of("top"),
                        List.of(
                                new ComponentNames.SortNames(
                                        Sort.FUNC, List.of(new ComponentNames.NameAssoc(0, "f"))),
                                new ComponentNames.SortNames(
                                        Sort.CORE_MODULE,
                                        List.of(new ComponentNames.NameAssoc(3, "m")))));
        Section.CustomSection section = NameSection.write(names);
        assertEquals(
                "00 04 03 74 6f 70  01 05 01 01 00 01 66  01 06 00 11 01 03 01 6d"
                        .replace("  ", " "),
                Hex.hex(section.data()));
        ComponentModel m =
                ComponentDecoder.decode(ComponentEncoder.encode(ComponentModel.of(section)));
        assertEquals(
                Optional.of(names), NameSection.read((Section.CustomSection) m.sections().get(0)));
    }

    @Test
    void garbageReadsAsEmptyAndNeverFailsDecoding() {
        // the reference tests' garbage component-name sections
        byte[] bytes =
                Hex.component(
                        "00 12 0e 63 6f 6d 70 6f 6e 65 6e 74 2d 6e 61 6d 65 ff fe 01",
                        "00 10 0e 63 6f 6d 70 6f 6e 65 6e 74 2d 6e 61 6d 65 99");
        for (Section s : ComponentDecoder.decode(bytes).sections()) {
            assertEquals(Optional.empty(), NameSection.read((Section.CustomSection) s));
        }
        assertEquals(
                Optional.empty(),
                NameSection.read(new Section.CustomSection("other", new byte[0])));
        // unknown subsections are skipped
        assertEquals(
                Optional.of(new ComponentNames(Optional.empty(), List.of())),
                NameSection.read(
                        new Section.CustomSection(NameSection.NAME, Hex.bytes("07 01 00"))));
    }
}
