package dev.dovetail.wit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.wit.model.Function;
import dev.dovetail.wit.model.Interface;
import dev.dovetail.wit.model.Primitive;
import dev.dovetail.wit.model.Resolve;
import dev.dovetail.wit.model.Stability;
import dev.dovetail.wit.model.TypeDef;
import dev.dovetail.wit.model.TypeDefKind;
import dev.dovetail.wit.model.TypeOwner;
import dev.dovetail.wit.model.TypeRef;
import dev.dovetail.wit.model.World;
import dev.dovetail.wit.model.WorldItem;
import dev.dovetail.wit.model.WorldKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every language feature of WIT.md, resolved: one small fixture each. */
class ResolverTest {

    private static Interface iface(Resolve resolve, String name) {
        return resolve.interfaces().stream()
                .filter((i) -> name.equals(i.name()))
                .findFirst()
                .orElseThrow();
    }

    private static World world(Resolve resolve, String name) {
        return resolve.worlds().stream()
                .filter((w) -> w.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static TypeDef type(Resolve resolve, Interface iface, String name) {
        return resolve.types().get(iface.types().get(name));
    }

    @Test
    void typeDefinitionsOfEveryKind() {
        Resolve resolve =
                Wit.parse(
                        "types.wit",
                        """
                        package demo:types@1.2.3;

                        interface shapes {
                          type id = u64;
                          record point { x: f64, y: f64 }
                          variant shape { circle(f64), dot, polygon(list<point>) }
                          enum color { red, green }
                          flags perms { read, write }
                          type pair = tuple<string, char>;
                          type maybe = option<point>;
                          type outcome = result<id, string>;
                          type errs = result<_, error-context>;
                          type bytes = list<u8, 4>;
                          type index = map<string, id>;
                          type later = future<shape>;
                          type chunks = stream<u8>;
                          type signal = future;
                        }
                        """);
        Interface shapes = iface(resolve, "shapes");
        assertEquals("demo:types@1.2.3", resolve.packages().get(0).name().toString());
        assertEquals(new TypeDefKind.AliasType(Primitive.U64), type(resolve, shapes, "id").kind());
        TypeDefKind.RecordType point =
                (TypeDefKind.RecordType) type(resolve, shapes, "point").kind();
        assertEquals(List.of("x", "y"), point.fields().stream().map((f) -> f.name()).toList());
        TypeDefKind.VariantType shape =
                (TypeDefKind.VariantType) type(resolve, shapes, "shape").kind();
        assertNull(shape.cases().get(1).type());
        assertInstanceOf(TypeDefKind.EnumType.class, type(resolve, shapes, "color").kind());
        assertInstanceOf(TypeDefKind.FlagsType.class, type(resolve, shapes, "perms").kind());
        TypeDefKind.ResultType errs = (TypeDefKind.ResultType) type(resolve, shapes, "errs").kind();
        assertNull(errs.ok());
        assertEquals(Primitive.ERROR_CONTEXT, errs.error());
        TypeDefKind.FixedListType bytes =
                (TypeDefKind.FixedListType) type(resolve, shapes, "bytes").kind();
        assertEquals(4, bytes.size());
        assertEquals(
                new TypeOwner.OfInterface(resolve.interfaces().indexOf(shapes)),
                type(resolve, shapes, "later").owner());
    }

    @Test
    void resourcesWithConstructorsMethodsAndStatics() {
        Resolve resolve =
                Wit.parse(
                        "res.wit",
                        """
                        package demo:res;

                        interface files {
                          resource file {
                            constructor(path: string) -> result<file, string>;
                            read: func(n: u32) -> list<u8>;
                            open: static func(path: string) -> file;
                            peek: async func() -> borrow-free;
                          }
                          type borrow-free = u8;
                          view: func(f: borrow<file>) -> own<file>;
                        }
                        """);
        Interface files = iface(resolve, "files");
        int file = files.types().get("file");
        Function read = files.functions().get("[method]file.read");
        assertEquals(Function.Kind.METHOD, read.kind());
        assertEquals("self", read.params().get(0).name());
        assertEquals(
                new TypeDefKind.HandleType(false, file),
                resolve.type((TypeRef) read.params().get(0).type()).kind());
        assertEquals(Function.Kind.STATIC, files.functions().get("[static]file.open").kind());
        assertEquals(Function.Kind.ASYNC_METHOD, files.functions().get("[method]file.peek").kind());
        Function constructor = files.functions().get("[constructor]file");
        assertInstanceOf(
                TypeDefKind.ResultType.class, resolve.type((TypeRef) constructor.result()).kind());
        Function view = files.functions().get("view");
        assertEquals(
                new TypeDefKind.HandleType(true, file),
                resolve.type((TypeRef) view.result()).kind());
    }

    @Test
    void useWithRenamesAndWorldElaboration() {
        Resolve resolve =
                Wit.parse(
                        "use.wit",
                        """
                        package demo:uses;

                        interface base { type t = u32; }
                        interface middle { use base.{t as base-t}; f: func(x: base-t); }
                        world app {
                          import host: func() -> string;
                          export middle;
                        }
                        """);
        Interface middle = iface(resolve, "middle");
        TypeDef alias = type(resolve, middle, "base-t");
        assertEquals(
                new TypeDefKind.AliasType(new TypeRef(iface(resolve, "base").types().get("t"))),
                alias.kind());
        assertEquals(2, resolve.interfaces().size(), "each interface is resolved once");
        World app = world(resolve, "app");
        int base = resolve.interfaces().indexOf(iface(resolve, "base"));
        assertTrue(app.imports().containsKey(new WorldKey.OfInterface(base)));
        assertTrue(app.imports().containsKey(new WorldKey.Name("host")));
        assertTrue(
                app.exports()
                        .containsKey(
                                new WorldKey.OfInterface(resolve.interfaces().indexOf(middle))));
    }

    @Test
    void includeWithRenamesAndInlineInterfaces() {
        Resolve resolve =
                Wit.parse(
                        "include.wit",
                        """
                        package demo:inc;

                        world base {
                          import log: func(msg: string);
                          import clock: interface { now: func() -> u64; }
                        }
                        world app {
                          include base with { log as trace }
                          export run: func();
                        }
                        """);
        World app = world(resolve, "app");
        assertTrue(app.imports().containsKey(new WorldKey.Name("trace")));
        assertFalse(app.imports().containsKey(new WorldKey.Name("log")));
        WorldItem clock = app.imports().get(new WorldKey.Name("clock"));
        assertNull(resolve.interfaces().get(((WorldItem.InterfaceItem) clock).index()).name());
        assertEquals(
                "trace",
                ((WorldItem.FunctionItem) app.imports().get(new WorldKey.Name("trace")))
                        .function()
                        .name());
    }

    @Test
    void gatesFollowTheSelectedFeatures() {
        String source =
                """
                package demo:gates@2.0.0;

                @since(version = 1.0.0)
                interface stable {
                  @unstable(feature = fancy)
                  fancy: func();
                  @since(version = 1.5.0)
                  @deprecated(version = 2.0.0)
                  old: func();
                }
                """;
        Interface without = iface(Wit.parse("g.wit", source), "stable");
        assertEquals(Set.of("old"), without.functions().keySet());
        assertEquals(
                new Stability.Stable(
                        dev.dovetail.wit.model.Version.parse("1.5.0"),
                        dev.dovetail.wit.model.Version.parse("2.0.0")),
                without.functions().get("old").stability());
        Interface with = iface(Wit.parse("g.wit", source, Set.of("fancy")), "stable");
        assertEquals(Set.of("fancy", "old"), with.functions().keySet());
    }

    @Test
    void docCommentsAndAsyncFunctions() {
        Resolve resolve =
                Wit.parse(
                        "docs.wit",
                        """
                        package demo:docs;

                        /// Talks to the network.
                        ///
                        /// Twice.
                        interface net {
                          /** Fetches a page. */
                          fetch: async func(url: string) -> stream<u8>;
                        }
                        """);
        Interface net = iface(resolve, "net");
        assertEquals("Talks to the network.\n\nTwice.", net.docs());
        Function fetch = net.functions().get("fetch");
        assertEquals("Fetches a page.", fetch.docs());
        assertEquals(Function.Kind.ASYNC_FREESTANDING, fetch.kind());
    }

    @Test
    void nestedPackagesResolveInDependencyOrder() {
        Resolve resolve =
                Wit.parse(
                        "nested.wit",
                        """
                        package demo:main;

                        world app { import demo:zeta/api@0.1.0; }

                        package demo:zeta@0.1.0 {
                          interface api { use demo:alpha/types.{id}; get: func() -> id; }
                        }
                        package demo:alpha {
                          interface types { type id = string; }
                        }
                        """);
        assertEquals(
                List.of("demo:alpha", "demo:zeta@0.1.0", "demo:main"),
                resolve.packages().stream().map((p) -> p.name().toString()).toList());
        World app = world(resolve, "app");
        assertEquals(2, app.imports().size());
    }

    @Test
    void foldersWithDeps(@TempDir Path folder) throws IOException {
        Files.writeString(
                folder.resolve("a.wit"),
                "package demo:folder;\ninterface a { use b.{t}; use demo:dep/d.{u}; }\n");
        Files.writeString(folder.resolve("b.wit"), "interface b { type t = u8; }\n");
        Path deps = Files.createDirectories(folder.resolve("deps").resolve("dep"));
        Files.writeString(
                deps.resolve("d.wit"), "package demo:dep;\ninterface d { type u = s8; }\n");
        Resolve resolve = Wit.parse(folder, Set.of());
        assertEquals(2, resolve.packages().size());
        assertEquals("demo:folder", resolve.packages().get(1).name().toString());
        assertEquals(Set.of("t", "u"), iface(resolve, "a").types().keySet());
    }
}
