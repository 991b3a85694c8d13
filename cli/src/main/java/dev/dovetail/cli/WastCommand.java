package dev.dovetail.cli;

import dev.dovetail.runtime.Engine;
import dev.dovetail.runtime.wast.DirectiveResult;
import dev.dovetail.runtime.wast.RuntimeWastHost;
import dev.dovetail.runtime.wast.WastReport;
import dev.dovetail.runtime.wast.WastRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dovetail wast <files or folders>}. */
@Command(
        name = "wast",
        mixinStandardHelpOptions = true,
        description = {
            "Runs .wast component test scripts (folders are searched for *.wast), prints each"
                    + " failure and a summary: N passed, N failed, N skipped.",
            "Skipped directives need something Dovetail does not run yet (for example async).",
            "Exits with 1 when a directive failed."
        })
final class WastCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<path>", description = ".wast files or folders.")
    List<Path> paths;

    @Option(
            names = {"-v", "--verbose"},
            description = "Print every directive's result, not only the failures.")
    boolean verbose;

    @Option(
            names = "--interpreter",
            description = "Interpret core code instead of compiling it to JVM bytecode.")
    boolean interpreter;

    @Override
    public Integer call() {
        List<Path> scripts = collect(paths);
        if (scripts.isEmpty()) {
            throw new CliException(ExitCode.NO_FILE, "no .wast files in " + paths);
        }
        PrintWriter out = spec.commandLine().getOut();
        Engine engine = interpreter ? Engine.builder().interpreter().build() : Engine.create();
        List<DirectiveResult> all = new ArrayList<>();
        for (Path script : scripts) {
            // A fresh host per script: a script's instances share one store and linker.
            WastRunner runner = new WastRunner(new RuntimeWastHost(engine));
            List<DirectiveResult> results;
            try {
                results = runner.run(script, script.toString());
            } catch (IOException e) {
                throw new CliException(
                        ExitCode.NO_FILE, "cannot read " + script + ": " + e.getMessage());
            }
            for (DirectiveResult r : results) {
                if (verbose || r.outcome() == DirectiveResult.Outcome.FAILED) {
                    out.println(r);
                }
            }
            all.addAll(results);
        }
        WastReport report = new WastReport(all);
        out.println(report.summary());
        return report.failed() > 0 ? ExitCode.FAILURES : ExitCode.OK;
    }

    /** The scripts named by {@code paths}: files as given, folders searched for {@code *.wast}. */
    static List<Path> collect(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(f -> Files.isRegularFile(f) && f.toString().endsWith(".wast"))
                            .sorted()
                            .forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            } else {
                throw new CliException(ExitCode.NO_FILE, "no such file or folder: " + p);
            }
        }
        return out;
    }
}
