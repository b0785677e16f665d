package org.lstm97.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class YamlReaderTest {

    @Test
    void keepsLinesOfValues() {
        ConfigNode root = YamlReader.parse("a: 1\nb:\n  c: [1, 2]\n  d: x\n", "f.yaml");
        assertThat(root.get("b").get("d").origin()).isEqualTo(new Origin("f.yaml", 4));
        assertThat(root.get("b").origin().line()).isEqualTo(2);
        assertThat(root.get("a").scalar()).isEqualTo(1L);
        assertThat(root.get("b").get("c").toPlain()).isEqualTo(java.util.List.of(1L, 2L));
    }

    @Test
    void rejectsDuplicateKeys() {
        assertThatThrownBy(() -> YamlReader.parse("a: 1\nb: 2\na: 3\n", "f.yaml"))
                .hasMessage("f.yaml:3: duplicate key 'a'");
    }

    @Test
    void rejectsTags() {
        assertThatThrownBy(() -> YamlReader.parse("a: !!javax.script.ScriptEngineManager [1]\n", "f.yaml"))
                .hasMessageStartingWith("f.yaml:1: YAML tags are not allowed");
    }

    @Test
    void rejectsEmptyFiles() {
        assertThatThrownBy(() -> YamlReader.parse("\n  \n", "f.yaml")).hasMessage("f.yaml: the file is empty");
    }

    @Test
    void rejectsMalformedYamlWithItsLine() {
        assertThatThrownBy(() -> YamlReader.parse("a: 1\nb: [1, 2\nc: 3\n", "f.yaml"))
                .hasMessageStartingWith("f.yaml:")
                .hasMessageContaining("malformed YAML");
    }

    @Test
    void rejectsAliasBombs() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        assertThatThrownBy(() -> YamlReader.parse(yaml.toString(), "f.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("f.yaml");
    }

    @Test
    void rejectsDeepNesting() {
        String yaml = "a: " + "[".repeat(60) + "]".repeat(60) + "\n";
        assertThatThrownBy(() -> YamlReader.parse(yaml, "f.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("f.yaml");
    }

    /** Each scalar reads as SnakeYAML's resolver and safe constructor read it (YAML 1.1), integers as Long. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "0x10      | 16",
                "010       | 8",
                "0b101     | 5",
                "1_000     | 1000",
                "+7        | 7",
                "-12       | -12",
                "1e3       | 1000.0",
                "1.5e-3    | 0.0015",
                "0.35      | 0.35",
                "true      | true",
                "yes       | true",
                "Off       | false",
                "~         | null",
                "null      | null",
                "y         | y",
                "`'0x10'`  | 0x10",
                "`\"010\"` | 010",
                "`'yes'`   | yes",
                "a1        | a1"
            })
    void scalarsReadAsSnakeYamlResolvesThem(String text, String expected) {
        Object value = YamlReader.parse("k: " + text + "\n", "f.yaml").get("k").scalar();
        Object snake = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        Object normalised = snake instanceof Integer i ? Long.valueOf(i) : snake;
        assertThat(value).isEqualTo(normalised);
        assertThat(String.valueOf(value)).isEqualTo(expected);
        assertThat(YamlReader.value(text, "--set k")).isEqualTo(value);
    }

    @Test
    void valuesOfListsAndBlankText() {
        assertThat(YamlReader.value("[0x10, 1e3, yes, ~]", "--set k"))
                .isEqualTo(Arrays.asList(16L, 1000.0, true, null));
        assertThat(YamlReader.value("  ", "--set k")).isNull();
        assertThat(YamlReader.value("{a: 010}", "--set k")).isEqualTo(Map.of("a", 8L));
    }

    @Test
    void refusesNumbersBeyondALongAndNonFiniteOnesWithTheirLine() {
        assertThatThrownBy(() -> YamlReader.parse("a: 1\nb: 99999999999999999999\n", "f.yaml"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("f.yaml:2: integer out of range (beyond 64 bits): 99999999999999999999");
        assertThatThrownBy(() -> YamlReader.parse("a:\n  - .inf\n", "f.yaml"))
                .hasMessage("f.yaml:2: infinite or NaN numbers are not allowed: .inf");
        assertThatThrownBy(() -> YamlReader.parse("a: .NaN\n", "f.yaml"))
                .hasMessage("f.yaml:1: infinite or NaN numbers are not allowed: .NaN");
        assertThat(List.of(YamlReader.value("9223372036854775807", "x"))).containsExactly(Long.MAX_VALUE);
    }
}
