package org.lstm97.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each suite folder's index.txt names exactly its experiment files (a file added to a folder must be added to
 * its index to ship in the jar's suite), and the embedded names come from it.
 */
class SuiteIndexTest {

    @ParameterizedTest
    @ValueSource(strings = {"paper", "beyond", "readings"})
    void theIndexListsEveryExperimentFileOfTheFolder(String suite) throws Exception {
        List<String> files;
        try (Stream<Path> s = Files.list(Path.of(suite))) {
            files = s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml"))
                    .sorted()
                    .toList();
        }
        List<String> index = Files.readAllLines(Path.of(suite, PaperExperiments.INDEX)).stream()
                .filter(l -> !l.isBlank())
                .toList();
        assertThat(index).as("%s/%s", suite, PaperExperiments.INDEX).isEqualTo(files);
        assertThat(PaperExperiments.embeddedNames(suite + "/"))
                .isEqualTo(files.stream().map(f -> suite + "/" + f).toList());
    }

    @Test
    void everySuiteHasATest() {
        assertThat(PaperExperiments.SUITES).containsExactly("paper", "beyond", "readings");
    }
}
