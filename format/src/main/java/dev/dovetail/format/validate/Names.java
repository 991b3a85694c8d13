package dev.dovetail.format.validate;

import dev.dovetail.format.InvalidComponentException;
import java.util.Locale;

/**
 * The import/export name grammar of the Explainer ({@code externname}: plain names with optional
 * {@code [constructor]}, {@code [method]}, {@code [static]} annotations, and interface names {@code
 * ns:pkg/iface@version}), kebab-case labels and strong uniqueness.
 */
public final class Names {
    private Names() {}

    /** The shape of a parsed extern name. */
    public enum Kind {
        LABEL,
        CONSTRUCTOR,
        METHOD,
        STATIC,
        INTERFACE
    }

    /**
     * A parsed extern name. For annotated names {@code resource} is the resource label and {@code
     * label} the function label (for constructors, both are the resource label); for interface
     * names {@code version} is the text after {@code @} or null.
     */
    public record ExternName(Kind kind, String raw, String resource, String label, String version) {
        /** The strongly-unique canonical form: two names conflict iff these are equal. */
        public String canonical() {
            String lower = raw.toLowerCase(Locale.ROOT);
            return switch (kind) {
                case METHOD, STATIC -> {
                    String r = resource.toLowerCase(Locale.ROOT);
                    String l = label.toLowerCase(Locale.ROOT);
                    yield r.equals(l) ? r : r + "." + l;
                }
                default -> lower;
            };
        }
    }

    /** Whether {@code s} is a kebab-case {@code label}. */
    public static boolean isKebab(String s) {
        if (s.isEmpty()) {
            return false;
        }
        boolean first = true;
        for (String frag : s.split("-", -1)) {
            if (frag.isEmpty()) {
                return false;
            }
            char c0 = frag.charAt(0);
            if (first && !(c0 >= 'a' && c0 <= 'z') && !(c0 >= 'A' && c0 <= 'Z')) {
                return false;
            }
            boolean lower = false;
            boolean upper = false;
            for (int i = 0; i < frag.length(); i++) {
                char c = frag.charAt(i);
                if (c >= 'a' && c <= 'z') {
                    lower = true;
                } else if (c >= 'A' && c <= 'Z') {
                    upper = true;
                } else if (!(c >= '0' && c <= '9')) {
                    return false;
                }
            }
            if (lower && upper) {
                return false;
            }
            first = false;
        }
        return true;
    }

    /** Checks a record field, case, flag, enum or parameter label ({@code desc} names which). */
    static void checkLabel(String s, String desc) {
        if (s.isEmpty()) {
            throw new InvalidComponentException(desc + " name cannot be empty");
        }
        if (!isKebab(s)) {
            throw new InvalidComponentException(desc + " name `" + s + "` is not in kebab case");
        }
    }

    /** Parses an extern name; throws with wasm-tools' wording when it is not valid. */
    public static ExternName parse(String name) {
        return new Parser(name).parse();
    }

    private static final class Parser {
        private final String raw;
        private String next;

        Parser(String raw) {
            this.raw = raw;
            this.next = raw;
        }

        ExternName parse() {
            ExternName n = parseKind();
            if (!next.isEmpty()) {
                throw fail("trailing characters found: `" + next + "`");
            }
            return n;
        }

        private ExternName parseKind() {
            if (next.startsWith("[constructor]")) {
                String r = next.substring("[constructor]".length());
                next = "";
                checkKebab(r);
                return new ExternName(Kind.CONSTRUCTOR, raw, r, r, null);
            }
            if (next.startsWith("[method]") || next.startsWith("[static]")) {
                Kind k = next.startsWith("[method]") ? Kind.METHOD : Kind.STATIC;
                next = next.substring("[method]".length());
                int dot = next.indexOf('.');
                if (dot < 0) {
                    throw fail("failed to find `.` character");
                }
                String r = next.substring(0, dot);
                String l = next.substring(dot + 1);
                next = "";
                checkKebab(r);
                checkKebab(l);
                return new ExternName(k, raw, r, l, null);
            }
            if (next.contains(":")) {
                takeLowercaseKebab();
                expect(":");
                takeLowercaseKebab();
                if (!next.startsWith("/")) {
                    throw fail("expected `/` after package name");
                }
                next = next.substring(1);
                String iface = takeKebab();
                String version = null;
                if (next.startsWith("@")) {
                    version = next.substring(1);
                    next = "";
                }
                return new ExternName(Kind.INTERFACE, raw, null, iface, version);
            }
            String l = next;
            next = "";
            checkKebab(l);
            return new ExternName(Kind.LABEL, raw, null, l, null);
        }

        private void expect(String s) {
            if (!next.startsWith(s)) {
                throw fail("expected `" + s + "` at `" + next + "`");
            }
            next = next.substring(s.length());
        }

