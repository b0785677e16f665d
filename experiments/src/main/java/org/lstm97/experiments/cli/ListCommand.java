package org.lstm97.experiments.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.lstm97.core.plugin.Kind;
import org.lstm97.core.plugin.ParamBinder;
import org.lstm97.core.plugin.ParamInfo;
import org.lstm97.core.plugin.PluginFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lstm97 list}: every registered type with its parameters, defaults and description. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List every registered learner, task, stop rule and metric with its parameters.")
final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (Kind kind : Kind.values()) {
            out.println(heading(kind));
            for (PluginFactory<?, ?> f : Wiring.registry().all(kind)) {
                out.printf("  %s — %s%n", f.type(), f.description());
                for (ParamInfo p : ParamBinder.describe(f.parameters())) {
                    out.printf("      %-22s %-28s %s%s%n", p.name(), p.type(),
                            p.required() ? "(required) " : "(default " + p.defaultValue() + ") ", p.doc());
                }
            }
            out.println();
        }
        return Lstm97.OK;
    }

    private static String heading(Kind kind) {
        return switch (kind) {
            case LEARNER -> "learners:";
            case TASK -> "tasks:";
            case STOP_RULE -> "stop rules:";
            case METRIC -> "metrics:";
        };
    }
}
