package org.lstm97.core.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.lstm97.core.plugin.Kind;
import org.lstm97.core.plugin.ParamBinder;
import org.lstm97.core.plugin.PluginFactory;
import org.lstm97.core.plugin.Registry;

/**
 * Parses and validates an experiment file: applies the chosen profile, expands grid axes into rows, checks
 * every plugin type and binds every parameter record, so that a file that loads can run. Every error is one
 * {@link ConfigException} naming the file, line and key. The format is documented in experiments/README.md.
 */
public final class ExperimentLoader {
    /** The profile every file has: the file as written, at the paper's trial counts and budgets. */
    public static final String PAPER = "paper";

    static final List<String> TOP_KEYS = List.of(
            "experiment",
            "table",
            "title",
            "description",
            "seed",
            "trials",
            "budget",
            "task",
            "stop",
            "evaluation",
            "variants",
            "profiles");
    static final List<String> PROFILE_KEYS =
            List.of("description", "seed", "trials", "budget", "task", "stop", "evaluation", "variants");
    static final List<String> VARIANT_KEYS = List.of(
            "name",
            "description",
            "learner",
            "task",
            "grid",
            "trials",
            "budget",
            "stop",
            "evaluation",
            "paper",
            "references",
            "skip",
            "seedsOf");
    static final List<String> EVALUATION_KEYS = List.of("testSize", "metrics");
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    /** The most trials one experiment may plan (the paper's largest table needs a few hundred). */
    public static final int MAX_TRIALS = 100_000;
    /** The most rows one experiment may expand to. */
    public static final int MAX_ROWS = 10_000;

    private final Registry registry;

    public ExperimentLoader(Registry registry) {
        this.registry = registry;
    }

    /** Loads {@code path} (named {@code name} in messages) with {@code profile} applied. */
    public ExperimentSpec load(Path path, String name, String profile) {
        return parse(YamlReader.read(path, name), name, profile);
    }

    /** Loads {@code path} with {@code profile} and then {@code overrides} applied. */
    public ExperimentSpec load(Path path, String name, String profile, List<ConfigOverride> overrides) {
        return parse(YamlReader.read(path, name), name, profile, overrides);
    }

    /** Validates an already read file. */
    public ExperimentSpec parse(ConfigNode root, String file, String profile) {
        return parse(root, file, profile, List.of());
    }

    /**
     * Validates an already read file with {@code profile} and then {@code overrides} applied. Rows whose task
     * or learner settings differ from the file as written get their {@link SettingChange}s.
     */
    public ExperimentSpec parse(ConfigNode root, String file, String profile, List<ConfigOverride> overrides) {
        ExperimentSpec spec = parseOnly(root, file, profile, overrides);
        if (PAPER.equals(profile) && overrides.isEmpty()) {
            return spec;
        }
        ExperimentSpec asWritten;
        try {
            asWritten = parseOnly(root, file, PAPER, List.of());
        } catch (ConfigException e) {
            return spec; // the file as written does not load on its own: there is nothing to compare with
        }
        Map<String, List<SettingChange>> changes = new LinkedHashMap<>();
        for (RowSpec row : spec.rows()) {
            asWritten.rows().stream()
                    .filter(r -> r.row().equals(row.row()))
                    .findFirst()
                    .ifPresent(paper -> {
                        List<SettingChange> list = new ArrayList<>();
                        compare("task", paper.task(), row.task(), list);
                        compare("learner", paper.learner(), row.learner(), list);
                        if (!list.isEmpty()) {
                            changes.put(row.row(), list);
                        }
                    });
        }
        return new ExperimentSpec(
                spec.name(),
                spec.table(),
                spec.title(),
                spec.profile(),
                spec.seed(),
                spec.source(),
                spec.rows(),
                overrides.stream().map(ConfigOverride::text).toList(),
                changes);
    }

    private static void compare(String prefix, PluginSpec paper, PluginSpec run, List<SettingChange> out) {
        Map<String, Object> a = paper.asMap();
        Map<String, Object> b = run.asMap();
        Set<String> keys = new LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        for (String key : keys) {
            if (!Objects.equals(a.get(key), b.get(key))) {
                out.add(new SettingChange(prefix + "." + key, a.get(key), b.get(key)));
            }
        }
    }

