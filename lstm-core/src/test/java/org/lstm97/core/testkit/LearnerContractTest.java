package org.lstm97.core.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.lstm97.core.api.Learner;
import org.lstm97.core.api.Network;
import org.lstm97.core.api.Probe;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.api.SequenceOutcome;
import org.lstm97.core.api.SequenceTask;
import org.lstm97.core.api.StopRule;
import org.lstm97.core.api.TrialOutcome;
import org.lstm97.core.config.Origin;
import org.lstm97.core.plugin.LearnerFactory;
import org.lstm97.core.plugin.PluginModule;
import org.lstm97.core.plugin.Plugins;
import org.lstm97.core.plugin.SeededBuildContext;
import org.lstm97.core.random.Seeds;
import org.lstm97.core.train.Evaluator;

/**
 * What every learner promises, whatever its loop: it is registered under its YAML type and found on the class
 * path, a trial is a function of its seed, the budget and the stop rule bound the training, a frozen evaluation
 * changes nothing, and a network that turns non-finite ends the trial as diverged.
 *
 * <p>A learner module extends this class once, passing its plugin, its type and a small configuration (the
 * YAML values) to the constructor, and may pick another task or budget; the tests here then run against that
 * learner.
 */
public abstract class LearnerContractTest {

    private final PluginModule plugin;
    private final String type;
    private final Map<String, ?> values;

    /**
     * @param plugin the plugin module that registers the learner
     * @param type   the learner's YAML {@code type}
     * @param values the YAML values of a small configuration of the learner
     */
    protected LearnerContractTest(PluginModule plugin, String type, Map<String, ?> values) {
        this.plugin = plugin;
        this.type = type;
        this.values = values;
    }

    /** The task the contract trains on; its inputs must suit the learner. */
    protected SequenceTask task() {
        return new PreviousSymbolTask();
    }

    /** Training sequences a contract trial may present; small, the contract is about bookkeeping. */
    protected long budget() {
        return 200;
    }

    /**
     * Whether the learner ends a trial as diverged when its network turns non-finite. Every learner should;
     * one that does not yet says so here, and the contract's divergence test is skipped for it (reported as
     * skipped, not passed).
     */
    protected boolean reportsDivergence() {
        return true;
    }

    /** The learner built from the configuration by the factory its plugin registers under its type. */
    protected final Learner learner() {
        LearnerFactory<?> factory = Plugins.registry(List.of(plugin)).learner(type, Origin.of("contract"));
        return factory.createFrom(values, new SeededBuildContext(0, 1, 2));
    }

    @Test
    void isRegisteredUnderItsTypeAndFoundOnTheClassPath() {
        assertThat(Plugins.registry(List.of(plugin))
                        .learner(type, Origin.of("contract"))
                        .type())
                .isEqualTo(type);
        assertThat(Plugins.discover()).anyMatch(m -> m.getClass() == plugin.getClass());
    }

    @Test
    void theSameSeedGivesTheSameTrial() {
        TrialOutcome first = train(new NeverSolved(), 7);
        TrialOutcome second = train(new NeverSolved(), 7);
        assertThat(second.status()).isEqualTo(first.status());
        assertThat(second.presented()).isEqualTo(first.presented());
        assertThat(second.steps()).isEqualTo(first.steps());
        assertThat(second.sequencesToSuccess()).isEqualTo(first.sequencesToSuccess());
        assertThat(second.milestones()).isEqualTo(first.milestones());
        assertThat(outputs(second.network())).containsExactly(outputs(first.network()));
    }

    @Test
    void differentSeedsGiveDifferentNetworks() {
        double[] seven = outputs(train(new NeverSolved(), 7).network());
        double[] eight = outputs(train(new NeverSolved(), 8).network());
        assertThat(eight).isNotEqualTo(seven);
    }

    @Test
    void aTrialThatNeverSucceedsSpendsNoMoreThanItsBudget() {
        NeverSolved rule = new NeverSolved();
        TrialOutcome outcome = train(rule, 3);
        assertThat(outcome.status()).isEqualTo(TrialOutcome.Status.UNSOLVED);
        assertThat(outcome.sequencesToSuccess()).isNull();
        assertThat(outcome.presented()).isPositive().isLessThanOrEqualTo(budget());
        assertThat(outcome.steps()).isPositive();
        assertThat(rule.seen).isNotEmpty().isSorted().allMatch(p -> p > 0 && p <= budget());
        assertThat(rule.seen.get(rule.seen.size() - 1)).isLessThanOrEqualTo(outcome.presented());
    }

