package org.lstm97.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lstm97.core.plugin.Param;
import org.lstm97.core.plugin.ParamBinder;

/** A configuration hash covers what changes results, and a new parameter at its default changes no hash. */
class ConfigHashTest {

    /** A learner's parameters today. */
    record Before(
            @Param(doc = "rate") double learningRate,
            @Param(doc = "range", value = "0.1") double initRange) {}

    /** The same learner after a release added a knob whose default keeps today's behaviour. */
    record After(
            @Param(doc = "rate") double learningRate,
            @Param(doc = "range", value = "0.1") double initRange,
            @Param(doc = "new knob", value = "false") boolean clipping,
            @Param(doc = "new list", value = "null") List<Double> gateBiases) {}

    private static PluginSpec spec(Class<? extends Record> type, Map<String, Object> yaml) {
        Record bound = ParamBinder.bind(type, yaml, ParamBinder.Locator.NONE, "learner 'x'");
        return new PluginSpec("x", ParamBinder.unbind(bound), ParamBinder.atDefault(bound));
    }

    private static String hash(PluginSpec learner) {
        PluginSpec task = new PluginSpec("t", Map.of("T", 100L));
        PluginSpec stop = new PluginSpec("s", Map.of());
        return ConfigHash.of("e", "r", null, 1, 1000, task, learner, stop, new EvaluationSpec(0, List.of()));
    }

    @Test
    void addingAParameterWithADefaultChangesNoHash() {
        for (Map<String, Object> yaml : List.<Map<String, Object>>of(
                Map.of("learningRate", 0.5),
                Map.of("learningRate", 0.5, "initRange", 0.2),
                Map.of("learningRate", 0.5, "initRange", 0.1))) {
            assertThat(hash(spec(After.class, yaml))).as("%s", yaml).isEqualTo(hash(spec(Before.class, yaml)));
        }
    }

    @Test
    void aParameterWrittenAtItsDefaultHashesLikeOneLeftOut() {
        assertThat(hash(spec(Before.class, Map.of("learningRate", 0.5, "initRange", 0.1))))
                .isEqualTo(hash(spec(Before.class, Map.of("learningRate", 0.5))));
    }

    @Test
    void everyValueThatIsNotTheDefaultChangesTheHash() {
        String base = hash(spec(After.class, Map.of("learningRate", 0.5)));
        assertThat(hash(spec(After.class, Map.of("learningRate", 0.4)))).isNotEqualTo(base);
        assertThat(hash(spec(After.class, Map.of("learningRate", 0.5, "initRange", 0.2))))
                .isNotEqualTo(base);
        assertThat(hash(spec(After.class, Map.of("learningRate", 0.5, "clipping", true))))
                .isNotEqualTo(base);
        assertThat(hash(spec(After.class, Map.of("learningRate", 0.5, "gateBiases", List.of(1.0)))))
                .isNotEqualTo(base);
    }

    @Test
    void theResolvedConfigurationStillRecordsEveryParameter() {
        PluginSpec spec = spec(After.class, Map.of("learningRate", 0.5));
        assertThat(spec.params()).containsOnlyKeys("learningRate", "initRange", "clipping", "gateBiases");
        assertThat(spec.atDefault()).containsExactly("initRange", "clipping", "gateBiases");
        assertThat(spec.hashed()).containsOnlyKeys("type", "learningRate");
    }
}