    private ExperimentSpec parseOnly(ConfigNode root, String file, String profile, List<ConfigOverride> overrides) {
        if (!root.isMap()) {
            throw ConfigException.at(
                    root.origin(), "an experiment file must be a mapping of keys, got " + root.describe());
        }
        checkKeys(root, TOP_KEYS, "experiment file");
        ConfigNode applied = applyOverrides(applyProfile(root, file, profile), overrides);
        String name = safeName(applied, "experiment");
        ConfigNode tableNode = applied.get("table");
        String table = tableNode == null || tableNode.isScalar() && tableNode.scalar() == null
                ? null
                : requiredScalar(applied, "table");
        String title = applied.get("title") == null ? name : requiredScalar(applied, "title");
        long seed = integer(applied, "seed", Long.MIN_VALUE);
        ConfigNode variants = applied.get("variants");
        if (variants == null || !variants.isList() || variants.items().isEmpty()) {
            throw ConfigException.at(
                    variants == null ? applied.origin() : variants.origin(),
                    "key 'variants' must be a non-empty list of learner variants");
        }
        List<RowSpec> rows = new ArrayList<>();
        Set<String> variantNames = new HashSet<>();
        Set<String> allNames = declaredNames(variants);
        for (ConfigNode variant : variants.items()) {
            if (!variant.isMap()) {
                throw ConfigException.at(variant.origin(), "each variant must be a mapping, got " + variant.describe());
            }
            checkKeys(variant, VARIANT_KEYS, "variant");
            String variantName = safeName(variant, "name");
            if (!variantNames.add(variantName)) {
                throw ConfigException.at(variant.get("name").origin(), "duplicate variant name '" + variantName + "'");
            }
            if (variant.get("skip") != null && Boolean.TRUE.equals(bool(variant, "skip"))) {
                continue;
            }
            String seedsOf = seedsOf(variant, variantName, allNames);
            rows.addAll(expandVariant(applied, variant, name, table, seed, variantName, seedsOf));
        }
        if (rows.isEmpty()) {
            throw ConfigException.at(variants.origin(), "profile '" + profile + "' skips every variant");
        }
        long trials = rows.stream().mapToLong(RowSpec::trials).sum();
        if (trials > MAX_TRIALS) {
            throw ConfigException.at(
                    variants.origin(),
                    "the experiment plans " + String.format("%,d", trials)
                            + " trials over " + rows.size() + " rows; at most " + String.format("%,d", MAX_TRIALS)
                            + " (split it into several experiments)");
        }
        return new ExperimentSpec(name, table, title, profile, seed, file, rows);
    }

    private ConfigNode applyProfile(ConfigNode root, String file, String profile) {
        ConfigNode profiles = root.get("profiles");
        Set<String> known = new TreeSet<>();
        known.add(PAPER);
        if (profiles != null) {
            if (!profiles.isMap()) {
                throw ConfigException.at(profiles.origin(), "key 'profiles' must be a mapping of profile names");
            }
            known.addAll(profiles.entries().keySet());
            // Every profile is checked, not only the one applied: a typo must not wait for its profile's run.
            for (Map.Entry<String, ConfigNode> p : profiles.entries().entrySet()) {
                ConfigNode body = p.getValue();
                if (body.isMap()) {
                    checkKeys(body, PROFILE_KEYS, "profile '" + p.getKey() + "'");
                    if (body.get("variants") != null) {
                        overrideVariants(root.get("variants"), body.get("variants"), p.getKey());
                    }
                } else if (!(body.isScalar() && body.scalar() == null)) {
                    throw ConfigException.at(
                            body.origin(), "profile '" + p.getKey() + "' must be a mapping of overrides");
                }
            }
        }
        if (!known.contains(profile)) {
            throw ConfigException.at(
                    profiles == null ? Origin.of(file) : profiles.origin(),
                    "unknown profile '" + profile + "'" + Suggestions.didYouMean(profile, known) + "; known: "
                            + String.join(", ", known));
        }
        ConfigNode override = profiles == null ? null : profiles.get(profile);
        ConfigNode out = root.without("profiles");
        if (override == null || override.isScalar() && override.scalar() == null) {
            return out;
        }
        if (!override.isMap()) {
            throw ConfigException.at(override.origin(), "profile '" + profile + "' must be a mapping of overrides");
        }
        checkKeys(override, PROFILE_KEYS, "profile '" + profile + "'");
        for (Map.Entry<String, ConfigNode> e : override.entries().entrySet()) {
            if (e.getKey().equals("variants")) {
                out = out.with("variants", overrideVariants(out.get("variants"), e.getValue(), profile));
            } else if (!e.getKey().equals("description")) {
                out = out.with(e.getKey(), ConfigNode.merge(out.get(e.getKey()), e.getValue()));
            }
        }
        return out;
    }

