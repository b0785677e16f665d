package org.lstm97.experiments.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.lstm97.core.config.ConfigException;
import org.lstm97.core.config.ConfigNode;
import org.lstm97.core.config.ExperimentLoader;
import org.lstm97.core.config.ExperimentSpec;
import org.lstm97.core.config.RowSpec;
import org.lstm97.core.config.Suggestions;
import org.lstm97.core.plugin.Kind;
import org.lstm97.core.plugin.ParamBinder;
import org.lstm97.core.plugin.ParamInfo;
import org.lstm97.core.plugin.PluginFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lstm97 list [WHAT]}: without an argument, an overview in one screen (the paper's experiments, the
 * profiles, the bench nets, and every registered type in one line each); {@code learners}, {@code tasks},
 * {@code stop-rules} or {@code metrics}: those types with their parameters; a name: that type, paper
 * experiment or bench net in full. Lines are wrapped at {@value #WIDTH} columns.
 */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "List the paper's experiments, profiles, bench nets and registered types; "
                + "'list learners|tasks|stop-rules|metrics' shows parameters, 'list NAME' one item in full.")
final class ListCommand implements Callable<Integer> {
    static final int WIDTH = 100;
    private static final Pattern CHOICE_LABEL = Pattern.compile("\\b(U\\d{1,2}|T\\d{1,2}|UNCERTAIN)\\b");
    private static final String CHOICES = "U1–U19 (and T1–T22) name the choices where the paper is silent or "
            + "unclear; each is explained, with its alternatives, in docs/FIDELITY.md.";
    private static final Map<String, Kind> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("learners", Kind.LEARNER);
        KINDS.put("tasks", Kind.TASK);
        KINDS.put("stop-rules", Kind.STOP_RULE);
        KINDS.put("metrics", Kind.METRIC);
    }

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "WHAT",
            description = "learners, tasks, stop-rules, metrics, or a name (a type, paper experiment or bench net).")
    String what;

    @Spec
    CommandSpec spec;

    private boolean citesChoices;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (what == null) {
            overview(out);
        } else if (KINDS.containsKey(what)) {
            kind(out, KINDS.get(what), true);
        } else {
            one(out, what);
        }
        if (citesChoices) {
            out.println();
            wrap(out, "", CHOICES);
        }
        return Lstm97.OK;
    }

    private void overview(PrintWriter out) {
        out.println("paper experiments (lstm97 reproduce runs them all; lstm97 list NAME shows one's rows):");
        for (ExperimentSpec e : PaperExperiments.embedded(ExperimentLoader.PAPER)) {
            row(
                    out,
                    e.name(),
                    "Table " + e.table() + ": " + e.title() + " (" + e.rows().size() + " rows)");
        }
        out.println();
        out.println("profiles (--profile):");
        row(
                out,
                ExperimentLoader.PAPER,
                "the file as written: for the paper's files, the paper's trial counts and "
                        + "budgets (hours to days); the default");
        row(
                out,
                "quick",
                "a smoke test of the paper's files: 1-2 trials per row at reduced budgets (minutes); its "
                        + "reports give no verdicts");
        out.println();
        out.println("bench nets (lstm97 bench --only NAME):");
        wrap(out, "  ", String.join(", ", BenchCommand.netNames()));
        for (Map.Entry<String, Kind> k : KINDS.entrySet()) {
            out.println();
            out.println(k.getKey() + " (lstm97 list " + k.getKey() + " shows their parameters):");
            kind(out, k.getValue(), false);
        }
    }

    private void kind(PrintWriter out, Kind kind, boolean parameters) {
        for (PluginFactory<?, ?> f : Wiring.registry().all(kind)) {
            if (parameters) {
                factory(out, f);
            } else {
                row(out, f.type(), f.description());
            }
        }
    }

    private void factory(PrintWriter out, PluginFactory<?, ?> f) {
        wrap(out, "  ", f.type() + " (" + f.kind().label() + ") — " + f.description());
        for (ParamInfo p : ParamBinder.describe(f.parameters())) {
            wrap(
                    out,
                    "      ",
                    String.format(
                            "%-22s %s, %s",
                            p.name(), p.type(), p.required() ? "required" : "default " + p.defaultValue()));
            if (!p.doc().isBlank()) {
                wrap(out, "          ", p.doc());
            }
        }
    }

    private void one(PrintWriter out, String name) {
        List<String> known = new ArrayList<>(KINDS.keySet());
        for (Kind kind : Kind.values()) {
            for (PluginFactory<?, ?> f : Wiring.registry().all(kind)) {
                known.add(f.type());
                if (f.type().equals(name)) {
                    factory(out, f);
                    return;
                }
            }
        }
        for (ExperimentSpec e : PaperExperiments.embedded(ExperimentLoader.PAPER)) {
            known.add(e.name());
            if (e.name().equals(name)) {
                experiment(out, e);
                return;
            }
        }
        for (ConfigNode net : BenchCommand.nets()) {
            String netName = String.valueOf(net.get("name").scalar());
            known.add(netName);
            if (netName.equals(name)) {
                out.println(netName + " (bench net):");
                wrap(out, "  ", "task " + net.get("task").toPlain());
                wrap(out, "  ", "learner " + net.get("learner").toPlain());
                return;
            }
        }
        throw new ConfigException("list: unknown name '" + name + "'" + Suggestions.didYouMean(name, known)
                + "; 'lstm97 list' shows every name");
    }

    private void experiment(PrintWriter out, ExperimentSpec e) {
        wrap(out, "", e.name() + " (paper experiment, " + e.source() + "): Table " + e.table() + ", " + e.title());
        wrap(
                out,
                "  ",
                "seed " + e.seed() + "; rows, with the paper's label, trials and budget per trial "
                        + "(profile paper):");
        for (RowSpec r : e.rows()) {
            Object label = r.paper().get("label");
            row(
                    out,
                    r.row(),
                    (label == null ? "" : label + "; ") + r.trials() + " trials, budget "
                            + String.format(Locale.ROOT, "%,d", r.budget()) + "; "
                            + r.learner().type() + " on "
                            + r.task().type());
        }
    }

    /** {@code  name  text}, the text wrapped under itself. */
    private void row(PrintWriter out, String name, String text) {
        String head = String.format("  %-26s ", name);
        if (head.length() > 29) {
            out.println("  " + name);
            head = " ".repeat(29);
        }
        List<String> lines = lines(text, WIDTH - head.length());
        out.println(head + lines.get(0));
        for (int i = 1; i < lines.size(); i++) {
            out.println(" ".repeat(head.length()) + lines.get(i));
        }
    }

    private void wrap(PrintWriter out, String indent, String text) {
        for (String line : lines(text, WIDTH - indent.length())) {
            out.println(indent + line);
        }
    }

    private List<String> lines(String text, int width) {
        if (CHOICE_LABEL.matcher(text).find()) {
            citesChoices = true;
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
