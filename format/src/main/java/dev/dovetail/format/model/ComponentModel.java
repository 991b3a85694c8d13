package dev.dovetail.format.model;

import java.util.List;

/**
 * A component: its sections in binary order. Order matters, as every definition appends to an index
 * space that later sections refer to.
 */
public record ComponentModel(List<Section> sections) {
    public ComponentModel {
        sections = List.copyOf(sections);
    }

    public static ComponentModel of(Section... sections) {
        return new ComponentModel(List.of(sections));
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("(component");
        for (Section s : sections) {
            sb.append("\n  ").append(s.toString().replace("\n", "\n  "));
        }
        return sb.append(')').toString();
    }
}