    /** Lays each {@code --set} over the file (after its profile), in order. */
    private static ConfigNode applyOverrides(ConfigNode root, List<ConfigOverride> overrides) {
        ConfigNode out = root;
        for (ConfigOverride o : overrides) {
            String[] parts = o.path().split("\\.", 2);
            String top = parts[0];
            List<String> settable = TOP_KEYS.subList(0, TOP_KEYS.size() - 1);
            if (!settable.contains(top)) {
                throw ConfigException.at(
                        o.value().origin(),
                        "unknown key '" + top + "'" + Suggestions.didYouMean(top, settable) + "; valid keys: "
                                + String.join(", ", settable));
            }
            if (top.equals("variants")) {
                if (parts.length == 1) {
                    throw ConfigException.at(o.value().origin(), "name a variant: --set variants.<name>.<key>=...");
                }
                out = out.with("variants", setInVariant(out.get("variants"), parts[1], o));
            } else {
                out = parts.length == 1
                        ? out.with(top, o.value())
                        : out.with(top, setIn(out.get(top), parts[1], o, top));
            }
        }
        return out;
    }

    private static ConfigNode setInVariant(ConfigNode variants, String path, ConfigOverride o) {
        if (variants == null || !variants.isList()) {
            throw ConfigException.at(o.value().origin(), "the file has no list of variants");
        }
        List<String> names = new ArrayList<>();
        String match = null;
        for (ConfigNode v : variants.items()) {
            ConfigNode n = v.isMap() ? v.get("name") : null;
            String name = n == null ? "" : String.valueOf(n.scalar());
            names.add(name);
            if ((path.equals(name) || path.startsWith(name + "."))
                    && (match == null || name.length() > match.length())) {
                match = name;
            }
        }
        if (match == null || path.equals(match)) {
            String given = match != null ? match : path.split("\\.", 2)[0];
            throw ConfigException.at(
                    o.value().origin(),
                    match == null
                            ? "unknown variant '" + given + "'" + Suggestions.didYouMean(given, names) + "; known: "
                                    + String.join(", ", names)
                            : "name a key of variant '" + match + "': --set variants." + match + ".<key>=...");
        }
        String rest = path.substring(match.length() + 1);
        List<ConfigNode> items = new ArrayList<>();
        for (int i = 0; i < variants.items().size(); i++) {
            ConfigNode v = variants.items().get(i);
            items.add(names.get(i).equals(match) ? setIn(v, rest, o, "variants." + match) : v);
        }
        return ConfigNode.list(variants.origin(), items);
    }

    /** {@code node} with {@code path} (dotted; under {@code grid}, the rest is one axis) set to the value. */
    private static ConfigNode setIn(ConfigNode node, String path, ConfigOverride o, String where) {
        if (node != null && !node.isMap()) {
            throw ConfigException.at(
                    o.value().origin(),
                    "'" + where + "' is " + node.describe() + ", not a mapping: cannot set '" + path + "' in it");
        }
        ConfigNode map = node != null ? node : ConfigNode.map(o.value().origin(), Map.of());
        String[] parts = where.endsWith("grid") ? new String[] {path} : path.split("\\.", 2);
        if (parts.length == 1) {
            return map.with(parts[0], o.value());
        }
        return map.with(parts[0], setIn(map.get(parts[0]), parts[1], o, where + "." + parts[0]));
    }

