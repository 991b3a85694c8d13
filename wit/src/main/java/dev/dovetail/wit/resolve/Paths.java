package dev.dovetail.wit.resolve;

import dev.dovetail.wit.syntax.Ast;
import java.util.ArrayList;
import java.util.List;

/** Every path a declaration names: uses, includes, imports and exports. */
final class Paths {
    private Paths() {}

    static List<Ast.UsePath> of(Ast.Declaration declaration) {
        List<Ast.UsePath> paths = new ArrayList<>();
        if (declaration instanceof Ast.TopLevelUse use) {
            paths.add(use.path());
        } else if (declaration instanceof Ast.InterfaceDecl decl) {
            members(decl.members(), paths);
        } else if (declaration instanceof Ast.WorldDecl decl) {
            for (Ast.WorldMember member : decl.members()) {
                if (member instanceof Ast.UseDecl use) {
                    paths.add(use.path());
                } else if (member instanceof Ast.IncludeDecl include) {
                    paths.add(include.path());
                } else if (member instanceof Ast.ImportDecl item) {
                    extern(item.extern(), paths);
                } else if (member instanceof Ast.ExportDecl item) {
                    extern(item.extern(), paths);
                }
            }
        }
        return paths;
    }

    static List<Ast.UsePath> ofExtern(Ast.Extern extern) {
        List<Ast.UsePath> paths = new ArrayList<>();
        extern(extern, paths);
        return paths;
    }

    private static void extern(Ast.Extern extern, List<Ast.UsePath> paths) {
        if (extern instanceof Ast.InlineInterface inline) {
            members(inline.members(), paths);
        } else if (extern instanceof Ast.PathExtern path) {
            paths.add(path.path());
        } else if (extern instanceof Ast.NamedPathExtern path) {
            paths.add(path.path());
        }
    }

    private static void members(List<Ast.InterfaceMember> members, List<Ast.UsePath> paths) {
        for (Ast.InterfaceMember member : members) {
            if (member instanceof Ast.UseDecl use) {
                paths.add(use.path());
            }
        }
    }
}
