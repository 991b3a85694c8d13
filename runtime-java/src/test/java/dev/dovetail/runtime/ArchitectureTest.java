package dev.dovetail.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the dependency rules of {@code docs/ARCHITECTURE.md} true. The source rules read every
 * module's main sources (every folder of the project with a {@code src/main}, so modules added
 * later are covered without a change here); the public-API rule reads runtime-java's compiled
 * classes.
 */
class ArchitectureTest {

    /** A reference in a source file to a class by its package: an import or a qualified name. */
    private static final Pattern QUALIFIED =
            Pattern.compile(
                    "\\b((?:java|javax|jdk|sun|com|org|net|io|kotlin|kotlinx|dev)(?:\\.[a-z_][A-Za-z0-9_]*)+)");

    private static final Pattern PACKAGE =
            Pattern.compile("^package\\s+([A-Za-z0-9_.]+)", Pattern.MULTILINE);

    private static final String ENGINE_RUNTIME = "com.dylibso.chicory.runtime";
    private static final String ENGINE_COMPILER = "com.dylibso.chicory.compiler";

    @Test
    void abiCoreUsesOnlyTheJavaPlatform() {
        List<String> broken = new ArrayList<>();
        for (Source source : module("abi-core")) {
            for (String name : source.references()) {
                if (!name.startsWith("java.") && !name.startsWith("dev.dovetail.abi")) {
                    broken.add(source + " uses " + name);
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void formatNeedsNoEngine() {
        List<String> broken = new ArrayList<>();
        for (Source source : module("format")) {
            for (String name : source.references()) {
                if (name.startsWith("dev.dovetail.runtime")
                        || name.startsWith(ENGINE_RUNTIME)
                        || name.startsWith(ENGINE_COMPILER)) {
                    broken.add(source + " uses " + name);
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    /** The typed front end builds on the machinery; the machinery never reaches back up. */
    @Test
    void internalDoesNotDependOnTyped() {
        List<String> broken = new ArrayList<>();
        for (Source source : module("runtime-java")) {
            if (source.packageName().startsWith("dev.dovetail.runtime.internal")) {
                for (String name : source.references()) {
                    if (name.startsWith("dev.dovetail.runtime.typed")) {
                        broken.add(source + " uses " + name);
                    }
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    /**
     * Every module uses the others through their public API only: an {@code internal} package is
     * used by the module that holds it and by no other (wasi, wit and later modules included).
     */
    @Test
    void noModuleReachesIntoAnotherModulesInternals() {
        List<String> broken = new ArrayList<>();
        for (Path module : modules()) {
            List<Source> sources = sources(module);
            Set<String> own = sources.stream().map(Source::packageName).collect(Collectors.toSet());
            for (Source source : sources) {
                for (String name : source.references()) {
                    if (name.startsWith("dev.dovetail.")
                            && isInternal(name)
                            && own.stream().noneMatch(name::startsWith)) {
                        broken.add(source + " uses " + name);
                    }
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    /**
     * Chicory's engine sits behind runtime-java's internal packages (so the core engine can
     * change); only the benchmarks call it directly, for their raw baselines.
     */
    @Test
    void theCoreEngineStaysInsideRuntimeInternals() {
        List<String> broken = new ArrayList<>();
        for (Path module : modules()) {
            if (module.getFileName().toString().equals("benchmarks")) {
                continue;
            }
            for (Source source : sources(module)) {
                boolean engineAdapter =
                        source.packageName().startsWith("dev.dovetail.runtime.internal");
                for (String name : source.references()) {
                    if (!engineAdapter
                            && (name.startsWith(ENGINE_RUNTIME)
                                    || name.startsWith(ENGINE_COMPILER))) {
                        broken.add(source + " uses " + name);
                    }
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void everyPackageSaysWhatItOwns() {
        Set<String> missing = new TreeSet<>();
        for (Path module : modules()) {
            for (Source source : sources(module)) {
                Path folder = source.path().getParent();
                if (source.path().toString().endsWith(".java")
                        && !Files.exists(folder.resolve("package-info.java"))) {
                    missing.add(root().relativize(folder).toString());
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    /** The public API of runtime-java names no Chicory type, in any public or protected member. */
    @Test
    void publicApiExposesNoChicoryType() throws Exception {
        Path classes =
                Path.of(Engine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> broken = new ArrayList<>();
        List<Class<?>> checked = publicApiClasses(classes);
        assertFalse(checked.isEmpty(), "no classes found under " + classes);
        for (Class<?> type : checked) {
            List<Type> exposed = new ArrayList<>();
            if (type.getGenericSuperclass() != null) {
                exposed.add(type.getGenericSuperclass());
            }
            exposed.addAll(List.of(type.getGenericInterfaces()));
            for (Method method : type.getDeclaredMethods()) {
                if (visible(method.getModifiers()) && !method.isSynthetic()) {
                    exposed.add(method.getGenericReturnType());
                    exposed.addAll(List.of(method.getGenericParameterTypes()));
                    exposed.addAll(List.of(method.getGenericExceptionTypes()));
                }
            }
            for (var constructor : type.getDeclaredConstructors()) {
                if (visible(constructor.getModifiers())) {
                    exposed.addAll(List.of(constructor.getGenericParameterTypes()));
                }
            }
            for (Field field : type.getDeclaredFields()) {
                if (visible(field.getModifiers())) {
                    exposed.add(field.getGenericType());
                }
            }
            for (Type each : exposed) {
                if (namesChicory(each, new TreeSet<>())) {
                    broken.add(type.getName() + " exposes " + each.getTypeName());
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void theRulesSeeEveryModule() {
        Set<String> names =
                modules().stream()
                        .map(module -> module.getFileName().toString())
                        .collect(Collectors.toSet());
        assertTrue(
                names.containsAll(Set.of("abi-core", "format", "runtime-java")), names::toString);
        assertFalse(module("abi-core").isEmpty());
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static boolean namesChicory(Type type, Set<String> seen) {
        if (!seen.add(type.getTypeName())) {
            return false;
        }
        if (type instanceof Class<?> raw) {
            Class<?> element = raw;
            while (element.isArray()) {
                element = element.getComponentType();
            }
            return element.getName().startsWith("com.dylibso.");
        }
        if (type instanceof ParameterizedType parameterized) {
            if (namesChicory(parameterized.getRawType(), seen)) {
                return true;
            }
            for (Type argument : parameterized.getActualTypeArguments()) {
                if (namesChicory(argument, seen)) {
                    return true;
                }
            }
            return false;
        }
        if (type instanceof GenericArrayType array) {
            return namesChicory(array.getGenericComponentType(), seen);
        }
        if (type instanceof WildcardType wildcard) {
            return Stream.concat(
                            Stream.of(wildcard.getUpperBounds()),
                            Stream.of(wildcard.getLowerBounds()))
                    .anyMatch(bound -> namesChicory(bound, seen));
        }
        if (type instanceof TypeVariable<?> variable) {
            return Stream.of(variable.getBounds()).anyMatch(bound -> namesChicory(bound, seen));
        }
        return false;
    }

    /** Public types of {@code dev.dovetail.runtime} and its packages, but for {@code internal}. */
    private static List<Class<?>> publicApiClasses(Path classes) throws IOException {
        Path base = classes.resolve("dev/dovetail/runtime");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(base)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name =
                        classes.relativize(file).toString().replace('/', '.').replace(".class", "");
                if (isInternal(name) || name.endsWith("package-info")) {
                    continue;
                }
                Class<?> type;
                try {
                    type = Class.forName(name, false, ArchitectureTest.class.getClassLoader());
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
                if (isPublicApi(type)) {
                    found.add(type);
                }
            }
        }
        return found;
    }

    private static boolean isPublicApi(Class<?> type) {
        for (Class<?> at = type; at != null; at = at.getEnclosingClass()) {
            if (!Modifier.isPublic(at.getModifiers()) || at.isAnonymousClass()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isInternal(String qualifiedName) {
        return qualifiedName.contains(".internal.") || qualifiedName.endsWith(".internal");
    }

    private static Path root() {
        Path here = Path.of("").toAbsolutePath();
        for (Path at = here; at != null; at = at.getParent()) {
            if (Files.isDirectory(at.resolve("abi-core")) && Files.exists(at.resolve("pom.xml"))) {
                return at;
            }
        }
        throw new IllegalStateException("project root not found above " + here);
    }

    /** Every folder of the project that holds main sources: a Maven module. */
    private static List<Path> modules() {
        try (Stream<Path> entries = Files.list(root())) {
            return entries.filter(path -> Files.isDirectory(path.resolve("src/main")))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Source> module(String name) {
        return sources(root().resolve(name));
    }

    private static List<Source> sources(Path module) {
        try (Stream<Path> files = Files.walk(module.resolve("src/main"))) {
            return files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".kt"))
                    .sorted()
                    .map(Source::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One source file with its comments removed (so a doc link to another layer is no use). */
    private record Source(Path path, String code) {

        static Source read(Path path) {
            try {
                String text = Files.readString(path);
                String code = text.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)//.*$", "");
                return new Source(path, code);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String packageName() {
            Matcher matcher = PACKAGE.matcher(code);
            return matcher.find() ? matcher.group(1) : "";
        }

        /** The qualified names this file mentions: imports and fully qualified uses. */
        Set<String> references() {
            Set<String> names = new TreeSet<>();
            String body = PACKAGE.matcher(code).replaceFirst("");
            Matcher matcher = QUALIFIED.matcher(body);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        }

        @Override
        public String toString() {
            return root().relativize(path).toString();
        }
    }
}