        private String takeKebab() {
            int i = 0;
            while (i < next.length()) {
                char c = next.charAt(i);
                if (!(c == '-'
                        || (c >= 'a' && c <= 'z')
                        || (c >= 'A' && c <= 'Z')
                        || (c >= '0' && c <= '9'))) {
                    break;
                }
                i++;
            }
            String s = next.substring(0, i);
            next = next.substring(i);
            checkKebab(s);
            return s;
        }

        private void takeLowercaseKebab() {
            String s = takeKebab();
            if (!s.toLowerCase(Locale.ROOT).equals(s)) {
                throw fail("`" + s + "` is not in lowercase kebab case");
            }
        }

        private void checkKebab(String s) {
            if (!isKebab(s)) {
                throw fail("`" + s + "` is not in kebab case");
            }
        }

        private InvalidComponentException fail(String msg) {
            return new InvalidComponentException(msg);
        }
    }

    /**
     * Checks an interface version ({@code @...}) with an optional {@code versionsuffix} attribute:
     * a canonical version ({@code 1}, {@code 0.2}, {@code 0.0.1}) optionally followed by the
     * suffix, or (for older names) any valid semver without suffix.
     */
    static void checkVersion(String version, String suffix) {
        if (suffix != null) {
            if (!isCanonVersion(version)) {
                throw new InvalidComponentException(
                        "invalid interface version: `versionsuffix` requires a canonical version, found `"
                                + version
                                + "`");
            }
            try {
                Semver.check(version + suffix);
            } catch (InvalidComponentException e) {
                throw new InvalidComponentException("invalid interface version: " + e.getMessage());
            }
            return;
        }
        if (isCanonVersion(version)) {
            return;
        }
        try {
            Semver.check(version);
        } catch (InvalidComponentException e) {
            throw new InvalidComponentException("invalid interface version: " + e.getMessage());
        }
    }

    static boolean isCanonVersion(String v) {
        return v.matches("[1-9][0-9]*|0\\.[1-9][0-9]*|0\\.0\\.[1-9][0-9]*|0\\.0\\.0");
    }

    /** A Semantic Versioning 2.0 checker, with the wording of Rust's {@code semver} crate. */
    static final class Semver {
        private final String s;
        private int pos;

        private Semver(String s) {
            this.s = s;
        }

        static void check(String s) {
            if (s.isEmpty()) {
                throw new InvalidComponentException("empty string, expected a semver version");
            }
            new Semver(s).version();
        }

        private void version() {
            number("major");
            dot("major");
            number("minor");
            dot("minor");
            number("patch");
            if (pos < s.length() && s.charAt(pos) == '-') {
                pos++;
                identifiers("pre-release identifier", true);
            }
            if (pos < s.length() && s.charAt(pos) == '+') {
                pos++;
                identifiers("build metadata", false);
            }
            if (pos < s.length()) {
                throw unexpected("after patch version number");
            }
        }

        private void dot(String after) {
            if (pos >= s.length()) {
                throw new InvalidComponentException(
                        "unexpected end of input while parsing "
                                + (after.equals("major") ? "minor" : "patch")
                                + " version number");
            }
            if (s.charAt(pos) != '.') {
                throw unexpected("after " + after + " version number");
            }
            pos++;
        }

        private void number(String what) {
            int start = pos;
            while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                pos++;
            }
            if (start == pos) {
                if (pos >= s.length()) {
                    throw new InvalidComponentException(
                            "unexpected end of input while parsing " + what + " version number");
                }
                throw unexpected("while parsing " + what + " version number");
            }
            if (pos - start > 1 && s.charAt(start) == '0') {
                throw new InvalidComponentException(
                        "invalid leading zero in " + what + " version number");
            }
            if (pos - start > 19) {
                throw new InvalidComponentException(
                        "value of " + what + " version number exceeds u64::MAX");
            }
        }

        private void identifiers(String what, boolean numericNoLeadingZero) {
            while (true) {
                int start = pos;
                while (pos < s.length()) {
                    char c = s.charAt(pos);
                    if (Character.isLetterOrDigit(c) && c < 128 || c == '-') {
                        pos++;
                    } else {
                        break;
                    }
                }
                if (start == pos) {
                    throw new InvalidComponentException("empty identifier segment in " + what);
                }
                String seg = s.substring(start, pos);
                if (numericNoLeadingZero
                        && seg.chars().allMatch(Character::isDigit)
                        && seg.length() > 1
                        && seg.charAt(0) == '0') {
                    throw new InvalidComponentException("invalid leading zero in " + what);
                }
                if (pos < s.length() && s.charAt(pos) == '.') {
                    pos++;
                    continue;
                }
                return;
            }
        }

        private InvalidComponentException unexpected(String where) {
            return new InvalidComponentException(
                    "unexpected character '" + s.charAt(pos) + "' " + where);
        }
    }
}
