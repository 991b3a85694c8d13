package dev.dovetail.runtime.wast;

import dev.dovetail.abi.Val;
import dev.dovetail.format.text.SList;
import java.util.List;

/**
 * One directive of a {@code .wast} script, parsed but not run. Module forms are kept as their
 * s-expressions (compiled when the directive runs, so a malformed one fails only its directive).
 */
public sealed interface WastDirective {
    /** 1-based line of the directive's opening parenthesis. */
    int line();

    /** The directive keyword ({@code component}, {@code assert_return}, ...). */
    String kind();

    /**
     * {@code (component $id? definition? ...)} or {@code (module ...)}: {@code form} is the module
     * form without the {@code definition} keyword.
     */
    record Define(int line, String kind, String id, boolean definition, SList form)
            implements WastDirective {}

    /** {@code (component instance $instance $definition)}. */
    record Instantiate(int line, String kind, String instance, String definition)
            implements WastDirective {}

    /** {@code (register "name" $instance?)}. */
    record Register(int line, String name, String instance) implements WastDirective {
        @Override
        public String kind() {
            return "register";
        }
    }

    /** {@code (invoke $instance? "name" arg*)}, standalone or inside an assertion. */
    record Invoke(int line, String instance, String name, List<Val> args) implements WastDirective {
        public Invoke {
            args = List.copyOf(args);
        }

        @Override
        public String kind() {
            return "invoke";
        }
    }

    /** {@code (assert_return (invoke ...) result*)}. */
    record AssertReturn(int line, Invoke invoke, List<ValPattern> results)
            implements WastDirective {
        public AssertReturn {
            results = List.copyOf(results);
        }

        @Override
        public String kind() {
            return "assert_return";
        }
    }

    /** {@code (assert_trap (invoke ...) "msg")}: {@code invoke} set, {@code module} null. */
    record AssertTrap(int line, Invoke invoke, SList module, String message)
            implements WastDirective {
        @Override
        public String kind() {
            return "assert_trap";
        }
    }

    /** {@code assert_invalid}, {@code assert_malformed} or {@code assert_unlinkable}. */
    record AssertModule(int line, String kind, SList module, String message)
            implements WastDirective {}

    /** A directive this runner does not know (reported skipped). */
    record Unsupported(int line, String kind, String reason) implements WastDirective {}
}
