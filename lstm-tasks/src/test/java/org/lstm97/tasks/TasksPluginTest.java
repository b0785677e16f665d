package org.lstm97.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lstm97.core.api.SequenceTask;
import org.lstm97.core.config.ConfigException;
import org.lstm97.core.plugin.Kind;
import org.lstm97.core.plugin.PluginFactory;
import org.lstm97.core.plugin.Plugins;
import org.lstm97.core.plugin.Registry;
import org.lstm97.core.plugin.TaskFactory;

class TasksPluginTest {
    private static final Registry REGISTRY = Plugins.registry(List.of(new TasksPlugin()));

    @Test
    void registersTheEightTaskTypes() {
        assertThat(types())
                .containsExactlyInAnyOrder(
                        "reber",
                        "embedded-reber",
                        "long-lag",
                        "very-long-lag",
                        "two-sequence",
                        "adding",
                        "multiplication",
                        "temporal-order");
    }

    @Test
    void registeredTypesMatchTheGoldenFile() throws IOException {
        String golden;
        try (InputStream in = TasksPluginTest.class.getResourceAsStream("/registered-tasks.txt")) {
            assertThat(in).as("registered-tasks.txt on the test class path").isNotNull();
            golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> expected = golden.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
        assertThat(types()).isEqualTo(expected);
    }

    @Test
    void serviceLoaderFindsThePlugin() {
        assertThat(Plugins.discover()).anyMatch(module -> module instanceof TasksPlugin);
    }

    @Test
    void everyTypeBuildsFromDefaultsAlone() {
        for (String type : types()) {
            TaskFactory<?> factory = REGISTRY.task(type, null);
            SequenceTask task = factory.createFrom(Map.of(), new TestContext(1, 0));
            assertThat(task.inputSize()).as(type).isPositive();
            assertThat(task.outputSize()).as(type).isPositive();
        }
    }

    static Stream<Arguments> badParameters() {
        return Stream.of(
                Arguments.of("long-lag", Map.of("p", 1), "p"),
                Arguments.of("long-lag", Map.of("variant", "2d"), "variant"),
                Arguments.of("very-long-lag", Map.of("p", 0), "p"),
                Arguments.of("very-long-lag", Map.of("q", -1), "q"),
                Arguments.of("very-long-lag", Map.of("lengthReading", "paper"), "lengthReading"),
                Arguments.of("two-sequence", Map.of("N", 0), "N"),
                Arguments.of("two-sequence", Map.of("T", 3, "N", 3), "T"),
                Arguments.of("two-sequence", Map.of("variant", "3d"), "variant"),
                Arguments.of("adding", Map.of("T", 10), "T"),
                Arguments.of("adding", Map.of("threshold", 0.0), "threshold"),
                Arguments.of("adding", Map.of("firstPairMarker", 0.5), "firstPairMarker"),
                Arguments.of("multiplication", Map.of("T", 5), "T"),
                Arguments.of("temporal-order", Map.of("variant", "6c"), "variant"),
                Arguments.of("embedded-reber", Map.of("pairs", 0), "pairs"),
                Arguments.of("embedded-reber", Map.of("targets", "one-hot"), "targets"),
                Arguments.of("reber", Map.of("size", 3), "size"));
    }

    @ParameterizedTest
    @MethodSource("badParameters")
    void badParametersAreRejectedNamingTheKey(String type, Map<String, Object> values, String key) {
        TaskFactory<?> factory = REGISTRY.task(type, null);
        assertThatThrownBy(() -> factory.bind(values, k -> null))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'" + key + "'");
    }

    private static List<String> types() {
        return REGISTRY.all(Kind.TASK).stream().map(PluginFactory::type).toList();
    }
}
