package org.lstm97.experiments.cli;

import java.io.PrintWriter;
import org.lstm97.core.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code lstm97} command line. Exit codes: 0 ok, 2 bad input (one line on stderr naming file, line and
 * key), 1 internal failure.
 */
@Command(name = "lstm97", mixinStandardHelpOptions = true, version = "lstm97 0.1.0",
        description = "Reproduces the result tables of Hochreiter & Schmidhuber, Long Short-Term Memory (1997).",
        subcommands = {RunCommand.class, ValidateCommand.class, ListCommand.class, ReportCommand.class,
                ReproduceCommand.class, SampleCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Lstm97 implements Runnable {
    public static final int OK = 0;
    public static final int INTERNAL = 1;
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the CLI with the given streams and returns the exit code (tests call this). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Lstm97());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("lstm97: " + ex.getMessage());
            ex.getCommandLine().usage(err);
            return BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof ConfigException) {
                err.println(ex.getMessage());
                return BAD_INPUT;
            }
            err.println("lstm97: internal error: " + ex);
            ex.printStackTrace(err);
            return INTERNAL;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
