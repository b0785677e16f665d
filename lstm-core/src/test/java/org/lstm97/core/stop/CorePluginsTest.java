package org.lstm97.core.stop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lstm97.core.api.StopRule;
import org.lstm97.core.config.ConfigException;
import org.lstm97.core.config.Origin;
import org.lstm97.core.plugin.Kind;
import org.lstm97.core.plugin.ParamBinder;
import org.lstm97.core.plugin.PluginFactory;
import org.lstm97.core.plugin.Plugins;
import org.lstm97.core.plugin.Registry;

class CorePluginsTest {
    private static final Registry REGISTRY = Plugins.registry(List.of(new CorePlugins()));

    @Test
    void registersExactlyTheTypesOfTheGoldenFile() throws IOException {
        List<String> registered = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            for (PluginFactory<?, ?> factory : REGISTRY.all(kind)) {
                registered.add(kind.label() + ": " + factory.type());
            }
        }
        try (InputStream in = getClass().getResourceAsStream("/registered-core-plugins.txt")) {
            List<String> golden = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
            assertThat(registered).containsExactlyElementsOf(golden);
        }
    }

    @Test
    void theServiceLoaderFindsCorePlugins() {
        assertThat(Plugins.discover()).anySatisfy(m -> assertThat(m).isInstanceOf(CorePlugins.class));
    }

    static List<Arguments> minimalStopRules() {
        return List.of(
                Arguments.of("all-correct", Map.of(), AllCorrectStopRule.class),
                Arguments.of("abs-streak", Map.of(), AbsStreakStopRule.class),
                Arguments.of("abs-streak", Map.of("mode", "frozen-test"), AbsFrozenTestStopRule.class),
                Arguments.of("st1-st2", Map.of("beta", 0.01), St1St2StopRule.class),
                Arguments.of("st3", Map.of("beta", 0.01), St3StopRule.class),
                Arguments.of("nseq", Map.of("n", 140), NseqStopRule.class));
    }

    @ParameterizedTest
    @MethodSource("minimalStopRules")
    void eachStopRuleBuildsFromItsRequiredKeysAlone(String type, Map<String, ?> values, Class<?> expected) {
        StopRule rule =
                (StopRule) REGISTRY.stopRule(type, Origin.of("test")).createFrom(values, new TestBuildContext());

        assertThat(rule).isInstanceOf(expected);
    }

    @Test
    void theDefaultsAreThePapersValues() {
        assertThat(REGISTRY.stopRule("abs-streak", Origin.of("t")).bind(Map.of(), ParamBinder.Locator.NONE))
                .isEqualTo(new AbsStreakParams(
                        10_000,
                        AbsStreakParams.Measure.CORRECT,
                        null,
                        AbsStreakParams.Report.STREAK_START,
                        AbsStreakParams.Mode.STREAM,
                        1000));
        assertThat(REGISTRY.stopRule("st1-st2", Origin.of("t")).bind(Map.of("beta", 0.04), ParamBinder.Locator.NONE))
                .isEqualTo(new St1St2Params(100, 256, 0, 0.04, St1St2Params.Error.ABS));
        assertThat(REGISTRY.stopRule("st3", Origin.of("t")).bind(Map.of("beta", 0.1), ParamBinder.Locator.NONE))
                .isEqualTo(new St3Params(2000, 0.1, St3Params.Error.MEAN_ABS, 1));
        assertThat(REGISTRY.stopRule("nseq", Origin.of("t")).bind(Map.of("n", 13), ParamBinder.Locator.NONE))
                .isEqualTo(new NseqParams(13, 2000, 0.04, 1));
        assertThat(REGISTRY.stopRule("all-correct", Origin.of("t")).bind(Map.of(), ParamBinder.Locator.NONE))
                .isEqualTo(new AllCorrectParams(100, 256));
    }

    @Test
    void enumValuesBindFromTheirYamlNames() {
        Object params = REGISTRY.stopRule("abs-streak", Origin.of("t"))
                .bind(
                        Map.of("measure", "end-abs", "beta", 0.2, "report", "streak-end", "mode", "frozen-test"),
                        ParamBinder.Locator.NONE);
        assertThat(params)
                .isEqualTo(new AbsStreakParams(
                        10_000,
                        AbsStreakParams.Measure.END_ABS,
                        0.2,
                        AbsStreakParams.Report.STREAK_END,
                        AbsStreakParams.Mode.FROZEN_TEST,
                        1000));
        Object st3 = REGISTRY.stopRule("st3", Origin.of("t"))
                .bind(Map.of("beta", 0.1, "error", "half-sse"), ParamBinder.Locator.NONE);
        assertThat(((St3Params) st3).error()).isEqualTo(St3Params.Error.HALF_SSE);
        Object st12 = REGISTRY.stopRule("st1-st2", Origin.of("t"))
                .bind(Map.of("beta", 0.015, "error", "clean"), ParamBinder.Locator.NONE);
        assertThat(((St1St2Params) st12).error()).isEqualTo(St1St2Params.Error.CLEAN);
    }

    static List<Arguments> badParameters() {
        return List.of(
                Arguments.of("all-correct", Map.of("every", 0), "every"),
                Arguments.of("all-correct", Map.of("testSize", 0), "testSize"),
                Arguments.of("abs-streak", Map.of("window", 0), "window"),
                Arguments.of("abs-streak", Map.of("every", -1), "every"),
                Arguments.of("abs-streak", Map.of("measure", "end-abs"), "beta"),
                Arguments.of("abs-streak", Map.of("measure", "end-abs", "beta", 0.0), "beta"),
                Arguments.of("abs-streak", Map.of("beta", 0.25), "beta"),
                Arguments.of("st1-st2", Map.of("beta", 0.01, "every", 0), "every"),
                Arguments.of("st1-st2", Map.of("beta", 0.01, "testSize", 0), "testSize"),
                Arguments.of("st1-st2", Map.of("beta", 0.01, "maxWrong", -1), "maxWrong"),
                Arguments.of("st1-st2", Map.of("beta", 0.01, "maxWrong", 256), "maxWrong"),
                Arguments.of("st1-st2", Map.of("beta", 0.0), "beta"),
                Arguments.of("st3", Map.of("beta", 0.01, "window", 0), "window"),
                Arguments.of("st3", Map.of("beta", -0.01), "beta"),
                Arguments.of("st3", Map.of("beta", 0.01, "every", 0), "every"),
                Arguments.of("nseq", Map.of("n", 140, "window", 0), "window"),
                Arguments.of("nseq", Map.of("n", 0), "n"),
                Arguments.of("nseq", Map.of("n", 2001), "n"),
                Arguments.of("nseq", Map.of("n", 13, "threshold", 0.0), "threshold"),
                Arguments.of("nseq", Map.of("n", 13, "every", 0), "every"));
    }

    @ParameterizedTest
    @MethodSource("badParameters")
    void badValuesAreRejectedNamingTheKey(String type, Map<String, ?> values, String key) {
        assertThatThrownBy(() -> REGISTRY.stopRule(type, Origin.of("t")).bind(values, ParamBinder.Locator.NONE))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("key '" + key + "'")
                .hasMessageContaining("stop rule '" + type + "'");
    }

    @Test
    void aRecordBuiltInCodeThrowsParamExceptionWithTheKey() {
        assertThatThrownBy(() -> new St3Params(0, 0.01, St3Params.Error.MEAN_ABS, 1))
                .isInstanceOfSatisfying(
                        org.lstm97.core.plugin.ParamException.class,
                        e -> assertThat(e.key()).isEqualTo("window"));
    }

    @Test
    void requiredKeysAreRequired() {
        assertThatThrownBy(() -> REGISTRY.stopRule("st3", Origin.of("t")).bind(Map.of(), ParamBinder.Locator.NONE))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("missing key 'beta'");
        assertThatThrownBy(() -> REGISTRY.stopRule("nseq", Origin.of("t")).bind(Map.of(), ParamBinder.Locator.NONE))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("missing key 'n'");
    }
}
