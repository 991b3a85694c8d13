package dev.dovetail.wit.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dovetail.format.text.ComponentWat;
import dev.dovetail.format.types.ComponentType;
import dev.dovetail.format.validate.Validator;
import dev.dovetail.wit.Wit;
import dev.dovetail.wit.model.Function;
import dev.dovetail.wit.model.Interface;
import dev.dovetail.wit.model.Resolve;
import dev.dovetail.wit.model.TypeDefKind;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A component's type printed as WIT, and WIT packages encoded as components decoded. */
class ComponentWitTest {

    private static ComponentType type(String wat) {
        return Validator.validate(ComponentWat.parse(wat)).type();
    }

    private static final String COMPONENT =
            """
            (component
              (import "docs:calc/types@1.0.0" (instance $types
                (type $s (enum "negative" "zero" "positive"))
                (export "sign" (type $sign (eq $s)))
                (export "counter" (type $c (sub resource)))
                (export "[constructor]counter" (func (param "start" u32) (result (own $c))))
                (export "[method]counter.get" (func (param "self" (borrow $c)) (result u32)))
                (export "classify" (func (param "n" s32) (result $sign)))
              ))
              (alias export $types "sign" (type $sign))
              (import "log" (func (param "msg" string)))
              (import "pick" (func (param "s" $sign) (result (list (tuple u8 bool)))))
            )
            """;

    @Test
    void aComponentTypePrintsAsWitThatParsesBack() {
        String wit = ComponentWit.print(type(COMPONENT), "root");
        assertTrue(wit.startsWith("package root:component;\n"), wit);
        assertTrue(wit.contains("import docs:calc/types@1.0.0;"), wit);
        assertTrue(wit.contains("import log: func(msg: string);"), wit);
        assertTrue(wit.contains("package docs:calc@1.0.0 {"), wit);
        assertTrue(wit.contains("enum sign {"), wit);
        assertTrue(wit.contains("constructor(start: u32);"), wit);
        assertTrue(wit.contains("get: func() -> u32;"), wit);
        assertTrue(wit.contains("use docs:calc/types@1.0.0.{sign};"), wit);
        Resolve reparsed = Wit.parse("printed.wit", wit, Set.of());
        Interface types =
                reparsed.interfaces().stream()
                        .filter((i) -> "types".equals(i.name()))
                        .findFirst()
                        .orElseThrow();
        assertEquals(Set.of("sign", "counter"), types.types().keySet());
        Function get = types.functions().get("[method]counter.get");
        assertEquals(Function.Kind.METHOD, get.kind());
        assertTrue(
                reparsed.type(
                                        (dev.dovetail.wit.model.TypeRef)
                                                types.functions().get("classify").result())
                                .kind()
                        instanceof TypeDefKind.EnumType);
    }

    @Test
    void aWitPackageEncodedAsAComponentDecodes() {
        Resolve resolve =
                ComponentWit.decodePackage(
                        type(
                                """
                                (component
                                  (type $x (component
                                    (export "a:b/x" (instance
                                      (export "f" (func (param "n" u32) (result string)))))))
                                  (export "x" (type $x))
                                  (type $w (component
                                    (export "a:b/w" (component
                                      (import "a:b/x" (instance
                                        (export "f" (func (param "n" u32) (result string)))))
                                      (export "run" (func))))))
                                  (export "w" (type $w))
                                )
                                """));
        assertEquals(
                "a:b", resolve.packages().get(resolve.packages().size() - 1).name().toString());
        String wit = dev.dovetail.wit.print.WitPrinter.printAll(resolve);
        assertTrue(wit.contains("interface x {\n  f: func(n: u32) -> string;\n}"), wit);
        assertTrue(wit.contains("world w {\n  import x;\n  export run: func();\n}"), wit);
        assertEquals(
                wit, dev.dovetail.wit.print.WitPrinter.printAll(Wit.parse("w.wit", wit, Set.of())));
    }
}
