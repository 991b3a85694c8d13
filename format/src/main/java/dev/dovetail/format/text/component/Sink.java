package dev.dovetail.format.text.component;

import dev.dovetail.format.model.Alias;
import dev.dovetail.format.model.Canon;
import dev.dovetail.format.model.ComponentDecl;
import dev.dovetail.format.model.ComponentModel;
import dev.dovetail.format.model.CoreInstance;
import dev.dovetail.format.model.CoreType;
import dev.dovetail.format.model.DefType;
import dev.dovetail.format.model.Export;
import dev.dovetail.format.model.ExternName;
import dev.dovetail.format.model.ExternType;
import dev.dovetail.format.model.Import;
import dev.dovetail.format.model.Instance;
import dev.dovetail.format.model.InstanceDecl;
import dev.dovetail.format.model.Section;
import dev.dovetail.format.model.Start;
import dev.dovetail.format.text.SExpr;
import dev.dovetail.format.text.WatException;
import java.util.ArrayList;
import java.util.List;

/** Where resolved definitions go: a component's sections or a type's declarators. */
abstract class Sink {
    void alias(Alias a) {
        throw new IllegalStateException("alias");
    }

    abstract void coreType(CoreType t, SExpr at);

    abstract void type(DefType t, SExpr at);

    abstract void importItem(ExternName name, ExternType type, SExpr at);

    /** An export declarator of a component or instance type. */
    void exportDecl(ExternName name, ExternType type, SExpr at) {
        throw WatException.at(at, "export declarators only appear in types");
    }

    void coreModule(byte[] bytes, SExpr at) {
        throw notHere(at, "core module");
    }

    void coreInstance(CoreInstance i, SExpr at) {
        throw notHere(at, "core instance");
    }

    void component(ComponentModel c, SExpr at) {
        throw notHere(at, "component");
    }

    void instance(Instance i, SExpr at) {
        throw notHere(at, "instance");
    }

    void canon(Canon c, SExpr at) {
        throw notHere(at, "canon");
    }

    void start(Start s, SExpr at) {
        throw notHere(at, "start");
    }

    void export(Export e, SExpr at) {
        throw notHere(at, "export");
    }

    static WatException notHere(SExpr at, String what) {
        return WatException.at(at, "a " + what + " definition is not allowed in a type");
    }

    /** Sections of a component, consecutive definitions of one kind sharing a section. */
    static final class Sections extends Sink {
        final List<Section> sections = new ArrayList<>();
        private final List<Object> run = new ArrayList<>();
        private Class<?> runKind;

        private void add(Class<?> kind, Object item) {
            if (runKind != kind) {
                flush();
                runKind = kind;
            }
            run.add(item);
        }

        @SuppressWarnings("unchecked")
        void flush() {
            if (runKind != null && !run.isEmpty()) {
                List<Object> items = List.copyOf(run);
                Section s;
                if (runKind == CoreInstance.class) {
                    s = new Section.CoreInstanceSection((List<CoreInstance>) (List<?>) items);
                } else if (runKind == CoreType.class) {
                    s = new Section.CoreTypeSection((List<CoreType>) (List<?>) items);
                } else if (runKind == Instance.class) {
                    s = new Section.InstanceSection((List<Instance>) (List<?>) items);
                } else if (runKind == Alias.class) {
                    s = new Section.AliasSection((List<Alias>) (List<?>) items);
                } else if (runKind == DefType.class) {
                    s = new Section.TypeSection((List<DefType>) (List<?>) items);
                } else if (runKind == Canon.class) {
                    s = new Section.CanonSection((List<Canon>) (List<?>) items);
                } else if (runKind == Import.class) {
                    s = new Section.ImportSection((List<Import>) (List<?>) items);
                } else if (runKind == Export.class) {
                    s = new Section.ExportSection((List<Export>) (List<?>) items);
                } else {
                    throw new IllegalStateException(runKind.toString());
                }
                sections.add(s);
            }
            run.clear();
            runKind = null;
        }

        private void single(Section s) {
            flush();
            sections.add(s);
        }

        ComponentModel finish() {
            flush();
            return new ComponentModel(sections);
        }

        @Override
        void alias(Alias a) {
            add(Alias.class, a);
        }

        @Override
        void coreType(CoreType t, SExpr at) {
            add(CoreType.class, t);
        }

        @Override
        void type(DefType t, SExpr at) {
            add(DefType.class, t);
        }

        @Override
        void importItem(ExternName name, ExternType type, SExpr at) {
            add(Import.class, new Import(name, type));
        }

        @Override
        void coreModule(byte[] bytes, SExpr at) {
            single(new Section.CoreModuleSection(bytes));
        }

        @Override
        void coreInstance(CoreInstance i, SExpr at) {
            add(CoreInstance.class, i);
        }

        @Override
        void component(ComponentModel c, SExpr at) {
            single(new Section.ComponentSection(c));
        }

        @Override
        void instance(Instance i, SExpr at) {
            add(Instance.class, i);
        }

        @Override
        void canon(Canon c, SExpr at) {
            add(Canon.class, c);
        }

        @Override
        void start(Start s, SExpr at) {
            single(new Section.StartSection(s));
        }

        @Override
        void export(Export e, SExpr at) {
            add(Export.class, e);
        }
    }

    /** Declarators of an instance type ({@code component == false}) or a component type. */
    static final class Decls extends Sink {
        final boolean component;
        final List<ComponentDecl> decls = new ArrayList<>();

        Decls(boolean component) {
            this.component = component;
        }

        @Override
        void alias(Alias a) {
            decls.add(new InstanceDecl.AliasDecl(a));
        }

        @Override
        void coreType(CoreType t, SExpr at) {
            decls.add(new InstanceDecl.CoreTypeDecl(t));
        }

        @Override
        void type(DefType t, SExpr at) {
            decls.add(new InstanceDecl.TypeDecl(t));
        }

        @Override
        void importItem(ExternName name, ExternType type, SExpr at) {
            if (!component) {
                throw WatException.at(at, "an instance type cannot declare imports");
            }
            decls.add(new ComponentDecl.Import(name, type));
        }

        @Override
        void exportDecl(ExternName name, ExternType type, SExpr at) {
            decls.add(new InstanceDecl.Export(name, type));
        }

        List<InstanceDecl> instanceDecls() {
            List<InstanceDecl> out = new ArrayList<>();
            for (ComponentDecl d : decls) {
                out.add((InstanceDecl) d);
            }
            return out;
        }
    }
}
