package org.lstm97.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lstm97.core.config.ConfigException;
import org.lstm97.core.config.ExperimentSpec;

/** {@code reproduce --suite}: the embedded files of each suite, and where their results and reports go. */
class SuiteTest {

    @Test
    void theBeyondSuiteHasOneFilePerPaperTable() {
        List<ExperimentSpec> beyond = PaperExperiments.embedded("beyond", "quick");
        List<ExperimentSpec> paper = PaperExperiments.embedded("quick");
        assertThat(beyond).extracting(ExperimentSpec::name)
                .containsExactlyElementsOf(paper.stream().map(s -> "beyond-" + s.name()).toList());
        assertThat(PaperExperiments.embeddedNames("beyond/")).allMatch(n -> n.startsWith("beyond/table"));
        assertThat(PaperExperiments.embeddedNames()).allMatch(n -> n.startsWith("paper/table"));
    }

    @Test
    void resultsOfTheBeyondSuiteGoToTheirOwnFolder() {
        assertThat(ReproduceCommand.resultsFolder("paper", "paper")).isEqualTo("paper");
        assertThat(ReproduceCommand.resultsFolder("paper", "quick")).isEqualTo("quick");
        assertThat(ReproduceCommand.resultsFolder("beyond", "paper")).isEqualTo("beyond");
        assertThat(ReproduceCommand.resultsFolder("beyond", "quick")).isEqualTo("beyond-quick");
    }

    @Test
    void anUnknownSuiteListsTheKnownOnes() {
        assertThatThrownBy(() -> PaperExperiments.embedded("later", "quick")).isInstanceOf(ConfigException.class)
                .hasMessage("--suite: unknown suite 'later'; known: paper, beyond");
    }
}
