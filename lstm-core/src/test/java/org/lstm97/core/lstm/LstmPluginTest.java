package org.lstm97.core.lstm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lstm97.core.config.ConfigException;
import org.lstm97.core.plugin.LearnerFactory;
import org.lstm97.core.plugin.ParamBinder;
import org.lstm97.core.plugin.ParamException;
import org.lstm97.core.plugin.Plugins;
import org.lstm97.core.plugin.Registry;

/** Registration of {@code lstm1997} and binding of its parameters. */
class LstmPluginTest {

    @Test
    void theRegistryKnowsLstm1997() {
        Registry registry = Plugins.registry(List.of(new LstmPlugin()));
        LearnerFactory<?> factory = registry.learner("lstm1997", null);
        assertThat(factory).isInstanceOf(Lstm1997Factory.class);
        assertThat(factory.parameters()).isEqualTo(LstmParams.class);
    }

    @Test
    void defaultsBindFromTheAnnotations() {
        LstmParams p = new Lstm1997Factory()
                .bind(Map.of("blocks", 2, "blockSize", 2, "learningRate", 0.5), ParamBinder.Locator.NONE);
        assertThat(p).isEqualTo(LstmParams.of(2, 2, 0.5));
    }

    @Test
    void aTable10RowBindsFromYamlValues() {
        Map<String, Object> yaml = new HashMap<>();
        yaml.put("blocks", 1);
        yaml.put("blockSize", 1);
        yaml.put("learningRate", 1.0);
        yaml.put("initRange", 0.2);
        yaml.put("connectivity", "B");
        yaml.put("bias", "none");
        yaml.put("outputGates", false);
        yaml.put("g", "logistic");
        yaml.put("h", "identity");
        yaml.put("update", "per-step");
        yaml.put("sequentialConstruction", true);
        LstmParams p = new Lstm1997Factory().bind(yaml, ParamBinder.Locator.NONE);
        assertThat(p.connectivity()).isEqualTo(Connectivity.B);
        assertThat(p.h()).isEqualTo(Squash.IDENTITY);
        assertThat(p.update()).isEqualTo(UpdateTiming.PER_STEP);
        assertThat(new Lstm1997Learner(p)
                        .createNetwork(101, 101, new java.util.SplittableRandom(1))
                        .weightCount())
                .isEqualTo(10504);
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of("blocks", 0),
                Arguments.of("blockSize", -1),
                Arguments.of("learningRate", 0.0),
                Arguments.of("initRange", -0.1),
                Arguments.of("inputGateBias", List.of(-1.0)),
                Arguments.of("outputGateBias", List.of(-1.0, -2.0, -3.0)),
                Arguments.of("hiddenUnits", -2),
                Arguments.of("initialActivation", 1.5),
                Arguments.of("constructionWindow", 0),
                Arguments.of("constructionMinDecrease", 2.0));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badValues")
    void badValuesNameTheirKey(String key, Object value) {
        Map<String, Object> yaml = new HashMap<>(Map.of("blocks", 2, "blockSize", 2, "learningRate", 0.5));
        yaml.put(key, value);
        assertThatThrownBy(() -> new Lstm1997Factory().bind(yaml, ParamBinder.Locator.NONE))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("key '" + key + "'");
    }

    @Test
    void theRecordThrowsParamExceptionWithTheKey() {
        TestNets.P p = new TestNets.P(2, 2, 0.5);
        p.gradient = GradientMode.FULL;
        p.update = UpdateTiming.PER_STEP;
        assertThatThrownBy(p::build)
                .isInstanceOf(ParamException.class)
                .extracting(e -> ((ParamException) e).key())
                .isEqualTo("gradient");
        TestNets.P q = new TestNets.P(2, 2, 0.5);
        q.bias = BiasUnits.NONE;
        q.inputGateBias = List.of(-1.0, -2.0);
        assertThatThrownBy(q::build)
                .isInstanceOf(ParamException.class)
                .extracting(e -> ((ParamException) e).key())
                .isEqualTo("inputGateBias");
    }

    @Test
    void unknownEnumNamesListTheChoices() {
        Map<String, Object> yaml = new HashMap<>(Map.of("blocks", 2, "blockSize", 2, "learningRate", 0.5));
        yaml.put("g", "tanh");
        assertThatThrownBy(() -> new Lstm1997Factory().bind(yaml, ParamBinder.Locator.NONE))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("key 'g'")
                .hasMessageContaining("symmetric-2");
    }
}
