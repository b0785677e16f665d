package org.lstm97.core.stop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lstm97.core.api.Network;
import org.lstm97.core.api.Probe;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.api.SequenceTask;
import org.lstm97.core.api.StopRule;
import org.lstm97.core.api.TrainingContext;
import org.lstm97.core.api.TrialOutcome;
import org.lstm97.core.config.Origin;
import org.lstm97.core.plugin.Plugins;
import org.lstm97.core.plugin.Registry;
import org.lstm97.core.random.Seeds;
import org.lstm97.core.train.NetworkProbe;
import org.lstm97.core.train.OnlineLoop;

/**
 * Each rule inside the real {@link OnlineLoop} and {@link NetworkProbe}, on a fake network whose end output
 * is 0.5 / (1 + learned / 100) for target 0 ("learned" = sequences it has updated on), and a fake task that
 * calls a sequence correct when that error is below 0.04. So the n-th training sequence (seen before its
 * update) has error e(n - 1), a frozen test after n sequences sees e(n), and e(k) < 0.04 exactly for
 * k > 1150.
 */
class StopRulesInTheOnlineLoopTest {
    private static final Registry REGISTRY = Plugins.registry(List.of(new CorePlugins()));

    static List<Arguments> rules() {
        return List.of(
                // tests at 100, 200, ...: first all-correct test after 1200 sequences
                Arguments.of("all-correct", Map.of("testSize", 16), 1200L, Map.of()),
                // training sequences 1152.. pass, the streak of 1000 ends at 2151 and began after 1151
                Arguments.of("abs-streak", Map.of("window", 1000), 1151L, Map.of()),
                Arguments.of("abs-streak", Map.of("window", 1000, "report", "streak-end"), 2151L, Map.of()),
                // ST1 at the first test with e(n) < 0.04 (1200); ST2 once e(n) < 0.01: n > 4900
                Arguments.of("st1-st2", Map.of("beta", 0.01, "testSize", 16), 5000L, Map.of("ST1", 1200L)),
                // sequences 1..1150 exceed 0.04; fewer than 140 of them remain in the window from 3011 on
                Arguments.of("nseq", Map.of("n", 140), 3011L, Map.of()));
    }

    @ParameterizedTest
    @MethodSource("rules")
    void theTrialReportsTheRulesSuccessCountAndMilestones(
            String type, Map<String, ?> values, long expected, Map<String, Long> milestones) {
        StopRule rule =
                (StopRule) REGISTRY.stopRule(type, Origin.of("test")).createFrom(values, new TestBuildContext());

        TrialOutcome outcome = OnlineLoop.train(new ImprovingNetwork(), new Context(rule));

        assertThat(outcome.status()).isEqualTo(TrialOutcome.Status.SOLVED);
        assertThat(outcome.sequencesToSuccess()).isEqualTo(expected);
        assertThat(outcome.milestones()).isEqualTo(milestones);
    }

    /** Output 0.5 / (1 + learned / 100) at every step; learned counts sequences ended with learning on. */
    private static final class ImprovingNetwork implements Network {
        private long learned;

        @Override
        public int inputSize() {
            return 1;
        }

        @Override
        public int outputSize() {
            return 1;
        }

        @Override
        public int weightCount() {
            return 1;
        }

        @Override
        public void startSequence() {}

        @Override
        public void step(Sequence sequence, int t, double[] out, boolean learn) {
            out[0] = 0.5 / (1.0 + learned / 100.0);
        }

        @Override
        public void endSequence(boolean learn) {
            if (learn) {
                learned++;
            }
        }

        @Override
        public boolean diverged() {
            return false;
        }
    }

    /** Two-step sequences with target 0 at the end; correct when the end error is below 0.04. */
    private static final class ZeroTargetTask implements SequenceTask {
        @Override
        public int inputSize() {
            return 1;
        }

        @Override
        public int outputSize() {
            return 1;
        }

        @Override
        public List<String> inputNames() {
            return null;
        }

        @Override
        public List<String> outputNames() {
            return null;
        }

        @Override
        public Sequence next(RandomGenerator random) {
            return Sequence.builder(2, 1, 1)
                    .input(0, 0, random.nextDouble())
                    .target(1, 0, 0.0)
                    .build();
        }

        @Override
        public boolean isCorrect(Sequence sequence, double[] outputs) {
            return Math.abs(outputs[1]) < 0.04;
        }
    }

    private static final class Context implements TrainingContext {
        private final SequenceTask task = new ZeroTargetTask();
        private final StopRule rule;

        Context(StopRule rule) {
            this.rule = rule;
        }

        @Override
        public SequenceTask task() {
            return task;
        }

        @Override
        public StopRule stopRule() {
            return rule;
        }

        @Override
        public long budget() {
            return 20_000;
        }

        @Override
        public RandomGenerator random(String name) {
            return Seeds.stream(7L, name);
        }

        @Override
        public Probe probeFor(Network network) {
            return new NetworkProbe(network, task, name -> Seeds.stream(7L, "probe", name));
        }
    }
}
