package dev.dovetail.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dovetail wast <files or folders>}. */
@Command(
        name = "wast",
        mixinStandardHelpOptions = true,
        description = {
            "Runs .wast component test scripts (folders are searched for *.wast), prints each"
                    + " failure and a summary: N passed, N failed, N skipped.",
            "Exits with 1 when a directive failed."
        })
final class WastCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<path>", description = ".wast files or folders.")
    List<Path> paths;

    @Override
    public Integer call() {
        List<Path> scripts = collect(paths);
        if (scripts.isEmpty()) {
            throw new CliException(ExitCode.NO_FILE, "no .wast files in " + paths);
        }
        throw new CliException(
                ExitCode.UNSUPPORTED,
                "the wast subcommand is not available yet: this build does not include the"
                        + " component .wast runner (found "
                        + scripts.size()
                        + " script"
                        + (scripts.size() == 1 ? "" : "s")
                        + ")");
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