    private static ConfigNode overrideVariants(ConfigNode variants, ConfigNode overrides, String profile) {
        if (!overrides.isMap()) {
            throw ConfigException.at(
                    overrides.origin(),
                    "key 'variants' of profile '" + profile + "' must map variant names to overrides");
        }
        if (variants == null || !variants.isList()) {
            throw ConfigException.at(
                    overrides.origin(),
                    "profile '" + profile + "' overrides variants, but the file has no list of variants");
        }
        Map<String, ConfigNode> byName = new LinkedHashMap<>();
        for (ConfigNode v : variants.items()) {
            ConfigNode n = v.isMap() ? v.get("name") : null;
            byName.put(n == null ? "" : String.valueOf(n.scalar()), v);
        }
        for (Map.Entry<String, ConfigNode> e : overrides.entries().entrySet()) {
            if (!byName.containsKey(e.getKey())) {
                throw ConfigException.at(
                        e.getValue().origin(),
                        "unknown variant '" + e.getKey() + "' in profile '"
                                + profile + "'" + Suggestions.didYouMean(e.getKey(), byName.keySet()) + "; known: "
                                + String.join(", ", byName.keySet()));
            }
            if (!e.getValue().isMap()) {
                throw ConfigException.at(
                        e.getValue().origin(), "the override of variant '" + e.getKey() + "' must be a mapping");
            }
            checkKeys(e.getValue(), VARIANT_KEYS.subList(1, VARIANT_KEYS.size()), "variant override");
            byName.put(e.getKey(), ConfigNode.merge(byName.get(e.getKey()), e.getValue()));
        }
        return ConfigNode.list(variants.origin(), new ArrayList<>(byName.values()));
    }

    /** The names of every variant in the file (skipped ones included), for {@code seedsOf}. */
    private static Set<String> declaredNames(ConfigNode variants) {
        Set<String> names = new HashSet<>();
        for (ConfigNode v : variants.items()) {
            ConfigNode n = v.isMap() ? v.get("name") : null;
            if (n != null && n.isScalar() && n.scalar() != null) {
                names.add(String.valueOf(n.scalar()));
            }
        }
        return names;
    }

    /**
     * The variant whose trial seeds this variant's rows use ({@code seedsOf: lstm}): its row of the same grid
     * label ({@code lstm@T=100} for {@code forget@T=100}) gives the seed of each trial index, so both see the
     * same training sequences and test sets. Null when absent (the row's own name, as for every paper row).
     */
    private static String seedsOf(ConfigNode variant, String variantName, Set<String> declared) {
        ConfigNode node = variant.get("seedsOf");
        if (node == null) {
            return null;
        }
        if (!node.isScalar() || !(node.scalar() instanceof String other)) {
            throw ConfigException.at(node.origin(), "key 'seedsOf' must name another variant, got " + node.describe());
        }
        if (other.equals(variantName)) {
            throw ConfigException.at(
                    node.origin(), "key 'seedsOf' of variant '" + variantName + "' names the variant itself");
        }
        if (!declared.contains(other)) {
            throw ConfigException.at(
                    node.origin(),
                    "key 'seedsOf': unknown variant '" + other + "'; known: "
                            + String.join(", ", new TreeSet<>(declared)));
        }
        return other;
    }

