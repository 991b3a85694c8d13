package dev.dovetail.format.validate;

import static dev.dovetail.format.validate.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.format.InvalidComponentException;
import dev.dovetail.format.model.DefValType;
import dev.dovetail.format.model.ExternName;
import dev.dovetail.format.model.ExternType;
import dev.dovetail.format.model.Import;
import dev.dovetail.format.model.InstanceType;
import dev.dovetail.format.model.NameAttribute;
import dev.dovetail.format.model.PrimValType;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void kebabLabels() {
        for (String ok :
                List.of(
                        "a",
                        "a-b-c",
                        "a1-2-3",
                        "A",
                        "A-B-C",
                        "A1-2-3",
                        "a11-w0rds",
                        "A11-4CR0NYMS",
                        "m1x3d-4CR0NYMS",
                        "is-XML")) {
            assertTrue(Names.isKebab(ok), ok);
        }
        for (String bad : List.of("", "1-2-3", "aBc", "a-", "-a", "a--b", "a_b", "ü")) {
            assertFalse(Names.isKebab(bad), bad);
        }
    }

    @Test
    void externNameKinds() {
        assertEquals(Names.Kind.CONSTRUCTOR, Names.parse("[constructor]foo").kind());
        Names.ExternName m = Names.parse("[method]foo.bar-baz");
        assertEquals(Names.Kind.METHOD, m.kind());
        assertEquals("foo", m.resource());
        assertEquals("bar-baz", m.label());
        Names.ExternName i = Names.parse("wasi:http/types@0.2.1");
        assertEquals(Names.Kind.INTERFACE, i.kind());
        assertEquals("0.2.1", i.version());
        assertEquals(Names.Kind.LABEL, Names.parse("get-JSON").kind());
    }

    @Test
    void externNameErrors() {
        assertMessage("[method]foo", "failed to find `.` character");
        assertMessage("foo:bar:baz/qux", "expected `/` after package name");
        assertMessage("foo:bar/baz/qux", "trailing characters found: `/qux`");
        assertMessage("wasi/http", "`wasi/http` is not in kebab case");
        assertMessage("", "`` is not in kebab case");
        assertMessage("[method]a.b.c", "not in kebab case");
    }

    private static void assertMessage(String name, String expected) {
        InvalidComponentException e =
                assertThrows(InvalidComponentException.class, () -> Names.parse(name));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void strongUniqueness() {
        List<String> unique =
                List.of(
                        "foo",
                        "foo-bar",
                        "[constructor]foo",
                        "[method]foo.bar",
                        "[static]foo.baz",
                        "foo:bar/baz");
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String n : unique) {
            assertTrue(seen.add(Names.parse(n).canonical()), n);
        }
        for (String clash :
                List.of(
                        "FOO",
                        "foo-BAR",
                        "[constructor]FOO",
                        "[method]foo.BAR",
                        "[static]foo.bar",
                        "[method]foo.baz",
                        "[method]foo.foo",
                        "[static]foo-BAR.FOO-bar",
                        "foo:bar/BAZ")) {
            assertTrue(seen.contains(Names.parse(clash).canonical()), clash);
        }
    }

    @Test
    void semverWording() {
        versionMessage("a:b/c@", "empty string");
        versionMessage("a:b/c@.", "unexpected character '.'");
        versionMessage("a:b/c@1.", "unexpected end of input");
        versionMessage("a:b/c@2.0x0", "unexpected character 'x'");
        versionMessage("a:b/c@2.0.0+", "empty identifier segment");
        valid(
                comp(
                        types(func()),
                        imports(
                                imp("a:b/c@0.0.0-abcd.1.2+efg.4.ee.5", new ExternType.Func(0)),
                                imp("a:b/c@1", new ExternType.Func(0)))));
    }

    private static void versionMessage(String name, String expected) {
        invalid(comp(types(func()), imports(imp(name, new ExternType.Func(0)))), expected);
    }

    @Test
    void duplicateImportsAndExports() {
        invalid(
                comp(
                        types(func()),
                        imports(
                                imp("a", new ExternType.Func(0)),
                                imp("A", new ExternType.Func(0)))),
                "import name `A` conflicts with previous name `a`");
        invalid(
                comp(
                        types(func()),
                        imports(
                                imp("a:b/c@1.0.0", new ExternType.Func(0)),
                                imp("a:b/c@1.0.0", new ExternType.Func(0)))),
                "conflicts with previous name");
        valid(
                comp(
                        types(func()),
                        imports(imp("a", new ExternType.Func(0))),
                        exports(exp("a", dev.dovetail.format.model.Sort.FUNC, 0))));
        invalid(
                comp(
                        types(func()),
                        imports(imp("a", new ExternType.Func(0))),
                        exports(
                                exp("a", dev.dovetail.format.model.Sort.FUNC, 0),
                                exp("A", dev.dovetail.format.model.Sort.FUNC, 0))),
                "export name `A` conflicts with previous name `a`");
    }

    @Test
    void annotatedNames() {
        // (import "r" (type (sub resource))) then constructor/method/static functions
        var base = types(new DefValType.Own(0), new DefValType.Borrow(0));
        var ctor = func(List.of(), t(1));
        var method = func(List.of(field("self", t(2))), null);
        valid(
                comp(
                        imports(imp("r", subResource())),
                        base,
                        types(ctor, method, func()),
                        imports(
                                imp("[constructor]r", new ExternType.Func(3)),
                                imp("[method]r.m", new ExternType.Func(4)),
                                imp("[static]r.s", new ExternType.Func(5)))));
        invalid(
                comp(
                        imports(imp("r", subResource())),
                        base,
                        types(ctor),
                        imports(imp("[constructor]x", new ExternType.Func(3)))),
                "function does not match expected resource name `r`");
        invalid(
                comp(
                        imports(imp("r", subResource())),
                        base,
                        types(func()),
                        imports(imp("[constructor]r", new ExternType.Func(3)))),
                "function should return one value");
        invalid(
                comp(
                        imports(imp("r", subResource())),
                        base,
                        types(func(List.of(field("x", t(2))), null)),
                        imports(imp("[method]r.m", new ExternType.Func(3)))),
                "should have a first argument called `self`");
        invalid(
                comp(
                        imports(imp("r", subResource())),
                        base,
                        types(func(List.of(field("self", PrimValType.U8)), null)),
                        imports(imp("[method]r.m", new ExternType.Func(3)))),
                "should take a first argument of `(borrow $T)`");
        invalid(
                comp(types(func()), imports(imp("[static]r.s", new ExternType.Func(0)))),
                "static resource name is not known in this context");
        invalid(
                comp(
                        imports(imp("r", subResource())),
                        types(PrimValType.U8),
                        imports(imp("[static]r.s", eq(1)))),
                "is not a func");
    }

    @Test
    void implementsAttribute() {
        var inst = types(new InstanceType(List.of()));
        valid(
                comp(
                        inst,
                        imports(
                                new Import(
                                        ExternName.withAttributes(
                                                "primary",
                                                new NameAttribute.Implements(
                                                        "wasi:keyvalue/store")),
                                        new ExternType.Instance(0)),
                                new Import(
                                        ExternName.withAttributes(
                                                "secondary",
                                                new NameAttribute.Implements(
                                                        "wasi:keyvalue/store")),
                                        new ExternType.Instance(0)))));
        invalid(
                comp(
                        inst,
                        imports(
                                new Import(
                                        ExternName.withAttributes(
                                                "a", new NameAttribute.Implements("not-valid")),
                                        new ExternType.Instance(0)))),
                "must be an interface");
        invalid(
                comp(
                        types(func()),
                        imports(
                                new Import(
                                        ExternName.withAttributes(
                                                "a", new NameAttribute.Implements("a:b/c")),
                                        new ExternType.Func(0)))),
                "only instances can have an `implements`");
        invalid(
                comp(
                        inst,
                        imports(
                                new Import(
                                        ExternName.withAttributes(
                                                "a1:b/c", new NameAttribute.Implements("a2:b/c")),
                                        new ExternType.Instance(0)))),
                "name `a1:b/c` is not valid with `implements`");
    }
}
