package dev.dovetail.wit.resolve;

import dev.dovetail.wit.WitException;
import dev.dovetail.wit.model.PackageName;
import dev.dovetail.wit.model.Resolve;
import dev.dovetail.wit.syntax.Ast;
import dev.dovetail.wit.syntax.ItemParser;
import dev.dovetail.wit.syntax.SourceFile;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Turns WIT sources into a {@link Resolve}: parses files into packages (a folder's files form one
 * package, each file may add nested packages, {@code deps/} holds the dependencies), orders the
 * packages so that each comes after those it uses, and resolves them in that order.
 */
public final class PackageLoader {
    private final Set<String> features;
    private final List<UnresolvedPackage> packages = new ArrayList<>();
    private PackageName main;

    public PackageLoader(Set<String> features) {
        this.features = features;
    }

    /** Adds the package of one WIT text (and its nested packages); the first added is the main. */
    public PackageLoader addSource(String name, String text) {
        addGroup(List.of(new SourceFile(name, text)));
        return this;
    }

    /** Adds a file, or a folder with its {@code deps/}. */
    public PackageLoader addPath(Path path) {
        if (Files.isDirectory(path)) {
            addGroup(readFolder(path));
            Path deps = path.resolve("deps");
            if (Files.isDirectory(deps)) {
                for (Path dependency : sorted(deps)) {
                    if (Files.isDirectory(dependency)) {
                        addGroup(readFolder(dependency));
                    } else if (dependency.getFileName().toString().endsWith(".wit")) {
                        addGroup(List.of(read(dependency)));
                    } else if (isEncoded(dependency)) {
                        addGroup(List.of(EncodedPackages.decode(dependency)));
                    }
                }
            }
        } else if (isEncoded(path)) {
            addGroup(List.of(EncodedPackages.decode(path)));
        } else {
            addGroup(List.of(read(path)));
        }
        return this;
    }

    /** The main package: the first one added. */
    public PackageName mainPackage() {
        return main;
    }