    private List<RowSpec> expandVariant(
            ConfigNode top,
            ConfigNode variant,
            String experiment,
            String table,
            long seed,
            String variantName,
            String seedsOf) {
        ConfigNode task = ConfigNode.merge(top.get("task"), variant.get("task"));
        ConfigNode learner = variant.get("learner");
        ConfigNode stop = variant.get("stop") != null ? variant.get("stop") : top.get("stop");
        ConfigNode evaluation = variant.get("evaluation") != null ? variant.get("evaluation") : top.get("evaluation");
        ConfigNode trialsOwner = variant.get("trials") != null ? variant : top;
        long trialCount = integer(trialsOwner, "trials", 1);
        if (trialCount > MAX_TRIALS) {
            throw ConfigException.at(
                    trialsOwner.get("trials").origin(),
                    "key 'trials' must be <= " + MAX_TRIALS + " (the most trials an experiment may plan), got "
                            + trialCount);
        }
        int trials = (int) trialCount;
        long budget = integer(variant.get("budget") != null ? variant : top, "budget", 1);
        requireMap(task, "task", variant);
        requireMap(learner, "learner", variant);
        requireMap(stop, "stop", variant);
        EvaluationSpec eval = evaluation(evaluation);

        List<Map<String, ConfigNode>> combos = gridCombos(variant.get("grid"));
        Set<String> gridLabels = new LinkedHashSet<>();
        combos.forEach(combo -> gridLabels.add(gridLabel(combo)));
        List<RowSpec> rows = new ArrayList<>();
        for (Map<String, ConfigNode> combo : combos) {
            ConfigNode rowTask = task;
            ConfigNode rowLearner = learner;
            ConfigNode rowStop = stop;
            String label = gridLabel(combo);
            for (Map.Entry<String, ConfigNode> axis : combo.entrySet()) {
                String[] path = axis.getKey().split("\\.", 2);
                switch (path[0]) {
                    case "task" -> rowTask = rowTask.with(path[1], axis.getValue());
                    case "stop" -> rowStop = rowStop.with(path[1], axis.getValue());
                    default -> rowLearner = rowLearner.with(path[1], axis.getValue());
                }
            }
            String rowName = combo.isEmpty() ? variantName : variantName + "@" + label;
            PluginSpec taskSpec = validate(Kind.TASK, rowTask);
            PluginSpec learnerSpec = validate(Kind.LEARNER, rowLearner);
            PluginSpec stopSpec = validate(Kind.STOP_RULE, rowStop);
            for (int i = 0; i < eval.metrics().size(); i++) {
                registry.metric(
                        eval.metrics().get(i),
                        evaluation.get("metrics").items().get(i).origin());
            }
            String rowLabel = combo.isEmpty() ? null : label;
            Map<String, Object> paper = PaperSection.paper(variant.get("paper"), rowLabel, gridLabels);
            List<Map<String, Object>> references =
                    PaperSection.references(variant.get("references"), rowLabel, gridLabels);
            String seedRow = seedsOf == null ? null : combo.isEmpty() ? seedsOf : seedsOf + "@" + label;
            String hash =
                    ConfigHash.of(experiment, rowName, seedRow, seed, budget, taskSpec, learnerSpec, stopSpec, eval);
            rows.add(new RowSpec(
                    experiment,
                    table,
                    rowName,
                    variantName,
                    trials,
                    budget,
                    seed,
                    taskSpec,
                    learnerSpec,
                    stopSpec,
                    eval,
                    paper,
                    hash,
                    references,
                    seedRow));
        }
        return rows;
    }

    private PluginSpec validate(Kind kind, ConfigNode node) {
        ConfigNode typeNode = node.get("type");
        if (typeNode == null || !typeNode.isScalar() || !(typeNode.scalar() instanceof String type)) {
            throw ConfigException.at(
                    typeNode == null ? node.origin() : typeNode.origin(),
                    "missing key 'type' for the " + kind.label() + "; known: " + known(kind));
        }
        PluginFactory<?, ?> factory = registry.factory(kind, type, typeNode.origin());
        ConfigNode params = node.without("type");
        @SuppressWarnings("unchecked")
        Map<String, Object> plain = (Map<String, Object>) params.toPlain();
        Record bound = factory.bind(
                plain, key -> key == null ? node.origin() : params.get(key).origin());
        return new PluginSpec(type, ParamBinder.unbind(bound), ParamBinder.atDefault(bound));
    }

    private String known(Kind kind) {
        return String.join(
                ", ", registry.all(kind).stream().map(PluginFactory::type).toList());
    }

    private EvaluationSpec evaluation(ConfigNode node) {
        if (node == null) {
            return EvaluationSpec.NONE;
        }
        if (!node.isMap()) {
            throw ConfigException.at(node.origin(), "key 'evaluation' must be a mapping with testSize and metrics");
        }
        checkKeys(node, EVALUATION_KEYS, "evaluation");
        int testSize = node.get("testSize") == null ? 0 : (int) integer(node, "testSize", 0);
        List<String> metrics = new ArrayList<>();
        ConfigNode list = node.get("metrics");
        if (list != null) {
            if (!list.isList()) {
                throw ConfigException.at(list.origin(), "key 'metrics' must be a list of metric names");
            }
            for (ConfigNode m : list.items()) {
                if (!(m.scalar() instanceof String s)) {
                    throw ConfigException.at(m.origin(), "key 'metrics' must list metric names, got " + m.describe());
                }
                metrics.add(s);
            }
        }
        return new EvaluationSpec(testSize, metrics);
    }

    /** The row label of one grid combination: "T=100" or "T=100,p=50"; empty without axes. */
    private static String gridLabel(Map<String, ConfigNode> combo) {
        StringBuilder label = new StringBuilder();
        for (Map.Entry<String, ConfigNode> axis : combo.entrySet()) {
            label.append(label.length() == 0 ? "" : ",")
                    .append(axis.getKey().split("\\.", 2)[1])
                    .append('=')
                    .append(axis.getValue().toPlain());
        }
        return label.toString();
    }

