package org.lstm97.core.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lstm97.core.api.Evaluation;
import org.lstm97.core.api.Metric;
import org.lstm97.core.config.Origin;
import org.lstm97.core.plugin.Plugins;
import org.lstm97.core.plugin.Registry;
import org.lstm97.core.stop.CorePlugins;
import org.lstm97.core.stop.TestBuildContext;

class CoreMetricsTest {
    private static final Registry REGISTRY = Plugins.registry(List.of(new CorePlugins()));
    /** Table 8 style: 14 wrong of 2560, every field distinct. */
    private static final Evaluation TEST = new Evaluation(2560, 14, 0.012, 0.31, 0.0139, 0.011);

    @ParameterizedTest
    @CsvSource({
        "wrong, 14",
        "wrong-fraction, 0.00546875",
        "mse, 0.0139",
        "mean-abs-error, 0.012",
        "max-abs-error, 0.31",
        "clean-diff, 0.011"
    })
    void eachMetricReadsItsFieldOfTheEvaluation(String type, double expected) {
        Metric metric = (Metric) REGISTRY.metric(type, Origin.of("test")).createFrom(Map.of(), new TestBuildContext());

        assertThat(metric.measure(TEST)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"wrong, 0", "wrong-fraction, 0"})
    void anEmptyEvaluationHasNothingWrong(String type, double expected) {
        Metric metric = (Metric) REGISTRY.metric(type, Origin.of("test")).createFrom(Map.of(), new TestBuildContext());

        assertThat(metric.measure(new Evaluation(0, 0, 0, 0, 0, 0))).isEqualTo(expected);
    }
}
