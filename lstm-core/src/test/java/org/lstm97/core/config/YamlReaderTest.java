package org.lstm97.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

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
                .hasMessageStartingWith("f.yaml:").hasMessageContaining("malformed YAML");
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
        assertThatThrownBy(() -> YamlReader.parse(yaml.toString(), "f.yaml")).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("f.yaml");
    }

    @Test
    void rejectsDeepNesting() {
        String yaml = "a: " + "[".repeat(60) + "]".repeat(60) + "\n";
        assertThatThrownBy(() -> YamlReader.parse(yaml, "f.yaml")).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("f.yaml");
    }
}
