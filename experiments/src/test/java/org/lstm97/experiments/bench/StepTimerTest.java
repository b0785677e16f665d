package org.lstm97.experiments.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lstm97.core.api.Sequence;
import org.lstm97.core.lstm.LstmParams;
import org.lstm97.core.lstm.TruncatedLstm;
import org.lstm97.core.testkit.SmallSequences;

/** {@link StepTimer} counts the steps it timed and trains the network while doing so. */
class StepTimerTest {

    @Test
    void countsEveryMeasuredStepAndLearns() {
        SplittableRandom random = new SplittableRandom(1);
        List<Sequence> seqs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            seqs.add(SmallSequences.denseRandom(random, 10 + i, 2, 1));
        }
        TruncatedLstm net = new TruncatedLstm(LstmParams.of(2, 2, 0.5), 2, 1, new SplittableRandom(2));
        double[] before = net.weights();
        StepTimer.StepTime time = new StepTimer(1, 3).measure(net, seqs);
        assertThat(time.steps()).isEqualTo(3L * (10 + 11 + 12 + 13));
        assertThat(time.nsPerStep()).isPositive();
        assertThat(time.stepsPerSecond())
                .isCloseTo(1e9 / time.nsPerStep(), org.assertj.core.api.Assertions.withinPercentage(1e-9));
        assertThat(net.weights()).isNotEqualTo(before);
    }

    @Test
    void runsAtLeastTheMinimumTime() {
        SplittableRandom random = new SplittableRandom(1);
        List<Sequence> seqs = List.of(SmallSequences.denseRandom(random, 5, 2, 1));
        TruncatedLstm net = new TruncatedLstm(LstmParams.of(1, 1, 0.5), 2, 1, new SplittableRandom(2));
        long minNanos = 20_000_000L;
        long start = System.nanoTime();
        StepTimer.StepTime time = new StepTimer(0, 1, minNanos, minNanos).measure(net, seqs);
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(2 * minNanos);
        assertThat(time.nanos()).isGreaterThanOrEqualTo(minNanos);
        assertThat(time.steps() % 5).isZero();
        assertThat(time.steps()).isGreaterThan(5);
    }

    @Test
    void rejectsEmptyWork() {
        TruncatedLstm net = new TruncatedLstm(LstmParams.of(1, 1, 0.5), 2, 1, new SplittableRandom(2));
        assertThatThrownBy(() -> new StepTimer(0, 1).measure(net, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StepTimer(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StepTimer(0, 1, -1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