    private static boolean isEncoded(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".wasm") || name.endsWith(".wat");
    }

    private static List<Path> sorted(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted(Comparator.comparing((p) -> p.getFileName().toString())).toList();
        } catch (IOException failure) {
            throw new WitException(
                    "failed to read directory " + folder + ": " + failure.getMessage());
        }
    }

    private static List<SourceFile> readFolder(Path folder) {
        List<SourceFile> files = new ArrayList<>();
        for (Path file : sorted(folder)) {
            if (Files.isRegularFile(file) && file.getFileName().toString().endsWith(".wit")) {
                files.add(read(file));
            }
        }
        return files;
    }

    private static SourceFile read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text =
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .decode(java.nio.ByteBuffer.wrap(bytes))
                            .toString();
            return new SourceFile(file.toString(), text);
        } catch (CharacterCodingException notText) {
            throw new WitException("input file is not valid utf-8 [" + file + "]");
        } catch (IOException failure) {
            throw new WitException("failed to read path for WIT [" + file + "]");
        }
    }

    /** The files of one package (plus the packages nested in them). */
    private void addGroup(List<SourceFile> files) {
        PackageName name = null;
        Ast.PackageId first = null;
        String docs = null;
        List<List<Ast.Declaration>> declarations = new ArrayList<>();
        for (SourceFile source : files) {
            Ast.PackageFile file = ItemParser.parse(source);
            List<Ast.Declaration> own = new ArrayList<>();
            for (Ast.Declaration declaration : file.declarations()) {
                if (declaration instanceof Ast.NestedPackage nested) {
                    packages.add(nestedPackage(nested.file()));
                } else {
                    own.add(declaration);
                }
            }
            if (file.id() != null) {
                PackageName current = nameOf(file.id());
                if (name != null && !name.equals(current)) {
                    throw file.id()
                            .span()
                            .error(
                                    "package identifier `"
                                            + current
                                            + "` does not match previous package name of `"
                                            + name
                                            + "`");
                }
                name = current;
                first = first == null ? file.id() : first;
                String packageDocs = Attributes.docs(file.id().docs());
                if (packageDocs != null) {
                    if (docs != null) {
                        throw file.id()
                                .span()
                                .error("found doc comments on multiple 'package' items");
                    }
                    docs = packageDocs;
                }
            }
            declarations.add(own);
        }
        if (name == null) {
            if (files.size() == 1) {
                throw files.get(0)
                        .error(0, "no `package` header was found in any WIT file for this package");
            }
            throw new WitException(
                    "no `package` header was found in any WIT file for this package");
        }
        if (main == null) {
            main = name;
        }
        packages.add(new UnresolvedPackage(name, first.span(), docs, declarations));
    }

    private static UnresolvedPackage nestedPackage(Ast.PackageFile file) {
        for (Ast.Declaration declaration : file.declarations()) {
            if (declaration instanceof Ast.NestedPackage nested) {
                throw nested.file()
                        .id()
                        .span()
                        .error("nested packages must be placed at the top-level");
            }
        }
        return new UnresolvedPackage(
                nameOf(file.id()),
                file.id().span(),
                Attributes.docs(file.id().docs()),
                List.of(file.declarations()));
    }

    private static PackageName nameOf(Ast.PackageId id) {
        return new PackageName(id.namespace().name(), id.name().name(), id.version());
    }

    /** Resolves everything added, in dependency order. */
    public Resolve resolve() {
        Map<String, UnresolvedPackage> byName = new TreeMap<>();
        for (UnresolvedPackage unresolved : packages) {
            UnresolvedPackage previous = byName.put(key(unresolved.name()), unresolved);
            if (previous != null) {
                throw unresolved
                        .span()
                        .error(
                                "package `"
                                        + unresolved.name()
                                        + "` is defined in two different locations");
            }
        }
        List<UnresolvedPackage> order = new ArrayList<>();
        Map<String, Integer> state = new HashMap<>();
        for (UnresolvedPackage unresolved : byName.values()) {
            visit(unresolved, byName, state, order);
        }
        ResolveBuilder builder = new ResolveBuilder(features);
        for (UnresolvedPackage unresolved : order) {
            new PackageResolver(builder, unresolved).resolve();
        }
        return builder.build();
    }

    private static String key(PackageName name) {
        return name.namespace()
                + ":"
                + name.name()
                + "@"
                + (name.version() == null ? "" : name.version());
    }

    private static void visit(
            UnresolvedPackage unresolved,
            Map<String, UnresolvedPackage> byName,
            Map<String, Integer> state,
            List<UnresolvedPackage> order) {
        String key = key(unresolved.name());
        Integer current = state.get(key);
        if (current != null) {
            if (current == 1) {
                throw unresolved
                        .span()
                        .error("package `" + unresolved.name() + "` creates a dependency cycle");
            }
            return;
        }
        state.put(key, 1);
        for (Ast.PackageId dependency : dependencies(unresolved)) {
            UnresolvedPackage target =
                    byName.get(
                            key(
                                    new PackageName(
                                            dependency.namespace().name(),
                                            dependency.name().name(),
                                            dependency.version())));
            if (target != null) {
                if (state.get(key(target.name())) != null && state.get(key(target.name())) == 1) {
                    throw dependency
                            .span()
                            .error("package `" + target.name() + "` creates a dependency cycle");
                }
                visit(target, byName, state, order);
            }
        }
        state.put(key, 2);
        order.add(unresolved);
    }

    /** The packages named by the qualified paths of a package, in order of appearance. */
    private static List<Ast.PackageId> dependencies(UnresolvedPackage unresolved) {
        Map<String, Ast.PackageId> found = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (List<Ast.Declaration> file : unresolved.files()) {
            for (Ast.Declaration declaration : file) {
                for (Ast.UsePath path : Paths.of(declaration)) {
                    if (path instanceof Ast.QualifiedPath qualified) {
                        Ast.PackageId id = qualified.packageId();
                        String key =
                                key(
                                        new PackageName(
                                                id.namespace().name(),
                                                id.name().name(),
                                                id.version()));
                        if (seen.add(key)) {
                            found.put(key, id);
                        }
                    }
                }
            }
        }
        return new ArrayList<>(found.values());
    }
}
