package org.lstm97.experiments.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.lstm97.core.config.ConfigException;
import org.lstm97.core.config.Suggestions;
import org.lstm97.core.run.ResultsException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/**
 * The {@code lstm97} command line. Exit codes: 0 ok, 2 bad input or a results folder that cannot be used
 * (a {@code ConfigException} or {@code ResultsException}: one line on stderr naming file, line and key),
 * 1 internal failure; a run stopped by Ctrl-C or SIGTERM exits 130 or 143 (the JVM's 128 + signal).
 * Every line it writes to stderr starts with {@value #PREFIX}.
 *
 * <p>{@code lstm97} alone prints the list of commands to stderr and exits 2: it was asked to do nothing, which
 * is a usage error (a script calling {@code lstm97 $COMMAND} with an empty variable must not succeed);
 * {@code lstm97 --help} prints the same to stdout and exits 0.
 */
@Command(
        name = "lstm97",
        mixinStandardHelpOptions = true,
        version = "lstm97 0.1.0",
        description = "Reproduces the result tables of Hochreiter & Schmidhuber, Long Short-Term Memory (1997).",
        subcommands = {
            RunCommand.class,
            ValidateCommand.class,
            ListCommand.class,
            ReportCommand.class,
            ReproduceCommand.class,
            SampleCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Lstm97 implements Callable<Integer> {
    public static final int OK = 0;
    public static final int INTERNAL = 1;
    public static final int BAD_INPUT = 2;
    /** What every line on stderr starts with. */
    public static final String PREFIX = "lstm97: ";

    @Option(
            names = "--plugins",
            paramLabel = "DIR",
            scope = ScopeType.INHERIT,
            description = "Also load the plugin jars (*.jar) of this folder: learners, tasks, stop rules or metrics "
                    + "built outside this repository (repeatable).")
    List<Path> plugins;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private static volatile boolean stderrTerminal;

    public static void main(String[] args) {
        stderrTerminal = Progress.stderrIsTerminal();
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Whether this process's stderr is a terminal (only {@link #main} looks; in-process callers get false). */
    static boolean stderrIsTerminal() {
        return stderrTerminal;
    }

    /** Runs the CLI with the given streams and returns the exit code (tests call this). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Lstm97());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println(PREFIX + describe(ex));
            return BAD_INPUT;
        });
        cli.setExecutionStrategy(parseResult -> {
            try {
                Wiring.usePlugins(pluginDirs(parseResult));
            } catch (ConfigException e) {
                throw new CommandLine.ExecutionException(cli, e.getMessage(), e);
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            Throwable cause =
                    ex instanceof CommandLine.ExecutionException && ex.getCause() != null ? ex.getCause() : ex;
            if (cause instanceof ConfigException || cause instanceof ResultsException) {
                err.println(PREFIX + cause.getMessage());
                return BAD_INPUT;
            }
            err.println(PREFIX + "internal error: " + ex);
            ex.printStackTrace(err);
            return INTERNAL;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The {@code --plugins} folders given anywhere on the command line. */
    private static List<Path> pluginDirs(ParseResult parseResult) {
        List<Path> dirs = new ArrayList<>();
        for (ParseResult r = parseResult; r != null; r = r.subcommand()) {
            OptionSpec option = r.matchedOption("--plugins");
            if (option != null) {
                List<Path> values = option.getValue();
                if (values != null) {
                    values.stream().filter(v -> !dirs.contains(v)).forEach(dirs::add);
                }
            }
        }
        return dirs;
    }

    /** One line for a command-line mistake, with "did you mean" where a name was mistyped. */
    static String describe(CommandLine.ParameterException ex) {
        CommandLine command = ex.getCommandLine();
        String name = command.getCommandSpec().qualifiedName(" ").replaceFirst("^lstm97 ?", "");
        String help = "; see 'lstm97" + (name.isEmpty() ? "" : " " + name) + " --help'";
        if (ex instanceof CommandLine.UnmatchedArgumentException u
                && !u.getUnmatched().isEmpty()) {
            String arg = u.getUnmatched().get(0);
            if (arg.startsWith("-")) {
                String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                List<String> names = new ArrayList<>();
                command.getCommandSpec().options().forEach(o -> names.addAll(List.of(o.names())));
                return (name.isEmpty() ? "" : name + ": ") + "unknown option '" + option + "'"
                        + Suggestions.didYouMean(option, names) + help;
            }
            if (!command.getSubcommands().isEmpty()) {
                List<String> commands = new ArrayList<>(command.getSubcommands().keySet());
                return "unknown command '" + arg + "'" + Suggestions.didYouMean(arg, commands) + "; commands: "
                        + String.join(", ", commands);
            }
            return (name.isEmpty() ? "" : name + ": ") + "unexpected argument '" + arg + "'" + help;
        }
        String message = ex.getMessage().lines().findFirst().orElse("bad command line");
        return (name.isEmpty() ? "" : name + ": ") + message + help;
    }

    /** {@code lstm97} alone: the commands on stderr, exit 2 (see the class comment). */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println(PREFIX + "no command given; the commands:");
        spec.commandLine().usage(err);
        return BAD_INPUT;
    }
}
