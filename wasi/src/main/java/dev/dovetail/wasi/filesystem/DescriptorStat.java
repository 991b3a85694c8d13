package dev.dovetail.wasi.filesystem;

import dev.dovetail.wasi.clocks.Datetime;
import java.util.Optional;

/** {@code wasi:filesystem/types.descriptor-stat}. */
public record DescriptorStat(
        DescriptorType type,
        long linkCount,
        long size,
        Optional<Datetime> dataAccessTimestamp,
        Optional<Datetime> dataModificationTimestamp,
        Optional<Datetime> statusChangeTimestamp) {}
