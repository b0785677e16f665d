package org.lstm97.experiments.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The conventions every command keeps: one prefix on stderr, help and usage, a list that fits a screen. */
class CliConventionsTest {

    @Test
    void lstm97AloneListsTheCommandsOnStderrAndExits2() {
        CliTest.Result r = CliTest.cli();
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err())
                .startsWith("lstm97: no command given; the commands:\n")
                .contains("run", "reproduce");
    }

    @Test
    void helpGoesToStdoutWithExit0() {
        CliTest.Result r = CliTest.cli("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: lstm97").contains("--plugins=DIR");
        assertThat(CliTest.cli("run", "--help").out()).contains("--set=KEY.PATH=VALUE");
    }

    @Test
    void listIsAnOverviewThatFitsTheWidthAndFilters() {
        CliTest.Result all = CliTest.cli("list");
        assertThat(all.code()).isZero();
        assertThat(all.out())
                .contains(
                        "paper experiments",
                        "table7-adding",
                        "profiles (--profile):",
                        "quick",
                        "bench nets",
                        "lstm-table7-adding-T100",
                        "learners (lstm97 list learners shows their parameters):",
                        "metrics");
        assertThat(all.out().lines())
                .allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(100));
        assertThat(all.out()).doesNotContain("(default ");

        CliTest.Result learners = CliTest.cli("list", "learners");
        assertThat(learners.out())
                .contains("lstm1997 (learner)")
                .contains("learningRate")
                .doesNotContain("tasks");
        assertThat(learners.out().lines())
                .allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(100));
        assertThat(learners.out()).contains("docs/FIDELITY.md");

        assertThat(CliTest.cli("list", "stop-rules").out())
                .contains("st3 (stop rule)")
                .doesNotContain("lstm1997");
        assertThat(CliTest.cli("list", "adding").out()).startsWith("  adding (task)");
        assertThat(CliTest.cli("list", "table7-adding").out())
                .contains("Table 7")
                .contains("lstm@T=100");
        assertThat(CliTest.cli("list", "lstm-table7-adding-T100").out()).contains("bench net");
    }
}
