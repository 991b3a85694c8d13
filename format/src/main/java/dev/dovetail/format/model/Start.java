package dev.dovetail.format.model;

import java.util.List;

/** {@code start}: {@code (start f (value arg)* (result (value))^results)}. */
public record Start(long func, List<Long> args, long results) {
    public Start {
        args = List.copyOf(args);
    }
}