    private static List<Map<String, ConfigNode>> gridCombos(ConfigNode grid) {
        List<Map<String, ConfigNode>> combos = new ArrayList<>();
        combos.add(new LinkedHashMap<>());
        if (grid == null) {
            return combos;
        }
        if (!grid.isMap() || grid.entries().isEmpty()) {
            throw ConfigException.at(grid.origin(), "key 'grid' must map axes such as task.T to lists of values");
        }
        long size = 1;
        for (ConfigNode values : grid.entries().values()) {
            size *= values.isList() ? Math.max(1, values.items().size()) : 1;
            if (size > MAX_ROWS) {
                throw ConfigException.at(
                        grid.origin(),
                        "the grid expands to more than " + String.format("%,d", MAX_ROWS) + " rows; at most "
                                + String.format("%,d", MAX_ROWS) + " per experiment");
            }
        }
        for (Map.Entry<String, ConfigNode> axis : grid.entries().entrySet()) {
            String key = axis.getKey();
            if (!key.matches("(task|learner|stop)\\.[A-Za-z][A-Za-z0-9_]*")) {
                throw ConfigException.at(
                        axis.getValue().origin(),
                        "grid axis '" + key + "' must be task.<parameter>, learner.<parameter> or stop.<parameter>");
            }
            ConfigNode values = axis.getValue();
            if (!values.isList() || values.items().isEmpty()) {
                throw ConfigException.at(values.origin(), "grid axis '" + key + "' must be a non-empty list");
            }
            List<Map<String, ConfigNode>> next = new ArrayList<>();
            for (Map<String, ConfigNode> combo : combos) {
                for (ConfigNode value : values.items()) {
                    Map<String, ConfigNode> extended = new LinkedHashMap<>(combo);
                    extended.put(key, value);
                    next.add(extended);
                }
            }
            combos = next;
        }
        return combos;
    }

    private static void requireMap(ConfigNode node, String key, ConfigNode where) {
        if (node == null) {
            throw ConfigException.at(where.origin(), "missing key '" + key + "'");
        }
        if (!node.isMap()) {
            throw ConfigException.at(
                    node.origin(), "key '" + key + "' must be a mapping with a type, got " + node.describe());
        }
    }

    private static void checkKeys(ConfigNode map, List<String> valid, String what) {
        for (Map.Entry<String, ConfigNode> e : map.entries().entrySet()) {
            if (!valid.contains(e.getKey())) {
                throw ConfigException.at(
                        e.getValue().origin(),
                        "unknown key '" + e.getKey() + "' in " + what + Suggestions.didYouMean(e.getKey(), valid)
                                + "; valid keys: " + String.join(", ", valid));
            }
        }
    }

    private static String safeName(ConfigNode map, String key) {
        String value = requiredScalar(map, key);
        if (!SAFE_NAME.matcher(value).matches()) {
            throw ConfigException.at(
                    map.get(key).origin(),
                    "key '" + key + "' must be a simple name (letters, " + "digits, '.', '_', '-'; at most 100), got '"
                            + value + "'");
        }
        return value;
    }

    private static String requiredScalar(ConfigNode map, String key) {
        ConfigNode node = map.get(key);
        if (node == null) {
            throw ConfigException.at(map.origin(), "missing key '" + key + "'");
        }
        if (!node.isScalar() || node.scalar() == null) {
            throw ConfigException.at(
                    node.origin(), "key '" + key + "' must be a name or number, got " + node.describe());
        }
        return String.valueOf(node.scalar());
    }

    private static long integer(ConfigNode map, String key, long min) {
        ConfigNode node = map.get(key);
        if (node == null) {
            throw ConfigException.at(map.origin(), "missing key '" + key + "'");
        }
        if (!(node.scalar() instanceof Long value)) {
            throw ConfigException.at(node.origin(), "key '" + key + "' must be an integer, got " + node.describe());
        }
        if (value < min) {
            throw ConfigException.at(node.origin(), "key '" + key + "' must be >= " + min + ", got " + value);
        }
        return value;
    }

    private static Boolean bool(ConfigNode map, String key) {
        ConfigNode node = map.get(key);
        if (!(node.scalar() instanceof Boolean value)) {
            throw ConfigException.at(node.origin(), "key '" + key + "' must be true or false, got " + node.describe());
        }
        return value;
    }
}
