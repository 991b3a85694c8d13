package dev.dovetail.wit.resolve;

import dev.dovetail.wit.model.PackageName;
import dev.dovetail.wit.model.Stability;
import dev.dovetail.wit.model.Version;
import dev.dovetail.wit.syntax.Ast;
import dev.dovetail.wit.syntax.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Turns attributes into stability gates and doc comments into doc text, and evaluates gates. */
final class Attributes {
    private Attributes() {}

    static Stability stability(List<Ast.Attribute> attributes) {
        Version since = null;
        Span sinceSpan = null;
        Version deprecated = null;
        Span deprecatedSpan = null;
        String feature = null;
        for (Ast.Attribute attribute : attributes) {
            if (attribute instanceof Ast.Since value) {
                if (since != null) {
                    throw value.span().error("cannot specify @since twice");
                }
                since = value.version();
                sinceSpan = value.span();
            } else if (attribute instanceof Ast.Deprecated value) {
                if (deprecated != null) {
                    throw value.span().error("cannot specify @deprecated twice");
                }
                deprecated = value.version();
                deprecatedSpan = value.span();
            } else if (attribute instanceof Ast.Unstable value) {
                if (feature != null) {
                    throw value.span().error("cannot specify @unstable twice");
                }
                feature = value.feature().name();
            }
        }
        if (since != null && feature != null) {
            throw sinceSpan.error("cannot specify both @since and @unstable");
        }
        if (since != null) {
            return new Stability.Stable(since, deprecated);
        }
        if (feature != null) {
            return new Stability.Unstable(feature, deprecated);
        }
        if (deprecated != null) {
            throw deprecatedSpan.error(
                    "cannot specify both @deprecated without @since or @unstable");
        }
        return Stability.UNKNOWN;
    }

    /**
     * Whether a gated item is part of the resolution: {@code @unstable} items only when their
     * feature is selected; {@code @since} items always, but only in a versioned package and not
     * after its version.
     */
    static boolean enabled(
            Stability stability, PackageName owner, Set<String> features, Span span) {
        if (stability instanceof Stability.Unstable unstable) {
            return features.contains(unstable.feature());
        }
        if (stability instanceof Stability.Stable stable) {
            if (owner.version() == null) {
                throw span.error(
                        "package ["
                                + owner
                                + "] contains a feature gate with a version specifier, so it must"
                                + " have a version");
            }
            if (stable.since().compareTo(owner.version()) > 0) {
                throw span.error(
                        "feature gate cannot reference unreleased version "
                                + stable.since()
                                + " of package ["
                                + owner
                                + "] (current version "
                                + owner.version()
                                + ")");
            }
        }
        return true;
    }

    /** The doc text of comments, trimmed as wit-parser trims it; null when there are none. */
    static String docs(Ast.Docs docs) {
        if (docs.comments().isEmpty()) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        for (String comment : docs.comments()) {
            String content;
            if (comment.startsWith("/**")) {
                content = comment.substring(3, comment.length() - 2);
            } else {
                int start = 0;
                while (start < comment.length() && comment.charAt(start) == '/') {
                    start++;
                }
                content = comment.substring(start);
            }
            lines.add(content.stripTrailing());
        }
        int indent = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isEmpty()) {
                int count = 0;
                while (count < line.length() && Character.isWhitespace(line.charAt(count))) {
                    count++;
                }
                indent = Math.min(indent, count);
            }
        }
        if (indent != Integer.MAX_VALUE && indent > 0) {
            String prefix = " ".repeat(indent);
            lines.replaceAll(
                    (line) -> line.startsWith(prefix) ? line.substring(prefix.length()) : line);
        }
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            if (line.isEmpty()) {
                text.append('\n');
            } else {
                for (String part : line.split("\n", -1)) {
                    text.append(part.endsWith("\r") ? part.substring(0, part.length() - 1) : part);
                    text.append('\n');
                }
            }
        }
        while (text.length() > 0 && text.charAt(text.length() - 1) == '\n') {
            text.setLength(text.length() - 1);
        }
        return text.toString();
    }
}
