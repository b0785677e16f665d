package org.lstm97.tasks.order;

import java.util.List;
import org.lstm97.core.plugin.YamlNamed;

/** Exp. 6a or 6b: where the relevant X/Y symbols may appear and the class names; YAML {@code 6a} / {@code 6b}. */
public enum TemporalOrderVariant implements YamlNamed {
    /** t_1 in [10, 20], t_2 in [50, 60]; classes XX→Q, XY→R, YX→S, YY→U. */
    TWO_SYMBOLS("6a", new int[][] {{10, 20}, {50, 60}}, List.of("Q", "R", "S", "U")),
    /** t_1 in [10, 20], t_2 in [33, 43], t_3 in [66, 76]; classes XXX→Q … YYY→C. */
    THREE_SYMBOLS("6b", new int[][] {{10, 20}, {33, 43}, {66, 76}}, List.of("Q", "R", "S", "U", "V", "A", "B", "C"));

    private final String yamlName;
    private final int[][] positions;
    private final List<String> classes;

    TemporalOrderVariant(String yamlName, int[][] positions, List<String> classes) {
        this.yamlName = yamlName;
        this.positions = positions;
        this.classes = classes;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }

    /** Number of relevant positions (2 or 3). */
    public int relevantCount() {
        return positions.length;
    }

    /** Lowest 1-based position of relevant symbol {@code i}. */
    public int earliest(int i) {
        return positions[i][0];
    }

    /** Highest 1-based position of relevant symbol {@code i} (inclusive). */
    public int latest(int i) {
        return positions[i][1];
    }

    /**
     * Class names in output-unit order; class index = the relevant symbols read as a binary number, X = 0,
     * Y = 1, first symbol most significant.
     */
    public List<String> classes() {
        return classes;
    }
}
