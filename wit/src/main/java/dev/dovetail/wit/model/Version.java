package dev.dovetail.wit.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A semantic version as WIT spells it: major.minor.patch, an optional pre-release and build. */
public record Version(long major, long minor, long patch, String preRelease, String build)
        implements Comparable<Version> {

    private static final Pattern SEMVER =
            Pattern.compile(
                    "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
                            + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)"
                            + "(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
                            + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?");

    /** Parses a version, or returns null when the text is no semantic version. */
    public static Version parse(String text) {
        Matcher matcher = SEMVER.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        try {
            return new Version(
                    Long.parseLong(matcher.group(1)),
                    Long.parseLong(matcher.group(2)),
                    Long.parseLong(matcher.group(3)),
                    matcher.group(4) == null ? "" : matcher.group(4),
                    matcher.group(5) == null ? "" : matcher.group(5));
        } catch (NumberFormatException tooLarge) {
            return null;
        }
    }

    @Override
    public int compareTo(Version other) {
        int order = Long.compare(major, other.major);
        if (order == 0) {
            order = Long.compare(minor, other.minor);
        }
        if (order == 0) {
            order = Long.compare(patch, other.patch);
        }
        if (order == 0 && !preRelease.equals(other.preRelease)) {
            if (preRelease.isEmpty()) {
                return 1;
            }
            if (other.preRelease.isEmpty()) {
                return -1;
            }
            order = comparePreRelease(preRelease, other.preRelease);
        }
        return order;
    }

    private static int comparePreRelease(String left, String right) {
        String[] a = left.split("\\.");
        String[] b = right.split("\\.");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            boolean numericA = a[i].chars().allMatch(Character::isDigit);
            boolean numericB = b[i].chars().allMatch(Character::isDigit);
            int order;
            if (numericA && numericB) {
                order = Long.compare(Long.parseLong(a[i]), Long.parseLong(b[i]));
            } else if (numericA != numericB) {
                order = numericA ? -1 : 1;
            } else {
                order = a[i].compareTo(b[i]);
            }
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.length, b.length);
    }

    @Override
    public String toString() {
        return major
                + "."
                + minor
                + "."
                + patch
                + (preRelease.isEmpty() ? "" : "-" + preRelease)
                + (build.isEmpty() ? "" : "+" + build);
    }
}
