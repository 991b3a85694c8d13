package dev.dovetail.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code dovetail} command. Without arguments it runs a built-in example component; the
 * subcommands invoke a component's export with WAVE arguments, print a component's WIT and run
 * {@code .wast} scripts. Every error a user can act on has its own exit code ({@link ExitCode}).
 */
@Command(
        name = "dovetail",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Runs WebAssembly components on the JVM.",
            "Without a subcommand, runs a built-in example component and shows each call it makes."
        },
        subcommands = {
            RunCommand.class,
            InvokeCommand.class,
            WitCommand.class,
            WastCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            " 0:success (run: the guest's exit status, whatever it is)",
            " 1:wast: some directives failed",
            " 2:bad command line",
            " 3:file not found or unreadable",
            " 4:malformed or invalid component",
            " 5:unknown imports (see invoke --trap-unknown-imports)",
            " 6:no such exported function",
            " 7:WAVE syntax error in the call",
            " 8:argument does not match the parameter type",
            " 9:the guest trapped",
            "10:unsupported feature",
            "70:internal error"
        })
public final class Main implements Callable<Integer> {
    @Spec CommandSpec spec;

    private PrintStream out = System.out;
    private PrintStream err = System.err;

    /** The standard output given to {@link #run}: where a guest's stdout goes. */
    PrintStream out() {
        return out;
    }

    /** The standard error given to {@link #run}. */
    PrintStream err() {
        return err;
    }

    @Override
    public Integer call() {
        return Example.run(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        PrintStream out =
                new PrintStream(
                        new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err =
                new PrintStream(
                        new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** Runs the command with the given streams, as {@code main} does, and returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        Main main = new Main();
        main.out = out;
        main.err = err;
        CommandLine cmd = new CommandLine(main);
        cmd.setOut(o);
        cmd.setErr(e);
        cmd.setExecutionExceptionHandler(
                (ex, commandLine, parseResult) -> {
                    PrintWriter w = commandLine.getErr();
                    if (ex instanceof CliException c) {
                        w.println("dovetail: error: " + c.getMessage());
                        return c.exitCode();
                    }
                    w.println("dovetail: internal error: " + ex);
                    ex.printStackTrace(w);
                    return ExitCode.INTERNAL;
                });
        try {
            return cmd.execute(args);
        } finally {
            o.flush();
            e.flush();
        }
    }

    /** {@code dovetail --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"dovetail " + (v == null ? "0.1.0-SNAPSHOT" : v)};
        }
    }
}
