package dev.dovetail.wit.resolve;

import dev.dovetail.wit.model.PackageName;
import dev.dovetail.wit.syntax.Ast;
import dev.dovetail.wit.syntax.Span;
import java.util.List;

/**
 * A package as parsed: its name, docs and the declarations of each of its files (each file keeps
 * its own namespace for top-level {@code use}).
 */
record UnresolvedPackage(
        PackageName name, Span span, String docs, List<List<Ast.Declaration>> files) {}