    @Test
    void theStopRuleEndsTheTrialWhenItSaysSolved() {
        SolvedOnCall rule = new SolvedOnCall(3);
        TrialOutcome outcome = train(rule, 3);
        assertThat(outcome.status()).isEqualTo(TrialOutcome.Status.SOLVED);
        assertThat(rule.seen).hasSize(3);
        long solvedAt = rule.seen.get(2);
        assertThat(outcome.presented()).isEqualTo(solvedAt);
        assertThat(outcome.sequencesToSuccess()).isEqualTo(rule.sequencesToSuccess(solvedAt));
        assertThat(outcome.network()).isNotNull();
    }

    @Test
    void aFrozenEvaluationLeavesTheNetworkAsItWas() {
        Network net = train(new NeverSolved(), 5).network();
        double[] before = outputs(net);
        Evaluator.evaluate(net, task(), probeSet());
        assertThat(outputs(net)).containsExactly(before);
        assertThat(net.diverged()).isFalse();
    }

    @Test
    void aNetworkThatTurnsNonFiniteEndsTheTrialAsDiverged() {
        assumeTrue(reportsDivergence(), "this learner does not check its network for divergence yet");
        TrialOutcome outcome =
                learner().train(new TestContext(new NonFiniteTask(task()), new NeverSolved(), budget(), 3));
        assertThat(outcome.status()).isEqualTo(TrialOutcome.Status.DIVERGED);
        assertThat(outcome.presented()).isLessThanOrEqualTo(budget());
    }

    private TrialOutcome train(StopRule rule, long seed) {
        return learner().train(new TestContext(task(), rule, budget(), seed));
    }

    private List<Sequence> probeSet() {
        RandomGenerator random = Seeds.stream(123L, "contract-probe");
        List<Sequence> set = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            set.add(task().generate(random));
        }
        return set;
    }

    /** The network's outputs at every step of the probe sequences, frozen: a fingerprint of its weights. */
    private double[] outputs(Network net) {
        assertThat(net).as("the trained network").isNotNull();
        List<Sequence> set = probeSet();
        int total = 0;
        for (Sequence s : set) {
            total += s.length() * net.outputSize();
        }
        double[] all = new double[total];
        double[] out = new double[net.outputSize()];
        int at = 0;
        for (Sequence s : set) {
            net.startSequence();
            for (int t = 0; t < s.length(); t++) {
                net.step(s, t, out, false);
                System.arraycopy(out, 0, all, at, out.length);
                at += out.length;
            }
            net.endSequence(false);
        }
        return all;
    }

    /** Never satisfied; records the counts it was called with. */
    private static final class NeverSolved implements StopRule {
        final List<Long> seen = new ArrayList<>();

        @Override
        public Verdict afterSequence(long presented, SequenceOutcome outcome, Probe probe) {
            seen.add(presented);
            return Verdict.CONTINUE;
        }
    }

    /** Satisfied on its n-th call, whatever the network did. */
    private static final class SolvedOnCall implements StopRule {
        final List<Long> seen = new ArrayList<>();
        private final int n;

        SolvedOnCall(int n) {
            this.n = n;
        }

        @Override
        public Verdict afterSequence(long presented, SequenceOutcome outcome, Probe probe) {
            seen.add(presented);
            return seen.size() >= n ? Verdict.SOLVED : Verdict.CONTINUE;
        }
    }

    /** The task's sequences with every input replaced by NaN from the second step on. */
    private static final class NonFiniteTask implements SequenceTask {
        private final SequenceTask task;

        NonFiniteTask(SequenceTask task) {
            this.task = task;
        }

        @Override
        public int inputSize() {
            return task.inputSize();
        }

        @Override
        public int outputSize() {
            return task.outputSize();
        }

        @Override
        public List<String> inputNames() {
            return null;
        }

        @Override
        public List<String> outputNames() {
            return task.outputNames();
        }

        @Override
        public Sequence next(RandomGenerator random) {
            Sequence s = task.next(random);
            Sequence.Builder b = Sequence.builder(s.length(), s.inputSize(), s.outputSize());
            for (int t = 0; t < s.length(); t++) {
                for (int i = 0; i < s.inputSize(); i++) {
                    b.input(t, i, t == 0 ? 0.5 : Double.NaN);
                }
                for (int k = 0; k < s.outputSize(); k++) {
                    if (s.hasTarget(t)) {
                        b.target(t, k, s.target(t, k));
                    }
                }
            }
            return b.build();
        }

        @Override
        public boolean isCorrect(Sequence sequence, double[] outputs) {
            return false;
        }
    }
}
